import { clauseOf } from '../../model/clauses.js';
import { isDisputesClause, isGovernance, isVariationsClause } from '../generated/ast.js';
import { IssueCodes } from './catalogue.js';
import type { CheckContext, ContractCheck } from './reporter.js';

// Steps that end in a binding decision on money; negotiation and mediation may not.
const FINANCIAL_ROUTES = new Set(['expert_determination', 'arbitration', 'courts']);

/**
 * V-52: governance has a dispute ladder that ends in a binding route for financial disputes (expert
 * determination, arbitration or the courts). A contract without governance is left to
 * structure/missing-section.
 */
export function disputesMustHaveFinancialRoute({ model, report }: CheckContext): void {
    const governance = model.contract.members.find(isGovernance);
    if (!governance) {
        return;
    }
    const disputes = clauseOf(governance, isDisputesClause);
    if (!disputes) {
        report({
            code: IssueCodes.NoDisputeRoute,
            node: governance,
            message: 'no dispute route for settlement disagreements',
            figures: { steps: [], insert: 'disputes negotiation 20 working_days then mediation then expert_determination' }
        });
        return;
    }
    const steps = disputes.steps.map(s => s.kind);
    if (steps.some(s => FINANCIAL_ROUTES.has(s))) {
        return;
    }
    report({
        code: IssueCodes.NoDisputeRoute,
        node: disputes,
        message: `disputes ${steps.join(' then ')}: no route for settlement disagreements (expert_determination, arbitration or courts)`,
        figures: { steps, insert: 'then expert_determination' }
    });
}

/** V-52: governance says how the contract is varied (`variations`). */
export function governanceMustHaveChangeControl({ model, report }: CheckContext): void {
    const governance = model.contract.members.find(isGovernance);
    if (!governance || clauseOf(governance, isVariationsClause)) {
        return;
    }
    report({
        code: IssueCodes.NoChangeControl,
        node: governance,
        message: 'no variations clause: how is the contract changed?',
        figures: { insert: 'variations agreed_by all_parties' }
    });
}

/** The governance rules of LANGUAGE.md §5, each named after what it enforces. */
export const governanceChecks: ContractCheck[] = [disputesMustHaveFinancialRoute, governanceMustHaveChangeControl];
