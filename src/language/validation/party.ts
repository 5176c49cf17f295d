import type { Party } from '../generated/ast.js';
import {
    isAlliance, isAllianceMember, isLeadClause, isLegalFormClause, isNhsBodyClause, isParty, isSecurityClause,
    isStatutoryClause, isVatClause
} from '../generated/ast.js';
import { clauseOf, clausesOf } from '../../model/clauses.js';
import { Decimal, HUNDRED, ZERO, toPlain } from '../../model/decimal.js';
import { providerDownside, type DownsideModel } from '../../model/exposure.js';
import { readMoney, readPercent } from '../../model/literals.js';
import { Money, Percent } from '../../model/money.js';
import { IssueCodes } from './catalogue.js';
import type { CheckContext, ContractCheck } from './reporter.js';

/** V-03: exactly one commissioner is the lead (a missing commissioner is structure/missing-section). */
export function oneCommissionerMustLead({ model, report }: CheckContext): void {
    const commissioners = model.contract.members.filter(isParty).filter(p => p.role === 'commissioner');
    if (commissioners.length === 0) {
        return;
    }
    const leads = commissioners.filter(c => clauseOf(c, isLeadClause));
    if (leads.length === 1) {
        return;
    }
    if (leads.length === 0) {
        report({
            code: IssueCodes.LeadCommissioner,
            node: commissioners[0]!,
            property: 'name',
            message: 'no commissioner is marked lead; one is required',
            figures: { leads: 0, commissioners: commissioners.map(c => c.name) }
        });
        return;
    }
    const first = leads[0]!;
    for (const extra of leads.slice(1)) {
        report({
            code: IssueCodes.LeadCommissioner,
            node: clauseOf(extra, isLeadClause)!,
            message: `${leads.length} commissioners are marked lead; one is required`,
            figures: { leads: leads.length, commissioners: leads.map(c => c.name) },
            related: [{ node: clauseOf(first, isLeadClause)!, message: `${first.name} is marked lead` }]
        });
    }
}

/**
 * V-03: one accountable provider; in form alliance, an alliance of at least two members instead.
 * A contract with neither provider nor alliance is structure/missing-section.
 */
export function oneProviderMustBeAccountable({ model, report }: CheckContext): void {
    const contract = model.contract;
    const alliances = contract.members.filter(isAlliance);
    if (model.header.form === 'alliance') {
        for (const alliance of alliances) {
            const members = new Set(clausesOf(alliance, isAllianceMember).map(m => m.party?.$refText).filter(Boolean));
            if (members.size < 2) {
                report({
                    code: IssueCodes.AccountableProvider,
                    node: alliance,
                    property: 'name',
                    message: `alliance ${alliance.name} has ${members.size} member${members.size === 1 ? '' : 's'}; an alliance needs at least 2`,
                    figures: { alliance: alliance.name, members: members.size }
                });
            }
        }
        return;
    }
    const providers = contract.members.filter(isParty).filter(p => p.role === 'provider');
    if (providers.length === 0 && alliances.length > 0) {
        report({
            code: IssueCodes.AccountableProvider,
            node: contract,
            property: 'name',
            message: `no provider is declared; one accountable provider is required (form ${model.header.form ?? 'not stated'})`,
            figures: { providers: 0 }
        });
    }
    for (const extra of providers.slice(1)) {
        report({
            code: IssueCodes.AccountableProvider,
            node: extra,
            property: 'name',
            message: `${providers.length} providers are declared; one accountable provider is required`,
            figures: { providers: providers.length, names: providers.map(p => p.name) },
            related: [{ node: providers[0]!, property: 'name', message: `${providers[0]!.name} is also a provider` }]
        });
    }
}

const SHARE_TOLERANCE = new Decimal('0.01');

/** V-03: alliance members' risk shares sum to 100% within 0.01 percentage points. */
export function allianceSharesMustSumToHundred({ model, report }: CheckContext): void {
    for (const alliance of model.contract.members.filter(isAlliance)) {
        const members = clausesOf(alliance, isAllianceMember);
        const shares = members.map(m => readPercent(m.share));
        if (members.length === 0 || shares.some(s => !s)) {
            continue;
        }
        const total = shares.reduce((sum, s) => sum.plus(s!.value), ZERO);
        if (total.minus(HUNDRED).abs().lessThanOrEqualTo(SHARE_TOLERANCE)) {
            continue;
        }
        const last = members[members.length - 1]!;
        const remainder = HUNDRED.minus(total.minus(shares[shares.length - 1]!.value));
        const replacement = remainder.greaterThan(0) ? new Percent(remainder).format() : null;
        const fix = replacement ? `; ${last.party?.$refText} at ${replacement} makes 100%` : '';
        report({
            code: IssueCodes.AllianceShares,
            node: last,
            property: 'share',
            message: `Risk shares ${shares.map(s => s!.format()).join(' + ')} = ${new Percent(total).format()}${fix}`,
            figures: {
                shares: shares.map(s => toPlain(s!.value)),
                total: toPlain(total),
                member: last.party?.$refText ?? null,
                remainder: toPlain(remainder),
                replacement
            }
        });
    }
}

const STATUTORY_FORMS = new Set(['nhs_trust', 'nhs_foundation_trust', 'local_authority']);
const NHS_FORMS = new Set(['nhs_trust', 'nhs_foundation_trust']);

function isStatutory(party: Party): boolean {
    const form = clauseOf(party, isLegalFormClause)?.value;
    return clauseOf(party, isStatutoryClause) !== undefined || (form !== undefined && STATUTORY_FORMS.has(form));
}

function isNhsBody(party: Party): boolean {
    const form = clauseOf(party, isLegalFormClause)?.value;
    return clauseOf(party, isNhsBodyClause) !== undefined || (form !== undefined && NHS_FORMS.has(form));
}

/** V-26: a provider that is not a statutory body states its VAT treatment (UK jurisdictions; US contracts have no VAT). */
export function vatMustBeDeclared({ model, report }: CheckContext): void {
    if (model.header.jurisdiction?.startsWith('us_')) {
        return;
    }
    const parties = model.contract.members.filter(isParty);
    const nhsSubcontractors = parties.filter(p => p.role === 'subcontractor' && isNhsBody(p)).map(p => p.name);
    for (const provider of parties.filter(p => p.role === 'provider')) {
        if (isStatutory(provider) || clauseOf(provider, isVatClause)) {
            continue;
        }
        const legalForm = clauseOf(provider, isLegalFormClause)?.value;
        const who = `${legalForm ?? 'non-statutory'} provider ${provider.name}`;
        const message = nhsSubcontractors.length > 0
            ? `${who} subcontracts NHS bodies (${nhsSubcontractors.join(', ')}); VAT not declared`
            : `${who} is not a statutory body; VAT not declared`;
        report({
            code: IssueCodes.VatUndeclared,
            node: provider,
            property: 'name',
            message,
            figures: { provider: provider.name, legalForm: legalForm ?? null, nhsSubcontractors }
        });
    }
}

/**
 * V-27: each provider's security covers its maximum annual downside (its risk share of it in an
 * alliance). Statutory providers under a profile that exempts them get an info with the figure instead.
 */
export function securityMustCoverDownside({ model, report }: CheckContext): void {
    const downside = providerDownside(model);
    if (!downside.amount || !downside.amount.amount.greaterThan(0)) {
        return;
    }
    const exempting = model.header.policy.profile.statutoryBodiesExemptFromSecurity;
    for (const { party, exposure, share } of exposedProviders(model.contract.members, downside.amount)) {
        const clause = clauseOf(party, isSecurityClause);
        const security = readMoney(clause?.amount) ?? Money.zero(exposure.currency);
        if (security.currency === exposure.currency && !security.amount.lessThan(exposure.amount)) {
            continue;
        }
        const shareText = share ? ` (${share.format()} of ${downside.amount.format()})` : '';
        const basis = explainBasis(downside);
        const figures = {
            provider: party.name,
            downside: exposure.toJsonAmount(),
            security: security.toJsonAmount(),
            shortfall: security.currency === exposure.currency ? exposure.minus(security).toJsonAmount() : null,
            basis: downside.basis ?? null,
            budget: downside.budget?.toJsonAmount() ?? null
        };
        const location = clause ? { node: clause } : { node: party, property: 'name' };
        const parameter = downside.parameters[0];
        if (isStatutory(party) && exempting) {
            const held = security.isZero() ? 'without security' : `with security ${security.format()}`;
            report({
                code: IssueCodes.SecurityStatutoryExempt,
                ...location,
                message: `statutory provider ${party.name}: downside ${exposure.format()}${shareText} ${held} (exempt); ${basis}`,
                figures,
                parameter
            });
            continue;
        }
        report({
            code: IssueCodes.NoFinancialSecurity,
            ...location,
            message: `Max provider downside ${exposure.format()}${shareText}; security ${security.format()} — ${basis}`,
            figures,
            parameter
        });
    }
}

/** The providers who carry the downside: the accountable provider, or alliance members by risk share. */
function exposedProviders(members: readonly unknown[], amount: Money): { party: Party; exposure: Money; share?: Percent }[] {
    const alliance = members.find(isAlliance);
    if (alliance) {
        return clausesOf(alliance, isAllianceMember).flatMap(member => {
            const party = member.party?.ref;
            const share = readPercent(member.share);
            return party && party.role === 'provider' && share && share.value.greaterThan(0)
                ? [{ party, exposure: amount.times(share), share }] : [];
        });
    }
    return members.filter(isParty).filter(p => p.role === 'provider').map(party => ({ party, exposure: amount }));
}

function explainBasis(downside: DownsideModel): string {
    const budget = downside.budget?.format() ?? 'the budget';
    switch (downside.basis) {
        case 'corridor':
            return `corridor worst case at a ${downside.corridorDeviation!.format()} deficit on ${budget}`;
        case 'loss_cap':
            return 'shared losses up to the loss cap';
        case 'uncapped_losses':
            return 'uncapped shared losses at the stress overspend';
        case 'capitation_stress':
            return `capitation without corridor or stop-loss, stress share of ${budget}`;
        default:
            return '';
    }
}

export const partyChecks: ContractCheck[] = [
    oneCommissionerMustLead, oneProviderMustBeAccountable, allianceSharesMustSumToHundred, vatMustBeDeclared, securityMustCoverDownside
];
