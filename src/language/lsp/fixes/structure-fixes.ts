import type { AstNode } from 'langium';
import type { Contract } from '../../generated/ast.js';
import {
    isAlliance, isAllianceMember, isBudget, isChoice, isCohort, isCurrencyClause, isFormClause, isGate, isGovernance, isHostClause,
    isJurisdictionClause, isParty, isPayment, isPolicyClause, isPooledBudget, isPopulation, isPot, isReporting, isRiskAdjustment,
    isRoundingClause, isServices, isSharedSavings, isStatusClause, isTerm, isTermination, isVersionClause
} from '../../generated/ast.js';
import { clauseOf, clausesOf } from '../../../model/clauses.js';
import { containerAt, freshName, insertClauses, text, type Fix, type FixContext } from './fix-kit.js';
import {
    budgetSkeleton, currencyOfAmounts, firstYearAmount, GOVERNANCE_SKELETON, leadCommissioner, outcomeSkeleton, paymentSkeleton,
    poolSkeleton, populationSkeleton, potSkeleton, qualityGate, reportingSkeleton, sharedSavingsSkeleton, TERMINATION_SKELETON,
    termSkeleton
} from './skeletons.js';

/** Header clauses in the order the canonical contract states them. */
const HEADER_ORDER: [string, (n: unknown) => boolean][] = [
    ['version', isVersionClause], ['status', isStatusClause], ['jurisdiction', isJurisdictionClause], ['form', isFormClause],
    ['policy', isPolicyClause], ['currency', isCurrencyClause], ['rounding', isRoundingClause]
];

/** Sections in the order of LANGUAGE.md §4: a missing one goes after the last present section that precedes it. */
const SECTION_ORDER: [string, (n: unknown) => boolean][] = [
    ['parties', n => isParty(n) || isAlliance(n)], ['term', isTerm], ['population', n => isPopulation(n) || isCohort(n)],
    ['risk_adjustment', isRiskAdjustment], ['services', isServices], ['budget', isBudget], ['payment', isPayment], ['pot', isPot],
    ['choice', isChoice], ['reporting', isReporting], ['governance', isGovernance], ['termination', isTermination]
];

/** structure/missing-section: a skeleton of the section, where the canonical contract has it. */
export function insertMissingSection(ctx: FixContext): Fix[] {
    const section = text(ctx.data, 'section');
    const contract = ctx.contract;
    if (!section || !contract) {
        return [];
    }
    const within = text(ctx.data, 'within');
    if (within) {
        return insertWithinSection(ctx, contract, section);
    }
    const skeleton = sectionSkeleton(ctx, section);
    if (!skeleton) {
        return [];
    }
    const sectionKey = section === 'commissioner' || section === 'provider' || section === 'alliance' ? 'parties' : section;
    return [{
        title: `Insert a skeleton: ${section}`,
        edits: insertClauses(ctx.document, contract, [skeleton], { ...sectionPlacement(contract, sectionKey), blankLine: true })
    }];
}

function sectionSkeleton(ctx: FixContext, section: string): string | undefined {
    switch (section) {
        case 'commissioner':
            return `commissioner ${freshName(ctx, 'Commissioner')} "TODO: commissioner" {\n    kind icb\n    lead\n}`;
        case 'provider':
            return `provider ${freshName(ctx, 'Provider')} "TODO: provider" {\n    legal_form nhs_trust\n    statutory\n    security statutory_body\n}`;
        case 'alliance':
            return allianceSkeleton(ctx);
        case 'term': return termSkeleton(ctx);
        case 'population': return populationSkeleton(ctx);
        case 'budget': return budgetSkeleton(ctx);
        case 'payment': return paymentSkeleton(ctx);
        case 'pot': return potSkeleton(ctx);
        case 'reporting': return reportingSkeleton(ctx);
        case 'governance': return GOVERNANCE_SKELETON;
        case 'termination': return TERMINATION_SKELETON;
        default: return undefined;
    }
}

/** After the last section that comes before it, else before the first that comes after it, else after the header. */
export function sectionPlacement(contract: Contract, section: string): { after?: AstNode; before?: AstNode } {
    const at = SECTION_ORDER.findIndex(([name]) => name === section);
    const earlier = SECTION_ORDER.slice(0, Math.max(0, at)).map(([, is]) => is);
    const previous = [...contract.members].reverse().find(m => earlier.some(is => is(m)));
    if (previous) {
        return { after: previous };
    }
    const header = [...contract.members].reverse().find(m => HEADER_ORDER.some(([, is]) => is(m)));
    return header ? { after: header } : { before: contract.members[0] };
}

function allianceSkeleton(ctx: FixContext): string {
    const providers = ctx.contract?.members.filter(isParty).filter(p => p.role === 'provider').map(p => p.name) ?? [];
    const shares = equalShares(providers.length);
    const members = providers.map((p, i) => `    member ${p} risk_share ${shares[i]}%`);
    return [`alliance ${freshName(ctx, 'Alliance')} "TODO: alliance" {`, ...members,
        '    leadership_team "TODO: alliance leadership team"', '    decides unanimously', '}'].join('\n');
}

/** Shares of 100% in hundredths of a point, the last taking the remainder: 3 → 33.33, 33.33, 33.34. */
function equalShares(n: number): string[] {
    if (n === 0) {
        return [];
    }
    const each = Math.floor(10000 / n);
    const last = 10000 - each * (n - 1);
    const show = (hundredths: number) => String(hundredths / 100);
    return [...Array.from({ length: n - 1 }, () => show(each)), show(last)];
}

/** A pooled budget inside the budget, shared savings (and the quality gate its form needs) inside the payment. */
function insertWithinSection(ctx: FixContext, contract: Contract, section: string): Fix[] {
    if (section === 'pooled_budget') {
        const budget = contract.members.find(isBudget);
        return budget ? [{ title: 'Insert a skeleton: pooled_budget', edits: insertClauses(ctx.document, budget, [poolSkeleton(ctx)]) }] : [];
    }
    if (section === 'shared_savings') {
        const payment = contract.members.find(isPayment);
        const gate = ctx.model()?.header.form === 'aco_shared_savings' && !payment?.clauses.some(isGate)
            ? [qualityGate(ctx)] : [];
        return payment
            ? [{ title: 'Insert a skeleton: shared_savings', edits: insertClauses(ctx.document, payment, [...gate, sharedSavingsSkeleton(ctx)]) }]
            : [];
    }
    return [];
}

/** structure/missing-clause: the clause with a placeholder value, in its block. */
export function insertMissingClause(ctx: FixContext): Fix[] {
    const clause = text(ctx.data, 'clause');
    const block = text(ctx.data, 'block');
    if (!clause || !block || !ctx.contract) {
        return [];
    }
    if (block === 'contract') {
        return insertHeaderClause(ctx, ctx.contract, clause, headerDefault(ctx, clause));
    }
    const owner = blockOwner(ctx, block);
    const clauseText = owner && blockClause(ctx, owner, clause);
    if (!owner || !clauseText) {
        return [];
    }
    const firstLine = clauseText.split('\n')[0]!.replace(/ \{$/, '');
    return [{ title: `Insert a skeleton: ${firstLine}`, edits: insertClauses(ctx.document, owner, [clauseText]) }];
}

function headerDefault(ctx: FixContext, clause: string): string | undefined {
    switch (clause) {
        case 'version': return 'version 1';
        case 'jurisdiction': return `jurisdiction ${currencyOfAmounts(ctx.contract) === 'USD' ? 'us_commercial' : 'england'}`;
        case 'form': return 'form lead_provider';
        case 'currency': return `currency ${currencyOfAmounts(ctx.contract)}`;
        default: return undefined;
    }
}

/**
 * Inserts a header clause where the canonical order puts it: after the last header clause that comes
 * before it, else before the first that comes after it, else first in the contract.
 */
export function insertHeaderClause(ctx: FixContext, contract: Contract, clause: string, clauseText: string | undefined, title = 'Insert a skeleton'): Fix[] {
    if (!clauseText) {
        return [];
    }
    const at = HEADER_ORDER.findIndex(([name]) => name === clause);
    const earlier = HEADER_ORDER.slice(0, at).map(([, is]) => is);
    const later = HEADER_ORDER.slice(at + 1).map(([, is]) => is);
    const after = [...contract.members].reverse().find(m => earlier.some(is => is(m)));
    const before = after ? undefined : contract.members.find(m => later.some(is => is(m)));
    const placement = after ? { after } : before ? { before } : { atStart: true };
    return [{ title: `${title}: ${clauseText}`, edits: insertClauses(ctx.document, contract, [clauseText], placement) }];
}

function blockOwner(ctx: FixContext, block: string): AstNode | undefined {
    switch (block) {
        case 'pot': return containerAt(ctx, isPot);
        case 'alliance': return containerAt(ctx, isAlliance);
        case 'shared_savings': return containerAt(ctx, isSharedSavings);
        case 'pooled_budget': return containerAt(ctx, isPooledBudget);
        case 'payment': return containerAt(ctx, isPayment) ?? ctx.contract?.members.find(isPayment);
        default: return undefined;
    }
}

function blockClause(ctx: FixContext, owner: AstNode, clause: string): string | undefined {
    switch (clause) {
        case 'outcome': return outcomeSkeleton(ctx);
        case 'member': {
            const members = isAlliance(owner) ? clausesOf(owner, isAllianceMember).map(m => m.party?.$refText) : [];
            const provider = ctx.contract?.members.filter(isParty).find(p => p.role === 'provider' && !members.includes(p.name));
            return `member ${provider?.name ?? 'TODO'} risk_share 100%`;
        }
        case 'leadership_team': return 'leadership_team "TODO: alliance leadership team"';
        case 'decides': return 'decides unanimously';
        case 'benchmark': return `benchmark ${firstYearAmount(ctx)} in ${ctx.model()?.term?.years[0]?.label ?? '2025/26'}`;
        case 'msr': return 'msr 2%';
        case 'mlr': return 'mlr 2%';
        case 'savings_share': return 'savings_share 50%';
        case 'contribution': {
            const host = isPooledBudget(owner) ? clauseOf(owner, isHostClause)?.party?.$refText : undefined;
            return `contribution ${host ?? leadCommissioner(ctx.contract)} ${firstYearAmount(ctx)} share 100%`;
        }
        case 'gate': return qualityGate(ctx);
        default: return undefined;
    }
}

/** money/rounding-missing: the rounding clause the validator proposes, after `currency`. */
export function insertRounding(ctx: FixContext): Fix[] {
    const insert = text(ctx.data, 'insert');
    return ctx.contract && insert ? insertHeaderClause(ctx, ctx.contract, 'rounding', insert, 'Insert a rounding clause') : [];
}
