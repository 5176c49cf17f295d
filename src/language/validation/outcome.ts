import type { ContractCheck } from './reporter.js';
import { atRiskYearsMustHaveTargets, metricMustNotBeDoubleCounted, outcomeMustBeComplete, weightsMustSumToHundred } from './outcome-definition.js';
import { baselineMustPrecedePerformance, performancePeriodsMustLieInTerm } from './outcome-periods.js';
import { denominatorMustLieInPopulation, outcomeMustBeControllable, potMustBeBalanced } from './outcome-scope.js';
import { targetsMustExceedNoise } from './outcome-statistics.js';
import { scoringParametersMustBeOrdered, targetMustImproveOnBaseline, targetsMustNotGoBackwards, valuesMustFitTheirUnit } from './outcome-targets.js';

/** The outcome rules of LANGUAGE.md §5, each named after what it enforces. */
export const outcomeChecks: ContractCheck[] = [
    performancePeriodsMustLieInTerm,
    baselineMustPrecedePerformance,
    metricMustNotBeDoubleCounted,
    outcomeMustBeComplete,
    atRiskYearsMustHaveTargets,
    weightsMustSumToHundred,
    targetMustImproveOnBaseline,
    scoringParametersMustBeOrdered,
    valuesMustFitTheirUnit,
    targetsMustExceedNoise,
    denominatorMustLieInPopulation,
    outcomeMustBeControllable,
    potMustBeBalanced,
    targetsMustNotGoBackwards
];
