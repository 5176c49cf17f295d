import type { AstNode } from 'langium';
import type { Contract, Payment } from '../generated/ast.js';
import {
    isAlliance, isAllianceMember, isBenchmarkClause, isBudget, isContributionClause, isCurrencyClause, isDecidesClause,
    isFormClause, isGate, isGovernance, isJurisdictionClause, isLeadershipTeamClause, isMlrClause,
    isMsrClause, isMustPassClause, isParty, isPayment, isPooledBudget, isPopulation, isPot,
    isReporting, isSavingsShareClause, isSharedSavings, isSidednessClause, isTerm, isTermination,
    isVersionClause
} from '../generated/ast.js';
import { clauseOf, clausesOf, type ClauseBlock } from '../../model/clauses.js';
import { IssueCodes } from './catalogue.js';
import type { CheckContext, ContractCheck, Report } from './reporter.js';
import { clausesMustNotRepeat } from './structure-duplicates.js';

/** Sections every form needs (V-01): without any of them the contract cannot be settled. */
const SECTIONS: { section: string; present: (c: Contract) => boolean }[] = [
    { section: 'term', present: c => c.members.some(isTerm) },
    { section: 'population', present: c => c.members.some(isPopulation) },
    { section: 'budget', present: c => c.members.some(isBudget) },
    { section: 'payment', present: c => c.members.some(isPayment) },
    { section: 'pot', present: c => c.members.some(isPot) },
    { section: 'reporting', present: c => c.members.some(isReporting) },
    { section: 'governance', present: c => c.members.some(isGovernance) },
    { section: 'termination', present: c => c.members.some(isTermination) }
];

/** V-01: every contract has parties, term, population, budget, payment, a pot, reporting, governance and termination. */
export function sectionsMustBePresent({ model, report }: CheckContext): void {
    const contract = model.contract;
    const form = model.header.form;
    const parties = contract.members.filter(isParty);
    const missing = (section: string, message: string, within?: string) => report({
        code: IssueCodes.MissingSection,
        node: contract,
        property: 'name',
        message,
        figures: { section, form: form ?? null, within: within ?? null }
    });
    if (!parties.some(p => p.role === 'commissioner')) {
        missing('commissioner', 'every contract requires a commissioner');
    }
    const hasAlliance = contract.members.some(isAlliance);
    if (form === 'alliance' && !hasAlliance) {
        missing('alliance', 'form alliance requires an alliance');
    } else if (form !== 'alliance' && !hasAlliance && !parties.some(p => p.role === 'provider')) {
        missing('provider', 'every contract requires a provider');
    }
    for (const { section, present } of SECTIONS) {
        if (!present(contract)) {
            missing(section, `every contract requires a ${section === 'pot' ? 'pot with outcomes' : section}`);
        }
    }
    const budget = contract.members.find(isBudget);
    if (form === 'pooled_budget_s75' && !clauseOf(budget, isPooledBudget)) {
        missing('pooled_budget', 'form pooled_budget_s75 requires a pooled_budget', 'budget');
    }
    const payment = contract.members.find(isPayment);
    if (form === 'aco_shared_savings' && !clauseOf(payment, isSharedSavings)) {
        missing('shared_savings', 'form aco_shared_savings requires shared_savings', 'payment');
    }
}

/** V-01: the header states version, jurisdiction, form and currency (rounding: money/rounding-missing). */
export function headerClausesMustBePresent({ model, report }: CheckContext): void {
    const contract = model.contract;
    const required: [string, (n: unknown) => boolean][] = [
        ['version', isVersionClause], ['jurisdiction', isJurisdictionClause], ['form', isFormClause], ['currency', isCurrencyClause]
    ];
    for (const [clause, is] of required) {
        if (!contract.members.some(is)) {
            missingClause(report, contract, 'name', `contract ${contract.name} has no ${clause} clause`, clause, 'contract');
        }
    }
}

/**
 * V-01: blocks hold the clauses they cannot be settled without (a population's size is V-09's) — a pot its
 * outcomes, an alliance its members, leadership team and decision rule, shared savings its benchmark,
 * MSR (and MLR when two-sided) and share; form pooled_budget_s75 a pool with contributions; form aco_shared_savings a quality gate on shared savings.
 */
export function blocksMustHoldRequiredClauses({ model, report }: CheckContext): void {
    const contract = model.contract;
    const form = model.header.form;
    for (const pot of contract.members.filter(isPot)) {
        if (pot.outcomes.length === 0) {
            missingClause(report, pot, 'name', `pot ${pot.name} has no outcome`, 'outcome', 'pot');
        }
    }
    for (const alliance of contract.members.filter(isAlliance)) {
        // In form alliance, too few members is party/accountable-provider.
        requireClauses(report, alliance, `alliance ${alliance.name}`, 'alliance', [
            ...(form === 'alliance' ? [] : [['member', isAllianceMember] as const]),
            ['leadership_team', isLeadershipTeamClause], ['decides', isDecidesClause]
        ]);
    }
    const payment = contract.members.find(isPayment);
    for (const savings of clausesOf(payment, isSharedSavings)) {
        const twoSided = clauseOf(savings, isSidednessClause)?.value === 'two_sided';
        requireClauses(report, savings, 'shared_savings', 'shared_savings', [
            ['benchmark', isBenchmarkClause], ['msr', isMsrClause], ...(twoSided ? [['mlr', isMlrClause] as const] : []),
            ['savings_share', isSavingsShareClause]
        ]);
    }
    // Host and pool manager are budget/pool-incomplete (V-20), for every pool: reporting them here too would double up.
    if (form === 'pooled_budget_s75') {
        for (const pool of clausesOf(contract.members.find(isBudget), isPooledBudget)) {
            requireClauses(report, pool, pool.name ? `pooled_budget ${pool.name}` : 'pooled_budget', 'pooled_budget', [
                ['contribution', isContributionClause]
            ]);
        }
    }
    if (form === 'aco_shared_savings' && payment && clauseOf(payment, isSharedSavings) && !hasQualityGate(contract, payment)) {
        missingClause(report, payment, undefined, 'form aco_shared_savings requires a gate on shared_savings', 'gate', 'payment');
    }
}

/** A gate on shared savings, or an outcome whose must_pass blocks them: either is a quality gate. */
function hasQualityGate(contract: Contract, payment: Payment): boolean {
    if (clausesOf(payment, isGate).some(g => g.component === 'shared_savings')) {
        return true;
    }
    return contract.members.filter(isPot).some(pot =>
        pot.outcomes.some(o => clausesOf(o, isMustPassClause).some(m => m.blocks === 'shared_savings')));
}

function requireClauses(report: Report, block: AstNode & ClauseBlock, label: string, blockKeyword: string,
    required: readonly (readonly [string, (n: unknown) => boolean])[]): void {
    for (const [clause, is] of required) {
        if (!block.clauses.some(is)) {
            const property = 'name' in block && block.name ? 'name' : undefined;
            missingClause(report, block, property, `${label} has no ${clause} clause`, clause, blockKeyword);
        }
    }
}

function missingClause(report: Report, node: AstNode, property: string | undefined, message: string, clause: string, block: string): void {
    report({ code: IssueCodes.MissingClause, node, property, message, figures: { clause, block } });
}

/** V-01: a clause allowed once in its block is stated once. */
export function clausesMustBeStatedOnce({ model, report }: CheckContext): void {
    clausesMustNotRepeat(model.contract, report);
}

export const structureChecks: ContractCheck[] = [
    sectionsMustBePresent, headerClausesMustBePresent, blocksMustHoldRequiredClauses, clausesMustBeStatedOnce
];
