import { IssueCodes, type IssueCode } from '../../validation/catalogue.js';
import { addCapOnChange, endBandEarlier, insertBasisClause } from './population-fixes.js';
import { addPhasesAtZero, insertBudgetYear, sortBands, useComputedAmount } from './budget-fixes.js';
import type { QuickFix } from './fix-kit.js';
import { addToCovers, insertChoice, insertDisputeRoute, insertExitTerms, insertStepIn, insertVariations } from './governance-fixes.js';
import { changeCurrencySymbol, convertOverride, correctYearLabel, regroupDigits, roundAmount } from './literal-fixes.js';
import { allowMultiPot, copyPreviousTarget, lastWeightToRemainder, swapThresholdAndFull } from './outcome-fixes.js';
import { addToDelivers, insertVat, lastShareToRemainder } from './party-fixes.js';
import { removeRepeatedClause, renameDuplicate, useClosestName } from './reference-fixes.js';
import { insertMissingClause, insertMissingSection, insertRounding } from './structure-fixes.js';
import { declarePartial, makeShadowYear } from './term-fixes.js';

const C = IssueCodes;

/** The quick fix of each catalogue code that has one (LANGUAGE.md §5 ✔), by code. */
export const QUICK_FIXES: Partial<Record<IssueCode, QuickFix>> = {
    [C.BadDigitGrouping]: regroupDigits,
    [C.BadYearLabel]: correctYearLabel,
    [C.UnknownReference]: useClosestName,
    [C.DuplicateName]: renameDuplicate,
    [C.MissingSection]: insertMissingSection,
    [C.MissingClause]: insertMissingClause,
    [C.DuplicateClause]: removeRepeatedClause,
    [C.OverrideType]: convertOverride,
    [C.AllianceShares]: lastShareToRemainder,
    [C.VatUndeclared]: insertVat,
    [C.YearsDoNotTile]: declarePartial,
    [C.AtRiskWithoutBaseline]: makeShadowYear,
    [C.AgeBandOverlap]: endBandEarlier,
    [C.BasisMismatch]: insertBasisClause,
    [C.UncappedScoreGrowth]: addCapOnChange,
    [C.CapitationMismatch]: useComputedAmount,
    [C.MixedCurrency]: changeCurrencySymbol,
    [C.MoneyPrecision]: roundAmount,
    [C.RoundingMissing]: insertRounding,
    [C.BudgetYearMissing]: insertBudgetYear,
    [C.PhasingIncomplete]: addPhasesAtZero,
    [C.CorridorBands]: sortBands,
    [C.DoubleCounted]: allowMultiPot,
    [C.MissingTargetYear]: copyPreviousTarget,
    [C.WeightsNot100]: lastWeightToRemainder,
    [C.ScoringParameters]: swapThresholdAndFull,
    [C.ChoiceMissing]: insertChoice,
    [C.NoReportingPath]: addToCovers,
    [C.NoDisputeRoute]: insertDisputeRoute,
    [C.NoChangeControl]: insertVariations,
    [C.TerminationIncomplete]: insertExitTerms,
    [C.NoStepIn]: insertStepIn,
    [C.SubcontractInconsistent]: addToDelivers
};
