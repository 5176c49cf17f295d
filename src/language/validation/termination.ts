import type { AstNode } from 'langium';
import { clauseOf } from '../../model/clauses.js';
import type { Party } from '../generated/ast.js';
import {
    isDefaultClause, isExitCostsClause, isExitPlanClause, isLegalFormClause, isNhsBodyClause, isNoticeClause, isParty,
    isPartialYearClause, isStatutoryClause, isStepInClause, isTermination
} from '../generated/ast.js';
import { IssueCodes } from './catalogue.js';
import type { CheckContext, ContractCheck } from './reporter.js';

const EXIT_TERMS: { clause: string; is: (node: unknown) => boolean; gap: string }[] = [
    { clause: 'notice', is: isNoticeClause, gap: 'no notice period for termination for convenience' },
    { clause: 'default', is: isDefaultClause, gap: 'no remedy period before termination for default' },
    { clause: 'exit_plan', is: isExitPlanClause, gap: 'no exit plan for service continuity' },
    { clause: 'exit_costs', is: isExitCostsClause, gap: 'no allocation of unfunded exit costs' },
    { clause: 'partial_year', is: isPartialYearClause, gap: 'no rule for settling withhold on early termination' }
];

/**
 * V-53: termination states notice, default remedy, an exit plan, who bears exit costs and how the final
 * partial year's withhold is settled. A contract without termination is left to structure/missing-section.
 */
export function terminationMustCoverExit({ model, report }: CheckContext): void {
    const termination = model.contract.members.find(isTermination);
    if (!termination) {
        return;
    }
    const gaps = EXIT_TERMS.filter(t => !termination.clauses.some((c: AstNode) => t.is(c)));
    if (gaps.length === 0) {
        return;
    }
    report({
        code: IssueCodes.TerminationIncomplete,
        node: termination,
        message: gaps.map(g => g.gap).join('; '),
        figures: { missing: gaps.map(g => g.clause) }
    });
}

const NHS_LEGAL_FORMS = new Set(['nhs_trust', 'nhs_foundation_trust']);

/**
 * V-53: the commissioner can step in if the provider fails (`step_in` in termination or on the
 * provider). Where every accountable provider is a statutory NHS body the gap is information only:
 * NHS statutory intervention powers stand behind it. Otherwise it is a warning.
 */
export function terminationMustGrantStepIn({ model, report }: CheckContext): void {
    const termination = model.contract.members.find(isTermination);
    if (!termination || clauseOf(termination, isStepInClause)) {
        return;
    }
    const providers = model.contract.members.filter(isParty).filter(p => p.role === 'provider');
    if (providers.some(p => clauseOf(p, isStepInClause))) {
        return;
    }
    const statutory = providers.length > 0 && providers.every(isStatutoryNhsBody);
    report({
        code: IssueCodes.NoStepIn,
        node: termination,
        severity: statutory ? 'info' : 'warning',
        message: statutory
            ? `no step_in right if the provider fails (${providers.map(p => p.name).join(', ')}: statutory NHS body)`
            : 'no step_in right if the provider fails',
        figures: { providers: providers.map(p => p.name), statutory, insert: 'step_in' }
    });
}

function isStatutoryNhsBody(party: Party): boolean {
    const legalForm = clauseOf(party, isLegalFormClause)?.value;
    return clauseOf(party, isStatutoryClause) !== undefined
        && ((legalForm !== undefined && NHS_LEGAL_FORMS.has(legalForm)) || clauseOf(party, isNhsBodyClause) !== undefined);
}

/** The termination rules of LANGUAGE.md §5, each named after what it enforces. */
export const terminationChecks: ContractCheck[] = [terminationMustCoverExit, terminationMustGrantStepIn];
