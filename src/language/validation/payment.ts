import type { ContractCheck } from './reporter.js';
import { corridorBandsMustBeWellFormed, corridorShareMustNotRise } from './payment-corridor.js';
import { gatesMustFitSubjects, marginalRateMustBeValid } from './payment-gates.js';
import { lossesMustBeCapped, savingsMustBeCapped, savingsSharesMustBeValid } from './payment-savings.js';
import { atRiskYearOneNeedsBaselines, finalSettlementMustFallWithinRunOff, settlementMustFollowData } from './payment-schedule.js';
import { atRiskMustNotExceedBase, incentivesMustStayWithinCap, phasingMustCoverEveryYear, withholdMustBeInRange } from './payment-withhold.js';

/** The payment rules of LANGUAGE.md §5, each named after what it enforces. */
export const paymentChecks: ContractCheck[] = [
    settlementMustFollowData,
    finalSettlementMustFallWithinRunOff,
    atRiskYearOneNeedsBaselines,
    withholdMustBeInRange,
    incentivesMustStayWithinCap,
    phasingMustCoverEveryYear,
    atRiskMustNotExceedBase,
    savingsSharesMustBeValid,
    lossesMustBeCapped,
    savingsMustBeCapped,
    corridorBandsMustBeWellFormed,
    corridorShareMustNotRise,
    gatesMustFitSubjects,
    marginalRateMustBeValid
];
