/**
 * The one catalogue of carec diagnostics (LANGUAGE.md §5): every code a check, the parser, the
 * linker or the settlement calculator can report, with its default severity, rule, rationale and
 * example. `carec explain`, SARIF `rules`, hover and the validators all read it from here.
 */

/** Diagnostic severity as reported to the user. */
export type Severity = 'error' | 'warning' | 'info';

/** One diagnostic code and everything a reader needs to understand it. */
export interface CatalogueEntry {
    /** `area/kebab-name`, exactly as LANGUAGE.md §5. */
    code: string;
    /** Default severity under `nhs_england_2025`; for mixed rows the stronger case. */
    severity: Severity;
    /** When the severity differs from `severity`: the other case, or the profile that changes it. */
    severityNote?: string;
    /** The DOMAIN.md §3 rule, `V-19`; absent for syntax and settlement codes. */
    rule?: string;
    /** Short name of the rule. */
    title: string;
    /** What triggers the diagnostic. */
    checks: string;
    /** Why the rule exists (DOMAIN.md §3 *Why*, with the real case where there is one). */
    why: string;
    /** A message as the check prints it. */
    example: string;
    /** Title of the quick fix, when §5 offers one. */
    fix?: string;
}

/**
 * Code constants for checks and quick fixes. Keys are the PascalCase name after the slash,
 * prefixed with the area where the name alone is ambiguous or too vague (`OutcomeIncomplete`,
 * `ChoiceMissing`, every `Settle…`).
 */
export const IssueCodes = {
    UnexpectedToken: 'syntax/unexpected-token',
    BadDigitGrouping: 'syntax/bad-digit-grouping',
    BadDate: 'syntax/bad-date',
    BadYearLabel: 'syntax/bad-year-label',
    ExpectedInteger: 'syntax/expected-integer',
    UnknownReference: 'ref/unknown-reference',
    DuplicateName: 'ref/duplicate-name',
    MissingSection: 'structure/missing-section',
    MissingClause: 'structure/missing-clause',
    DuplicateClause: 'structure/duplicate-clause',
    ImportUnresolved: 'import/unresolved',
    MisplacedClause: 'library/misplaced-clause',
    UnknownProfile: 'policy/unknown-profile',
    UnknownParameter: 'policy/unknown-parameter',
    OverrideType: 'policy/override-type',
    LeadCommissioner: 'party/lead-commissioner',
    AccountableProvider: 'party/accountable-provider',
    AllianceShares: 'party/alliance-shares',
    VatUndeclared: 'party/vat-undeclared',
    NoFinancialSecurity: 'party/no-financial-security',
    SecurityStatutoryExempt: 'party/security-statutory-exempt',
    TermBadOrder: 'term/bad-order',
    YearsDoNotTile: 'term/years-do-not-tile',
    YearOutsideTerm: 'term/year-outside-term',
    WindowOutsideTerm: 'outcome/window-outside-term',
    BaselineOverlapsPerformance: 'outcome/baseline-overlaps-performance',
    BaselineTooOld: 'outcome/baseline-too-old',
    SettlementBeforeData: 'payment/settlement-before-data',
    SettlementAfterRunOff: 'payment/settlement-after-run-off',
    AtRiskWithoutBaseline: 'payment/at-risk-without-baseline',
    PopulationSizeInvalid: 'population/size-invalid',
    TooSmallForRisk: 'population/too-small-for-risk',
    CohortNotSubset: 'population/cohort-not-subset',
    AgeBandOverlap: 'population/age-band-overlap',
    AgeBandGap: 'population/age-band-gap',
    PartitionMismatch: 'population/partition-mismatch',
    RiskBasedExclusion: 'population/risk-based-exclusion',
    BasisMismatch: 'population/basis-mismatch',
    RiskNoAdjustment: 'risk/no-adjustment',
    UncappedScoreGrowth: 'risk/uncapped-score-growth',
    NoOutlierProtection: 'risk/no-outlier-protection',
    CapitationMismatch: 'budget/capitation-mismatch',
    PoolMismatch: 'budget/pool-mismatch',
    PoolIncomplete: 'budget/pool-incomplete',
    AllocationsExceed: 'budget/allocations-exceed',
    MixedCurrency: 'money/mixed-currency',
    MoneyPrecision: 'money/precision',
    RoundingMissing: 'money/rounding-missing',
    BelowBaseline: 'budget/below-baseline',
    BudgetYearMissing: 'budget/year-missing',
    RealTermsCut: 'budget/real-terms-cut',
    WithholdRange: 'payment/withhold-range',
    IncentiveCap: 'payment/incentive-cap',
    PhasingIncomplete: 'payment/phasing-incomplete',
    AtRiskOver100: 'payment/at-risk-over-100',
    SavingsShare: 'payment/savings-share',
    LossCap: 'payment/loss-cap',
    NoSavingsCap: 'payment/no-savings-cap',
    CorridorBands: 'payment/corridor-bands',
    CorridorShareRising: 'payment/corridor-share-rising',
    GateInvalid: 'payment/gate-invalid',
    DoubleCounted: 'outcome/double-counted',
    MarginalRateInvalid: 'payment/marginal-rate-invalid',
    OutcomeIncomplete: 'outcome/incomplete',
    MissingTargetYear: 'outcome/missing-target-year',
    WeightsNot100: 'outcome/weights-not-100',
    TargetNotImprovement: 'outcome/target-not-improvement',
    ScoringParameters: 'outcome/scoring-parameters',
    ValueOutOfRange: 'outcome/value-out-of-range',
    UnreliableTarget: 'outcome/unreliable-target',
    ReliabilityNotAssessable: 'outcome/reliability-not-assessable',
    DenominatorOutsidePopulation: 'outcome/denominator-outside-population',
    Uncontrollable: 'outcome/uncontrollable',
    UnbalancedPot: 'outcome/unbalanced-pot',
    OutcomeTrajectory: 'outcome/trajectory',
    ChoiceMissing: 'choice/missing',
    ChoiceDefeatingTerm: 'choice/choice-defeating-term',
    EvaluationWeakDesign: 'evaluation/weak-design',
    NoImpactMeasures: 'evaluation/no-impact-measures',
    NoReportingPath: 'reporting/no-reporting-path',
    NoDisputeRoute: 'governance/no-dispute-route',
    NoChangeControl: 'governance/no-change-control',
    TerminationIncomplete: 'termination/incomplete',
    NoStepIn: 'termination/no-step-in',
    SubcontractInconsistent: 'subcontract/inconsistent',
    ValueExceedsAllocation: 'subcontract/value-exceeds-allocation',
    LiabilityPassThrough: 'subcontract/liability-pass-through',
    SettleCurrencyMismatch: 'settle/currency-mismatch',
    SettleContractMismatch: 'settle/contract-mismatch',
    SettleYearNotInTerm: 'settle/year-not-in-term',
    SettleUnknownOutcome: 'settle/unknown-outcome',
    SettleMissingOutcome: 'settle/missing-outcome',
    SettleSmallDenominator: 'settle/small-denominator',
    SettleMissingData: 'settle/missing-data',
    SettleInvalidActuals: 'settle/invalid-actuals'
} as const;

/** Any code of the catalogue. */
export type IssueCode = typeof IssueCodes[keyof typeof IssueCodes];

const C = IssueCodes;

// Shared by the three reconciliation rules: §5 says gaps within the relative tolerance are info.
const WITHIN_RELATIVE_TOLERANCE = 'info when the gap is within money_tolerance_relative';
const MISSING_SETTLEMENT_INPUT = 'A contract missing a settlement input cannot be settled: '
    + 'the calculator would have to invent the missing term, and each party would invent it differently.';

/** Every code of LANGUAGE.md §5, in §5 order. */
export const CATALOGUE: readonly CatalogueEntry[] = [
    // ── Syntax ──────────────────────────────────────────────────────────────────────────────
    {
        code: C.UnexpectedToken,
        severity: 'error',
        title: 'Unexpected token',
        checks: 'The parser met a token that cannot continue the construct it is reading.',
        why: 'A file that does not parse cannot be checked, compiled or settled; the message names what was '
            + 'expected so the author can repair the clause.',
        example: "Expected a contract year after 'target', found '2026'"
    },
    {
        code: C.BadDigitGrouping,
        severity: 'error',
        title: 'Thousands grouping',
        checks: 'A comma group inside a number is not exactly three digits.',
        why: 'Lists never hold numbers, so a comma between digits is always a thousands separator; a '
            + 'malformed group is a typo in an amount, and a mistyped amount is a wrong payment.',
        example: "'1,2345' is not a valid thousands grouping",
        fix: 'Regroup the digits'
    },
    {
        code: C.BadDate,
        severity: 'error',
        title: 'Real calendar date',
        checks: 'A DATE literal names a day that does not exist.',
        why: 'Term, baseline and settlement dates define periods and pro-rating; an impossible date has no '
            + 'period, so nothing that depends on it can be computed.',
        example: '2026-02-29 is not a date'
    },
    {
        code: C.BadYearLabel,
        severity: 'error',
        title: 'Year label spans one year',
        checks: 'In a YYYY/YY year label, YY is not the year after YYYY.',
        why: 'Targets, withhold phasing and budgets are keyed by contract year; a label that spans two '
            + 'years leaves open which year a target or payment belongs to.',
        example: '2025/27: did you mean 2025/26?',
        fix: 'Correct the year label'
    },
    {
        code: C.ExpectedInteger,
        severity: 'error',
        rule: 'V-09',
        title: 'Counts are whole numbers',
        checks: 'A count (population or cohort size, denominator, quorum) has decimals.',
        why: 'People and events are counted whole; a fractional count is usually a rate or an average '
            + 'pasted into a count, and capitation multiplies it straight into the budget.',
        example: 'size 128,500.5 must be a whole number'
    },
    // ── References, structure, imports ───────────────────────────────────────────────────────
    {
        code: C.UnknownReference,
        severity: 'error',
        rule: 'V-02',
        title: 'References resolve',
        checks: 'A reference names nothing declared, or a declaration of the wrong kind.',
        why: 'Every settlement input (party, cohort, service, metric, pot, report) must point at something '
            + 'the contract defines; an unresolved name leaves a payment undefined.',
        example: "denominator 'SmiRegister' is not a declared cohort",
        fix: 'Use the closest declared name, or declare a stub'
    },
    {
        code: C.DuplicateName,
        severity: 'error',
        rule: 'V-02',
        title: 'Names unique',
        checks: 'A name is declared twice in the contract namespace.',
        why: 'A reference must mean exactly one declaration; with two, finance and the provider can settle '
            + 'the same clause against different definitions.',
        example: "'M3' is already declared at line 141",
        fix: 'Rename the duplicate'
    },
    {
        code: C.MissingSection,
        severity: 'error',
        rule: 'V-01',
        title: 'Required sections present',
        checks: 'A section every contract needs, or one its `form` requires (e.g. `pooled_budget` for '
            + '`pooled_budget_s75`), is absent.',
        why: MISSING_SETTLEMENT_INPUT,
        example: 'form pooled_budget_s75 requires a pooled_budget',
        fix: 'Insert a skeleton'
    },
    {
        code: C.MissingClause,
        severity: 'error',
        rule: 'V-01',
        title: 'Required clauses present',
        checks: 'A block lacks a clause it requires (e.g. an alliance without a decision rule, a pool without a host).',
        why: MISSING_SETTLEMENT_INPUT,
        example: 'alliance WestdaleMH has no decides clause',
        fix: 'Insert a skeleton'
    },
    {
        code: C.DuplicateClause,
        severity: 'error',
        rule: 'V-01',
        title: 'Clause stated once',
        checks: 'A clause allowed at most once in its block is repeated.',
        why: 'Two values for one term (two currencies, two scoring methods) leave it open which one is paid; '
            + 'the contract must say one thing.',
        example: 'currency is already stated at line 4'
    },
    {
        code: C.ImportUnresolved,
        severity: 'error',
        rule: 'V-02',
        title: 'Imports resolve',
        checks: 'An imported file does not exist or cannot be read, or imports form a cycle.',
        why: 'Library metrics define what is measured and paid; a missing or circular import leaves the '
            + 'outcomes that use them without a definition.',
        example: 'import "lib/resp.care": file not found'
    },
    {
        code: C.MisplacedClause,
        severity: 'error',
        rule: 'V-02',
        title: 'Library metrics are contract-independent',
        checks: 'A library metric states a contract clause (`denominator`, `weight`, `baseline`, `target`, '
            + '`drivers`, `must_pass`).',
        why: 'A library is shared by many contracts; a contract-specific term in it would silently bind '
            + 'every contract that imports it.',
        example: 'library metric RespLib.CarePlan states weight; weights belong to the contract'
    },
    // ── Policy ────────────────────────────────────────────────────────────────────────────────
    {
        code: C.UnknownProfile,
        severity: 'error',
        rule: 'V-23',
        title: 'Known policy profile',
        checks: 'The `policy` clause names a profile that is not one of LANGUAGE.md §6.',
        why: 'Every threshold comes from a named profile; with an unknown profile no threshold, and so no '
            + 'threshold diagnostic, has a source a reviewer can check.',
        example: "policy 'nhs_england_2024' is not a profile; did you mean nhs_england_2025?"
    },
    {
        code: C.UnknownParameter,
        severity: 'error',
        rule: 'V-23',
        title: 'Known policy parameter',
        checks: 'A policy override names a parameter the profiles do not define.',
        why: 'An override of a parameter no rule reads changes nothing, yet the reader believes the threshold '
            + 'was relaxed or tightened.',
        example: "'withold_max' is not a policy parameter; did you mean withhold_max?"
    },
    {
        code: C.OverrideType,
        severity: 'error',
        rule: 'V-23',
        title: 'Override has the parameter\'s type',
        checks: 'A policy override gives a literal of the wrong type: a bare number for a percentage, a '
            + 'fraction for a count, money for a percentage.',
        why: 'A bare number in a percentage slot is ambiguous (0.25 may mean 25% or 0.25%); percent, money '
            + 'and plain numbers are kept apart so a threshold cannot be misread by a factor of 100.',
        example: 'withhold_max expects a percentage: 25%, not 0.25',
        fix: 'Convert to a percentage'
    },
    // ── Parties ───────────────────────────────────────────────────────────────────────────────
    {
        code: C.LeadCommissioner,
        severity: 'error',
        rule: 'V-03',
        title: 'One lead commissioner',
        checks: 'The number of commissioners marked `lead` is not exactly one.',
        why: 'The ICO concept is "a single point of responsibility backed with a firm budget"; someone must '
            + 'own settlement and variations on the commissioning side.',
        example: '2 commissioners are marked lead; one is required'
    },
    {
        code: C.AccountableProvider,
        severity: 'error',
        rule: 'V-03',
        title: 'One accountable provider',
        checks: 'Outside `form alliance`, the number of providers is not exactly one.',
        why: 'The ICO concept is "a single point of responsibility backed with a firm budget"; outcomes '
            + 'and money must land on one accountable provider.',
        example: 'no provider is declared; one accountable provider is required'
    },
    {
        code: C.AllianceShares,
        severity: 'error',
        rule: 'V-03',
        title: 'Alliance risk shares sum to 100%',
        checks: 'The members\' risk shares differ from 100% by more than 0.01 percentage points.',
        why: 'In an alliance the members are jointly the single point of responsibility; shares that do not '
            + 'add up leave part of every gain or loss with nobody.',
        example: 'Risk shares 60% + 20% + 15% = 95%',
        fix: 'Set the last share to the remainder'
    },
    {
        code: C.VatUndeclared,
        severity: 'warning',
        rule: 'V-26',
        title: 'VAT treatment declared',
        checks: 'A provider that is not a statutory NHS body (LLP, company) has no `vat` clause.',
        why: 'UnitingCare\'s LLP created an unfunded VAT liability: subcontracting NHS services through a '
            + 'non-statutory body can make VAT irrecoverable, and the contract must say who bears it.',
        example: 'llp provider subcontracts NHS bodies; VAT not declared',
        fix: 'Insert a vat clause'
    },
    {
        code: C.NoFinancialSecurity,
        severity: 'warning',
        severityNote: 'error under mssp_2026 (two-sided risk)',
        rule: 'V-27',
        title: 'Financial security for downside risk',
        checks: 'The provider\'s security is less than its maximum annual downside: the loss cap, the '
            + 'corridor worst case, or capitation_stress_pct × budget for capitation without corridor or stop-loss.',
        why: 'A provider that takes losses it cannot pay hands them back to the commissioner mid-contract; '
            + 'UnitingCare had no parent company guarantees and left at least £16m of unfunded costs.',
        example: 'Max provider downside £4,560,000.00; security £0.00'
    },
    {
        code: C.SecurityStatutoryExempt,
        severity: 'info',
        rule: 'V-27',
        title: 'Statutory provider exempt from security',
        checks: 'A statutory NHS provider carries downside risk without security, under a profile that '
            + 'exempts statutory bodies (nhs_england_2025).',
        why: 'Statutory NHS bodies are backed by the NHS financial regime rather than by a guarantee, so '
            + 'England profiles record the exposure for reviewers instead of flagging it.',
        example: 'statutory provider NorthShoreFT: downside £885,612.00 without security (exempt)'
    },
    // ── Term ──────────────────────────────────────────────────────────────────────────────────
    {
        code: C.TermBadOrder,
        severity: 'error',
        rule: 'V-04',
        title: 'Term starts before it ends',
        checks: 'The term\'s start date is on or after its end date.',
        why: 'Every contract year, performance period and settlement date is placed inside the term; an '
            + 'empty or reversed term has no years to settle.',
        example: 'Term starts 2030-03-31, after it ends 2025-04-01'
    },
    {
        code: C.YearsDoNotTile,
        severity: 'error',
        rule: 'V-04',
        title: 'Contract years tile the term',
        checks: 'A contract year cut by the term start or end is not declared `partial` with a pro-rating rule.',
        why: 'A year the term only partly covers must be pro-rated, or its budget, withhold and targets are '
            + 'settled as if it were a full year.',
        example: 'Term ends 2030-02-28 inside 2029/30; declare partial',
        fix: 'Declare the year partial'
    },
    {
        code: C.YearOutsideTerm,
        severity: 'error',
        rule: 'V-04',
        title: 'Years lie in the term',
        checks: 'A year named in a clause (budget, withhold, target, shadow, partial) is not a contract year.',
        why: 'Payment cannot depend on a year the contract does not cover; such a figure is either a typo or '
            + 'money nobody will settle.',
        example: 'withhold 2030/31 is not a contract year (term ends 2030-03-31)'
    },
    {
        code: C.WindowOutsideTerm,
        severity: 'error',
        severityNote: 'info when a rolling window starts before the term but ends inside it',
        rule: 'V-05',
        title: 'Performance periods inside the term',
        checks: 'An outcome\'s performance window is not inside the term.',
        why: 'Payment cannot depend on activity outside the contract. Rolling multi-year windows used for '
            + 'small-number outcomes (mortality) may start earlier, which is reported for information.',
        example: 'R2 2027/28 window starts 2025-04-01, before the term'
    },
    {
        code: C.BaselineOverlapsPerformance,
        severity: 'error',
        rule: 'V-06',
        title: 'Baseline before performance',
        checks: 'A baseline period ends after the first performance period starts (for rolling windows: '
            + 'ends on or after the first performance window ends).',
        why: 'A baseline that overlaps the performance period measures the provider\'s own work, so '
            + 'improvement is partly counted against itself.',
        example: 'M2 baseline 2023/24 overlaps performance year 2023/24'
    },
    {
        code: C.BaselineTooOld,
        severity: 'warning',
        rule: 'V-06',
        title: 'Baseline recent enough',
        checks: 'A baseline is more than max_baseline_age_years before the first performance year.',
        why: 'Old baselines drift from current practice and coding, so targets reward or punish change that '
            + 'happened before the contract; MSSP uses 3 benchmark years.',
        example: 'M1 baseline 2021/22 is 5 years before 2026/27 (max 3)'
    },
    {
        code: C.SettlementBeforeData,
        severity: 'warning',
        rule: 'V-07',
        title: 'Settlement after data is available',
        checks: 'A period\'s end plus its data lag falls after the settlement date.',
        why: 'SUS/HES, PROMs, national surveys and claims arrive months after the period; settling before '
            + 'they arrive means settling on incomplete data.',
        example: 'M3 data (lag 90 days) arrives 2027-06-29; settlement due 2027-05-31'
    },
    {
        code: C.SettlementAfterRunOff,
        severity: 'warning',
        rule: 'V-07',
        title: 'Final settlement within run-off',
        checks: 'The final year\'s settlement falls after the term end plus the `run_off` period.',
        why: 'After run-off the contract has no mechanism to pay or recover money; MSSP allows claims '
            + 'run-out precisely so the last year can still be settled.',
        example: 'final settlement 2030-09-30 is after run_off ends 2030-06-30'
    },
    {
        code: C.AtRiskWithoutBaseline,
        severity: 'warning',
        rule: 'V-08',
        title: 'No at-risk money in year 1 without a baseline',
        checks: 'Year-1 withhold or loss share is above 0 while a linked outcome lacks a baseline and the '
            + 'year is not a shadow year.',
        why: 'UnitingCare deliberately made 2015-16 a 0% "bedding-in year"; a novel metric without a '
            + 'baseline needs a shadow year before money depends on it.',
        example: '2025/26 withhold 10% uses M2, M4 without baselines',
        fix: 'Make the year a shadow year'
    },
    // ── Population ────────────────────────────────────────────────────────────────────────────
    {
        code: C.PopulationSizeInvalid,
        severity: 'error',
        rule: 'V-09',
        title: 'Population declared',
        checks: 'The population size is not above 0, or has no `as_at` date or `source`.',
        why: 'Capitation, thresholds and reliability all scale with the population; a count without a '
            + 'date and source cannot be audited or recounted.',
        example: 'population Registered has no as_at date'
    },
    {
        code: C.TooSmallForRisk,
        severity: 'warning',
        severityNote: 'error under mssp_2026 (shared savings)',
        rule: 'V-10',
        title: 'Minimum population for the risk taken',
        checks: 'Lives are below min_lives_shared_savings (gain/loss share), min_lives_full_capitation '
            + '(capitation covering acute care, unless stop-loss or a corridor) or min_lives_mcp_style.',
        why: 'Below these sizes year-to-year random variation swamps performance (Jones 2009: fixed budgets '
            + 'too risky below 100,000; JHSRP 2010; the MSSP 5,000-beneficiary statutory minimum).',
        example: '4,650 assigned lives < 5,000 minimum for shared savings'
    },
    {
        code: C.CohortNotSubset,
        severity: 'error',
        rule: 'V-11',
        title: 'Cohort is a subset of its parent',
        checks: 'A cohort\'s age interval is not within its parent\'s, or its size exceeds the parent\'s.',
        why: 'Denominators and capitation tiers are drawn from the contract population; a cohort wider than '
            + 'its parent pays for, or measures, people outside the contract.',
        example: 'Frail age [60,∞) is not within Residents [65,∞)'
    },
    {
        code: C.AgeBandOverlap,
        severity: 'error',
        rule: 'V-12',
        title: 'Age bands do not overlap',
        checks: 'Sorted half-open bands overlap: lo[i+1] < hi[i].',
        why: 'A person in two bands is paid for, or counted, twice; authors writing inclusive bands '
            + '(`65 to 75`, `75 to 84`) share the boundary age.',
        example: 'A65 (65 to 75) and A75 (75 to 84) both contain 75',
        fix: 'End the band a year earlier (65 to 74)'
    },
    {
        code: C.AgeBandGap,
        severity: 'warning',
        rule: 'V-12',
        title: 'Age bands leave no gap',
        checks: 'Sorted bands leave a gap (lo[i+1] > hi[i]), or an exhaustive partition does not cover the '
            + 'parent\'s age interval.',
        why: 'People in a gap belong to no tier: they are in the population but nobody is paid for them.',
        example: 'A65 (65 to 74) and A80 (80+) leave ages 75 to 79 in no band'
    },
    {
        code: C.PartitionMismatch,
        severity: 'error',
        rule: 'V-13',
        title: 'Partitions reconcile',
        checks: 'The sizes of an exhaustive partition do not sum to the parent size.',
        why: 'Capitation is paid per tier; tiers that do not add up to the population pay for more or fewer '
            + 'people than the contract covers.',
        example: 'RiskTier 13,104 + 6,552 + 2,144 = 21,800 ≠ 21,840 (−40)'
    },
    {
        code: C.RiskBasedExclusion,
        severity: 'error',
        severityNote: 'warning for care_setting or condition exclusions without capitation adjustment',
        rule: 'V-14',
        title: 'No risk-based exclusions',
        checks: 'An exclusion references utilisation, cost or risk score (error), or care setting or '
            + 'condition without `capitation_adjusted` (warning).',
        why: 'Risk-insensitive funding invites cream-skimming, and exclusions are its contractual form: '
            + 'removing the sickest people makes a capitated budget easy to meet.',
        example: 'exclusion "3+ emergency admissions" removes high-risk people'
    },
    {
        code: C.BasisMismatch,
        severity: 'warning',
        rule: 'V-15',
        title: 'Population basis matches payment basis',
        checks: 'Retrospective assignment without `reconcile`, or a capitated register without a `changes` '
            + 'rule (partition tiers inherit it).',
        why: 'Per-head payments need a population known in advance; otherwise joiners, leavers and new '
            + 'diagnoses are paid by nobody or twice.',
        example: 'capitation on a retrospective population without reconciliation',
        fix: 'Insert a reconcile or changes clause'
    },
    // ── Risk adjustment ───────────────────────────────────────────────────────────────────────
    {
        code: C.RiskNoAdjustment,
        severity: 'warning',
        rule: 'V-16',
        title: 'Risk adjustment where risk is transferred',
        checks: 'The provider bears per-capita risk, the population spans 65+ or several tiers, and the '
            + 'method is `none`.',
        why: 'Funding formulas must be "sensitive to patients\' risk profiles to avoid cream skimming"; a '
            + 'flat rate over a varied population rewards selecting the healthy.',
        example: '£1,195.00 flat for ages 65–100, no risk adjustment'
    },
    {
        code: C.UncappedScoreGrowth,
        severity: 'warning',
        rule: 'V-17',
        title: 'Risk score sane and capped',
        checks: 'Risk adjustment has no `cap_on_change`, or the normalised score is outside (0.5, 3.0).',
        why: 'Uncapped scores let the benchmark grow with coding intensity rather than need; MSSP caps '
            + 'positive HCC growth at 3% per agreement period.',
        example: 'HCC adjustment uncapped',
        fix: 'Add cap_on_change 3%'
    },
    {
        code: C.NoOutlierProtection,
        severity: 'warning',
        rule: 'V-18',
        title: 'Outlier protection',
        checks: 'A capitated population below min_lives_full_capitation has no stop-loss, reinsurance or truncation.',
        why: 'In a small population a few very expensive patients decide the year\'s result; MSSP truncates '
            + 'costs at the 99th percentile for this reason.',
        example: '62,000-person capitated ICO has no stop-loss'
    },
    // ── Budget and money ──────────────────────────────────────────────────────────────────────
    {
        code: C.CapitationMismatch,
        severity: 'error',
        severityNote: WITHIN_RELATIVE_TOLERANCE,
        rule: 'V-19',
        title: 'Capitation reconciles to budget',
        checks: '|Σ size × rate × periods × (1 + uplift) − stated amount| exceeds money_tolerance.',
        why: 'The stated budget and the per-head rates are two statements of the same money; when they '
            + 'disagree, the contract pays one figure while the parties signed another.',
        example: 'Capitation 128,500 × £1,195.00 = £153,557,500.00 differs from the stated £152,000,000.00 '
            + 'by £1,557,500.00 (1.02%)',
        fix: 'Use the computed amount'
    },
    {
        code: C.PoolMismatch,
        severity: 'error',
        severityNote: WITHIN_RELATIVE_TOLERANCE,
        rule: 'V-20',
        title: 'Pooled budget reconciles',
        checks: 'Pool contributions do not sum to the year\'s budget, or their shares do not sum to 100%.',
        why: 'A section 75 pool is only as large as what is paid into it; a gap between contributions and '
            + 'budget is money nobody has agreed to provide.',
        example: '£1,669,710.00 + £615,590.00 = £2,285,300.00 ≠ £2,385,300.00 (−£100,000.00)'
    },
    {
        code: C.PoolIncomplete,
        severity: 'error',
        rule: 'V-20',
        title: 'Pooled budget governed',
        checks: 'A pooled budget names no host or pool manager, or no overspend/underspend rule.',
        why: 'Section 75 requires a host and a pool manager; without overspend and underspend rules the '
            + 'year-end position of the pool cannot be settled.',
        example: 'pooled_budget BetterCare has no overspend rule'
    },
    {
        code: C.AllocationsExceed,
        severity: 'error',
        severityNote: WITHIN_RELATIVE_TOLERANCE,
        rule: 'V-21',
        title: 'Allocations within budget',
        checks: 'Σ allocations + reserves exceeds the year\'s budget (or differs from it when `exhaustive`).',
        why: 'Allocating more than the budget commits money the contract does not have.',
        example: '2026/27 allocations £2,435,300.00 exceed £2,385,300.00 by £50,000.00'
    },
    {
        code: C.MixedCurrency,
        severity: 'error',
        rule: 'V-22',
        title: 'Single currency',
        checks: 'A money literal\'s currency differs from the contract\'s `currency`.',
        why: 'Money in two currencies cannot be added without an FX rule and rate date; a stray symbol is '
            + 'usually a copy-paste from another contract.',
        example: '£4.00 in a USD contract',
        fix: 'Change the currency symbol'
    },
    {
        code: C.MoneyPrecision,
        severity: 'error',
        severityNote: 'warning when a rate (not a paid amount) has more than 4 decimal places',
        rule: 'V-23',
        title: 'Money precision',
        checks: 'A paid amount has more than 2 decimal places, or a rate more than 4.',
        why: 'Payments are made in minor units; an amount finer than a penny cannot be paid exactly, so the '
            + 'contract must state it as paid.',
        example: '£610,000.005 has 3 decimal places',
        fix: 'Round to 2 decimal places'
    },
    {
        code: C.RoundingMissing,
        severity: 'error',
        rule: 'V-23',
        title: 'Rounding rule declared',
        checks: 'The contract has no `rounding` clause.',
        why: 'Per-line and total rounding differ by pennies; without a declared rule the settlement '
            + 'statement cannot be reproduced exactly by both parties.',
        example: 'no rounding rule: declare rounding half_up to 0.01',
        fix: 'Insert a rounding clause'
    },
    {
        code: C.BelowBaseline,
        severity: 'warning',
        severityNote: 'info when a savings_plan covers the gap',
        rule: 'V-24',
        title: 'Affordability versus baseline',
        checks: 'budget_y1 / (baseline_spend × (1 + growth)^years) − 1 is below −max_budget_gap_vs_baseline.',
        why: 'UnitingCare bid 3.5% below the maximum price while demand was rising, had a ~£30m first-year '
            + 'gap and collapsed after 8 months.',
        example: '£152,000,000.00 is 8.9% below growth-adjusted £166,900,000.00 (max 3%)'
    },
    {
        code: C.BudgetYearMissing,
        severity: 'error',
        rule: 'V-25',
        title: 'Budget for every year',
        checks: 'A contract year has neither an amount nor a capitation formula.',
        why: 'A year without a budget has no base for withhold, corridor or capitation, so it cannot be settled.',
        example: 'No budget for 2029/30',
        fix: 'Insert year 2029/30 capitation'
    },
    {
        code: C.RealTermsCut,
        severity: 'warning',
        rule: 'V-25',
        title: 'No unplanned real-terms cut',
        checks: 'The per-head amount falls by more than the declared efficiency while the population grows.',
        why: 'A budget that shrinks per head while demand grows opens the same gap that sank UnitingCare, '
            + 'only later in the term.',
        example: 'budget falls 2% a year while the 65+ population grows 3% a year; no efficiency plan'
    },
    // ── Payment ───────────────────────────────────────────────────────────────────────────────
    {
        code: C.WithholdRange,
        severity: 'error',
        severityNote: 'warning above withhold_max; error below 0 or above withhold_hard_max',
        rule: 'V-28',
        title: 'Withhold range',
        checks: 'A withhold rate is outside [0, withhold_hard_max] (error) or above withhold_max (warning).',
        why: 'Real outcome contracts put 10–20% at risk (Oxfordshire 20%, UnitingCare ≤ 15%, Dudley 10%, '
            + 'CQUIN 0.5–2.5%); more than that threatens the provider\'s ability to deliver the core service.',
        example: '2029/30 withhold 25% exceeds withhold_max 20%'
    },
    {
        code: C.IncentiveCap,
        severity: 'error',
        severityNote: 'applies under us_medicaid_2025 only; off in the other profiles',
        rule: 'V-29',
        title: 'Incentive cap (US Medicaid)',
        checks: 'Capitation plus incentive payments exceed incentive_cap_over_capitation of capitation.',
        why: '42 CFR 438.6(b)(2) limits Medicaid managed-care incentive payments to 105% of the capitation '
            + 'for the enrollees covered; above it the payments are not actuarially sound.',
        example: 'bonus 7% of capitation breaches the 105% limit'
    },
    {
        code: C.PhasingIncomplete,
        severity: 'error',
        rule: 'V-30',
        title: 'At-risk phasing complete',
        checks: 'A withhold does not list every contract year (0% is allowed).',
        why: 'A year missing from the phasing has no agreed at-risk amount; UnitingCare phased 0%, ~10% and '
            + '15% explicitly year by year.',
        example: 'withhold phasing lacks 2029/30',
        fix: 'Add the year at 0%'
    },
    {
        code: C.AtRiskOver100,
        severity: 'error',
        rule: 'V-30',
        title: 'At-risk total within 100%',
        checks: 'The at-risk components of a year sum to more than 100% of their base.',
        why: 'A provider cannot forfeit more than it is paid; the arithmetic of such a year is meaningless.',
        example: '2027/28 at-risk 80% + 30% = 110% of capitation'
    },
    {
        code: C.SavingsShare,
        severity: 'error',
        severityNote: 'warning when the share exceeds max_savings_share or the MSR is below the size-based '
            + 'value; MSR ≠ MLR in a two-sided model is an error under mssp_2026',
        rule: 'V-31',
        title: 'Shared savings parameters',
        checks: 'The savings share is outside (0, 100%] (error), above max_savings_share or with an MSR below '
            + 'the size-based value for the population (warning); two-sided MSR ≠ MLR under MSSP (error).',
        why: 'The minimum savings rate separates real savings from random variation; below the size-based '
            + 'MSR, small populations are paid for noise.',
        example: 'MSR 2.0% for 4,650 lives; size-based MSR at 5,000 is 3.9%'
    },
    {
        code: C.LossCap,
        severity: 'warning',
        severityNote: 'error under mssp_2026',
        rule: 'V-32',
        title: 'Loss cap for two-sided risk',
        checks: 'A provider loss share has no cap, or the loss share is below min_loss_share_when_two_sided.',
        why: 'Uncapped losses can exceed what the provider can pay (see V-27); MSSP two-sided tracks cap '
            + 'losses as a share of benchmark or revenue.',
        example: 'loss share 40% with no loss cap'
    },
    {
        code: C.NoSavingsCap,
        severity: 'warning',
        rule: 'V-33',
        title: 'Savings cap',
        checks: 'Shared savings has no savings cap.',
        why: 'An uncapped share of savings exposes the commissioner to paying out for benchmark errors; '
            + 'MSSP limits performance payments to 10% (BASIC) or 20% (ENHANCED) of benchmark.',
        example: 'no cap on shared savings'
    },
    {
        code: C.CorridorBands,
        severity: 'error',
        rule: 'V-34',
        title: 'Corridor bands well formed',
        checks: 'Corridor bands are unsorted, not contiguous from 0%, overlapping, or have a share outside [0, 100%].',
        why: 'The corridor formula sums over bands; a gap or overlap leaves part of the deviation shared '
            + 'twice or not at all.',
        example: 'band 2% to 5% overlaps 4% to 8%',
        fix: 'Sort the bands'
    },
    {
        code: C.CorridorShareRising,
        severity: 'warning',
        rule: 'V-34',
        title: 'Corridor share does not rise',
        checks: 'The provider\'s share grows as the deviation grows.',
        why: 'A rising share makes the provider more exposed to tail risk, the opposite of a corridor\'s '
            + 'purpose (ACA and Part D corridors shift more to the payer further out).',
        example: 'deficit band above 5% provider 60% exceeds band 2% to 5% provider 50%'
    },
    {
        code: C.GateInvalid,
        severity: 'error',
        rule: 'V-35',
        title: 'Quality gate valid',
        checks: 'A gate\'s measure does not fit its subject (composite of a pot, score or value of an '
            + 'outcome), or a composite threshold is outside [0, 1].',
        why: 'A gain share conditioned on quality must reference something the settlement computes, in its '
            + 'own unit, or the gate can never be evaluated.',
        example: 'R1 is an outcome: use score or value'
    },
    {
        code: C.DoubleCounted,
        severity: 'warning',
        rule: 'V-36',
        title: 'No double counting',
        checks: 'The same metric contributes to two pots without `allow_multi_pot`.',
        why: 'One achievement paid twice (withhold and CQUIN) overstates the incentive and the cost.',
        example: 'M1 also appears in pot CQ',
        fix: 'Add allow_multi_pot'
    },
    {
        code: C.MarginalRateInvalid,
        severity: 'error',
        rule: 'V-37',
        title: 'Marginal rate and volume baseline',
        checks: 'A marginal rate is outside [0, 100%], or its baseline is after the first contract year.',
        why: 'A marginal rate reprices volume above a fixed baseline (the emergency tariff paid 30% above '
            + '2008-09); a baseline inside the term moves with the provider\'s own activity.',
        example: 'baseline 2027/28 is after the first year'
    },
    // ── Outcomes ──────────────────────────────────────────────────────────────────────────────
    {
        code: C.OutcomeIncomplete,
        severity: 'error',
        rule: 'V-38',
        title: 'Outcome definition complete',
        checks: 'An outcome lacks a required clause (numerator, denominator or unit, direction, baseline, '
            + 'target, source, weight, scoring).',
        why: 'Each missing part is a settlement input; without it the score cannot be computed and the '
            + 'money linked to it cannot be released.',
        example: 'M4 has no denominator or source'
    },
    {
        code: C.MissingTargetYear,
        severity: 'error',
        rule: 'V-38',
        title: 'Target for every at-risk year',
        checks: 'A year with money at risk has no target for an outcome in the pot.',
        why: 'An outcome without a target in a paying year cannot be scored, so the withhold linked to it '
            + 'is neither earned nor forfeited.',
        example: 'M5 has no target for 2028/29 (withhold 6%)',
        fix: 'Copy the previous year\'s target'
    },
    {
        code: C.WeightsNot100,
        severity: 'error',
        rule: 'V-39',
        title: 'Weights sum to 100%',
        checks: '|Σ weights in a pot − 100%| exceeds 0.01 percentage points, or a weight is not above 0.',
        why: 'The composite score is a weighted mean; weights that do not sum to 100% pay out more or less '
            + 'than the withhold.',
        example: 'Weights in P1 sum to 105% (30 + 20 + 20 + 20 + 15)',
        fix: 'Set the last weight to the remainder'
    },
    {
        code: C.TargetNotImprovement,
        severity: 'error',
        severityNote: 'warning when the target equals the baseline (suppressed by maintain)',
        rule: 'V-40',
        title: 'Target improves on baseline',
        checks: 'A target is worse than the baseline in the outcome\'s direction (error) or equal to it (warning).',
        why: 'Paying for deterioration, or for standing still without saying so, turns an outcome incentive '
            + 'into a block payment.',
        example: 'M3 (lower is better): baseline 9.8, target 10.2'
    },
    {
        code: C.ScoringParameters,
        severity: 'error',
        rule: 'V-41',
        title: 'Scoring parameters ordered',
        checks: 'A linear threshold is not before full in the outcome\'s direction, or tiers are unordered '
            + 'or pay decreasing fractions.',
        why: 'The scoring formula divides by (T1 − T0); reversed parameters pay more for worse results or '
            + 'divide by zero.',
        example: 'M1 threshold 67 ≥ full 63 (higher is better)',
        fix: 'Swap threshold and full'
    },
    {
        code: C.ValueOutOfRange,
        severity: 'error',
        rule: 'V-42',
        title: 'Values within their unit',
        checks: 'A percent value is outside [0, 100], a rate is negative, or a score is outside its scale.',
        why: 'A target no result can reach (112%) is never met, so its money is forfeited whatever the '
            + 'provider does.',
        example: 'target 112 for a percent outcome'
    },
    {
        code: C.UnreliableTarget,
        severity: 'warning',
        rule: 'V-43',
        title: 'Statistical reliability',
        checks: 'The required change is inside the 95% noise band: |T1 − B| < 1.96√(p(1−p)/n) for a '
            + 'proportion, Δevents < 1.96√λ for a rate, or n is below the minimum denominator.',
        why: 'When the target is inside random variation, payment rewards luck rather than performance.',
        example: 'M5 n 41: 5.0 points is inside the noise band ±15.1'
    },
    {
        code: C.ReliabilityNotAssessable,
        severity: 'info',
        rule: 'V-43',
        title: 'Reliability not assessable',
        checks: 'An outcome declares neither `n` nor `events` for its baseline.',
        why: 'Without a denominator size the noise band cannot be computed; reviewers are told the target\'s '
            + 'reliability was not checked.',
        example: 'M2 baseline has no n or events: reliability not assessable'
    },
    {
        code: C.DenominatorOutsidePopulation,
        severity: 'error',
        rule: 'V-44',
        title: 'Denominator within population',
        checks: 'An outcome\'s denominator is not the population or one of its cohorts.',
        why: 'An outcome measured on people outside the contract pays the provider for care it does not give.',
        example: 'M2 denominator AllAdults is wider than Registered'
    },
    {
        code: C.Uncontrollable,
        severity: 'warning',
        rule: 'V-45',
        title: 'Controllability',
        checks: 'All of an outcome\'s drivers are out of scope or commissioner_retained and no gain/loss share covers it.',
        why: 'Paying on outcomes the provider cannot influence is a lottery; in the Integrated Care Pilots '
            + 'emergency admissions rose 2% despite process gains.',
        example: 'M3 drivers [EyeScreening] are all commissioner_retained'
    },
    {
        code: C.UnbalancedPot,
        severity: 'warning',
        rule: 'V-46',
        title: 'Balanced outcome set',
        checks: 'A pot has no clinical outcome or no patient/carer experience measure.',
        why: 'Contracts promise "measurable clinical outcomes and patient satisfaction"; a process-only pot '
            + 'pays for activity, not results.',
        example: 'pot P2 has only process measures'
    },
    {
        code: C.OutcomeTrajectory,
        severity: 'warning',
        rule: 'V-47',
        title: 'Trajectory consistent',
        checks: 'A year\'s target is worse than the previous year\'s.',
        why: 'Targets should move towards the end-of-term goal; a dip is usually a typo or an unrecorded '
            + 'concession.',
        example: 'M1 targets 64, 67, 65'
    },
    // ── Choice, reporting, governance, exit ──────────────────────────────────────────────────
    {
        code: C.ChoiceMissing,
        severity: 'warning',
        severityNote: 'the right required depends on the profile (referral_choice in England, '
            + 'non_network_providers in US profiles); off under commercial_default',
        rule: 'V-48',
        title: 'Patient choice protected',
        checks: 'Referral or elective services are in scope and no `choice` clause protects the profile\'s right.',
        why: 'Patients keep a statutory right to choose where they are referred (England) and MSSP '
            + 'beneficiaries remain free to use other providers; in Bedfordshire MSK patients kept the right '
            + 'to choose any hospital.',
        example: 'no choice clause protects referral_choice for RespClinic (acute_elective)',
        fix: 'Insert a choice clause'
    },
    {
        code: C.ChoiceDefeatingTerm,
        severity: 'warning',
        rule: 'V-49',
        title: 'No choice-defeating terms',
        checks: 'A minimum income or volume guarantee, exclusivity or mandatory routing limits referral to '
            + 'other qualified providers.',
        why: 'Bedfordshire: a minimum income guarantee was refused because it would limit choice.',
        example: 'minimum income guarantee £10,000,000.00 conflicts with choice'
    },
    {
        code: C.EvaluationWeakDesign,
        severity: 'warning',
        rule: 'V-50',
        title: 'Evaluation designed',
        checks: 'The evaluation is not independent or has no comparator.',
        why: 'The Integrated Care Pilots evaluation found emergency admissions rose 2% despite process gains; '
            + 'only a comparator design (difference-in-differences, matched controls) shows that.',
        example: 'evaluation has no comparator'
    },
    {
        code: C.NoImpactMeasures,
        severity: 'info',
        rule: 'V-50',
        title: 'Impact measures beyond payment metrics',
        checks: 'The evaluation names no measures beyond the payment metrics.',
        why: 'Payment metrics are what the provider optimises; independent impact measures catch what the '
            + 'incentive pushes aside.',
        example: 'evaluation measures only the payment outcomes'
    },
    {
        code: C.NoReportingPath,
        severity: 'error',
        rule: 'V-51',
        title: 'Every outcome has a reporting path',
        checks: 'An outcome with a non-national source is covered by no report.',
        why: 'Data that nobody is obliged to produce will not be there at settlement, and the outcome falls '
            + 'back to its missing-data rule.',
        example: 'M6 "carer survey": no report covers it',
        fix: 'Add to a report\'s covers'
    },
    {
        code: C.NoDisputeRoute,
        severity: 'warning',
        rule: 'V-52',
        title: 'Financial dispute route',
        checks: 'Governance has no dispute ladder with a route for financial disputes (expert determination).',
        why: 'Settlement disagreements are certain in outcome contracts; without a route they go to court '
            + 'or stall payment.',
        example: 'no dispute route for settlement disagreements',
        fix: 'Insert a dispute route'
    },
    {
        code: C.NoChangeControl,
        severity: 'info',
        rule: 'V-52',
        title: 'Change control',
        checks: 'Governance has no `variations` clause.',
        why: 'Multi-year contracts need rebasing as population and prices move; without change control '
            + 'every variation is renegotiated from scratch.',
        example: 'no variations clause: how is the contract changed?',
        fix: 'Insert a variations clause'
    },
    {
        code: C.TerminationIncomplete,
        severity: 'warning',
        rule: 'V-53',
        title: 'Termination and exit',
        checks: 'Termination lacks notice, default, exit_plan, exit_costs or partial_year.',
        why: 'UnitingCare\'s termination after 8 months left at least £16m of unfunded costs; exit terms '
            + 'agreed in advance decide who pays them.',
        example: 'no rule for settling withhold on early termination',
        fix: 'Insert the missing clauses'
    },
    {
        code: C.NoStepIn,
        severity: 'warning',
        severityNote: 'info where §5 allows (W/I): step-in as good practice rather than a gap',
        rule: 'V-53',
        title: 'Step-in rights',
        checks: 'Termination has no `step_in` clause.',
        why: 'If the provider fails mid-contract (UnitingCare lasted 8 months), the commissioner needs the '
            + 'right to take over services while patients are still in care.',
        example: 'no step_in right if the provider fails',
        fix: 'Insert step_in'
    },
    {
        code: C.SubcontractInconsistent,
        severity: 'error',
        rule: 'V-54',
        title: 'Subcontracting consistent',
        checks: 'A service\'s `subcontracted by` and the subcontractor\'s `delivers` disagree.',
        why: 'Money and outcomes flow through subcontracts; a one-sided declaration leaves it unclear who '
            + 'delivers, and is paid for, the service.',
        example: 'Spirometry is subcontracted by BreatheWell, which does not deliver it',
        fix: 'Add to delivers'
    },
    {
        code: C.ValueExceedsAllocation,
        severity: 'error',
        rule: 'V-54',
        title: 'Subcontracts within allocation',
        checks: 'Σ subcontract values for services exceeds their allocation.',
        why: 'A prime contractor that promises subcontractors more than the service\'s allocation funds the '
            + 'gap from other services or fails.',
        example: 'Subcontracts £4,820,000.00 exceed £4,500,000.00 allocated'
    },
    {
        code: C.LiabilityPassThrough,
        severity: 'warning',
        rule: 'V-54',
        title: 'Prime contractor stays accountable',
        checks: 'A subcontractor `passes_through outcomes` without `back_to_back`.',
        why: 'The prime contractor remains accountable for outcomes; passing liability down without a '
            + 'matching outcome clause leaves the risk with nobody who can act on it.',
        example: 'BreatheWell passes outcomes through without a back_to_back clause'
    },
    // ── Settlement ────────────────────────────────────────────────────────────────────────────
    {
        code: C.SettleCurrencyMismatch,
        severity: 'error',
        title: 'Actuals currency matches the contract',
        checks: 'The actuals file\'s currency, or a money amount in it, differs from the contract currency.',
        why: 'Settlement arithmetic is in one currency; converting would need an FX rule the contract does '
            + 'not have.',
        example: 'actuals are in USD; contract A_DIAB_NSH_2025 is in GBP'
    },
    {
        code: C.SettleContractMismatch,
        severity: 'error',
        title: 'Actuals belong to the contract',
        checks: 'The actuals file names a different contract.',
        why: 'Settling one contract on another\'s actuals produces a plausible but wrong statement.',
        example: 'actuals are for B_MSK_BED_2025, not A_DIAB_NSH_2025'
    },
    {
        code: C.SettleYearNotInTerm,
        severity: 'error',
        title: 'Settlement year in the term',
        checks: 'The actuals year is not a contract year.',
        why: 'Only contract years have bases, withholds and targets to settle.',
        example: '2031/32 is not a contract year (term 2025-04-01 to 2030-03-31)'
    },
    {
        code: C.SettleUnknownOutcome,
        severity: 'error',
        title: 'Actuals name known outcomes',
        checks: 'An actuals outcome id is not an outcome of the contract.',
        why: 'An unknown id is usually a renamed or mistyped outcome, whose real result is then missing.',
        example: "actuals outcome 'M9' is not an outcome of A_DIAB_NSH_2025"
    },
    {
        code: C.SettleMissingOutcome,
        severity: 'warning',
        title: 'Every outcome has actuals',
        checks: 'An outcome of the settled year has no entry in the actuals.',
        why: 'The outcome is settled by its missing-data fallback (default score 0), which the parties '
            + 'should see rather than discover.',
        example: 'M5 has no actuals: missing_data fallback, score 0'
    },
    {
        code: C.SettleSmallDenominator,
        severity: 'warning',
        title: 'Denominator large enough',
        checks: 'An outcome\'s denominator (or event count) is below its minimum; the minimum_denominator '
            + 'fallback applies.',
        why: 'Small numbers make the score noise (the small-numbers convention: 30 events or 100 patients); '
            + 'the fallback, default neutral, protects both parties.',
        example: 'M4 denominator 62 < 100 patients: score neutral (1.0)'
    },
    {
        code: C.SettleMissingData,
        severity: 'warning',
        title: 'Outcome data complete',
        checks: 'An outcome\'s actuals are marked `dataComplete: false`; the missing_data fallback applies.',
        why: 'Scoring incomplete data would pay on part of the population; the contract\'s fallback '
            + '(default score 0) decides instead, and the statement says so.',
        example: 'M2 data incomplete: missing_data fallback, score 0'
    },
    {
        code: C.SettleInvalidActuals,
        severity: 'error',
        title: 'Actuals well formed',
        checks: 'The actuals file is not valid JSON or does not match the actuals schema.',
        why: 'The statement is only as good as its inputs; a malformed file is rejected rather than guessed at.',
        example: 'actuals: outcomes[2].value must be a decimal string, found 65.4'
    }
];

const BY_CODE: ReadonlyMap<string, CatalogueEntry> = new Map(CATALOGUE.map(entry => [entry.code, entry]));

/** The entry for `code`, or undefined when the catalogue has no such code. */
export function catalogueEntry(code: string): CatalogueEntry | undefined {
    return BY_CODE.get(code);
}
