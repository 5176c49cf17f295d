import { isEvaluation } from '../generated/ast.js';
import { IssueCodes } from './catalogue.js';
import type { CheckContext, ContractCheck } from './reporter.js';

// Designs that compare against people the contract does not touch. An interrupted time series
// compares against the population's own pre-trend, which V-50 accepts as a comparator design.
const COMPARATOR_DESIGNS = new Set(['difference_in_differences', 'randomised', 'matched_controls', 'interrupted_time_series']);

/**
 * V-50: the contract is evaluated independently and against a comparator (a named `comparator` or a
 * comparator design); a before-and-after study alone cannot separate the contract's effect from trend.
 */
export function evaluationMustBeIndependentWithComparator({ model, report }: CheckContext): void {
    const evaluation = model.contract.members.find(isEvaluation);
    if (!evaluation) {
        report({
            code: IssueCodes.EvaluationWeakDesign,
            node: model.contract,
            property: 'name',
            message: 'no evaluation: the contract\'s effect will not be measured against a comparator',
            figures: { missing: ['evaluation'] }
        });
        return;
    }
    const missing: string[] = [];
    if (!evaluation.independent) {
        missing.push('independent');
    }
    if (!evaluation.comparator && !(evaluation.design && COMPARATOR_DESIGNS.has(evaluation.design))) {
        missing.push('comparator');
    }
    if (missing.length === 0) {
        return;
    }
    const parts = [missing.includes('independent') ? 'is not independent' : undefined,
        missing.includes('comparator') ? `has no comparator${evaluation.design ? ` (design ${evaluation.design})` : ''}` : undefined]
        .filter((p): p is string => p !== undefined);
    report({
        code: IssueCodes.EvaluationWeakDesign,
        node: evaluation,
        message: `evaluation ${parts.join(' and ')}`,
        figures: { missing, design: evaluation.design ?? null }
    });
}

/**
 * V-50: the evaluation names impact measures beyond the payment metrics (an outcome's name or title
 * restated does not count), so it can catch what the incentive pushes aside.
 */
export function evaluationMustMeasureImpact({ model, report }: CheckContext): void {
    const evaluation = model.contract.members.find(isEvaluation);
    if (!evaluation) {
        return;
    }
    const paid = new Set(model.outcomes.flatMap(o => [o.name, o.title]).map(normalise));
    const beyond = evaluation.measures.filter(m => !paid.has(normalise(m)));
    if (beyond.length > 0) {
        return;
    }
    report({
        code: IssueCodes.NoImpactMeasures,
        node: evaluation,
        message: evaluation.measures.length === 0
            ? 'evaluation names no measures beyond the payment outcomes'
            : 'evaluation measures only the payment outcomes',
        figures: { measures: evaluation.measures }
    });
}

/** Names and titles of a document with syntax errors may be missing. */
function normalise(text: string | undefined): string {
    return (text ?? '').replace(/^"|"$/g, '').trim().toLowerCase();
}

/** The evaluation rules of LANGUAGE.md §5, each named after what it enforces. */
export const evaluationChecks: ContractCheck[] = [evaluationMustBeIndependentWithComparator, evaluationMustMeasureImpact];
