import type { Alliance, Party } from '../language/generated/ast.js';
import {
    isAlliance, isAllianceMember, isDecidesClause, isDeliversClause, isKindClause, isLeadClause, isLeadershipTeamClause,
    isLegalFormClause, isMinimumIncomeGuaranteeClause, isNhsBodyClause, isPaidClause, isParty, isPassesThroughClause,
    isSecurityClause, isStatutoryClause, isStepInClause, isValueClause, isVatClause
} from '../language/generated/ast.js';
import { clauseOf, clausesOf } from '../model/clauses.js';
import { readMoney, readPercent } from '../model/literals.js';
import type { AllianceJson, Decides, PartiesJson, PartyJson } from './contract-json.js';
import { docOf, located, type GenerateContext } from './generate-context.js';
import { optionalMoney, percentJson } from './json-values.js';

/**
 * `parties {commissioners, provider, alliance, providers, subcontractors}`. Outside `form alliance` the
 * one accountable provider is `provider`; in an alliance the member providers are `providers`.
 */
export function generateParties(ctx: GenerateContext): PartiesJson {
    const members = ctx.model.contract.members;
    const parties = members.filter(isParty);
    const providers = parties.filter(p => p.role === 'provider');
    const alliance = ctx.model.header.form === 'alliance';
    const allianceNode = members.find(isAlliance);
    return {
        commissioners: parties.filter(p => p.role === 'commissioner').map(p => partyJson(ctx, p)),
        provider: !alliance && providers[0] ? partyJson(ctx, providers[0]) : null,
        alliance: allianceNode ? allianceJson(ctx, allianceNode) : null,
        providers: alliance ? providers.map(p => partyJson(ctx, p)) : [],
        subcontractors: parties.filter(p => p.role === 'subcontractor').map(p => partyJson(ctx, p))
    };
}

function partyJson(ctx: GenerateContext, node: Party): PartyJson {
    const security = clauseOf(node, isSecurityClause);
    const passesThrough = clauseOf(node, isPassesThroughClause);
    return located(ctx, node, {
        id: node.name,
        title: node.title ?? null,
        doc: docOf(node),
        kind: clauseOf(node, isKindClause)?.value ?? null,
        lead: clauseOf(node, isLeadClause) !== undefined,
        legalForm: clauseOf(node, isLegalFormClause)?.value ?? null,
        statutory: clauseOf(node, isStatutoryClause) !== undefined,
        nhsBody: clauseOf(node, isNhsBodyClause) !== undefined,
        stepIn: clauseOf(node, isStepInClause) !== undefined,
        security: security ? { kind: security.value, amount: optionalMoney(readMoney(security.amount)) } : null,
        delivers: clausesOf(node, isDeliversClause).flatMap(c => c.services.map(s => s.$refText)),
        value: optionalMoney(readMoney(clauseOf(node, isValueClause)?.amount)),
        vat: clauseOf(node, isVatClause)?.value ?? null,
        paid: clauseOf(node, isPaidClause)?.value ?? null,
        minimumIncomeGuarantee: optionalMoney(readMoney(clauseOf(node, isMinimumIncomeGuaranteeClause)?.amount)),
        passesThrough: passesThrough ? { backToBack: passesThrough.backToBack } : null
    });
}

function allianceJson(ctx: GenerateContext, node: Alliance): AllianceJson {
    return located(ctx, node, {
        id: node.name,
        title: node.title ?? null,
        members: clausesOf(node, isAllianceMember).flatMap(m => {
            const share = readPercent(m.share);
            return share ? [{ party: m.party.$refText, riskShare: percentJson(share) }] : [];
        }),
        decides: decidesOf(clauseOf(node, isDecidesClause)),
        leadershipTeam: clauseOf(node, isLeadershipTeamClause)?.text ?? null
    });
}

/** `decides unanimously` → `unanimously`; `decides by majority` → `majority`. */
export function decidesOf(clause: { unanimously: boolean; rule?: 'majority' | 'consensus' } | undefined): Decides | null {
    if (!clause) {
        return null;
    }
    return clause.unanimously ? 'unanimously' : clause.rule ?? null;
}
