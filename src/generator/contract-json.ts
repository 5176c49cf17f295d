/**
 * The typed `carec build` document (LANGUAGE.md §7), mirrored key for key by
 * `schemas/care-contract.schema.json`. Keys are declared in schema order because the generator
 * emits them in that order. Money is `MoneyJson`, percents are `FractionJson` (percent ÷ 100),
 * metric values are decimal strings in the outcome's unit, counts are integers, references are
 * declared names. Optional clauses are `null` when absent, repeated clauses `[]`.
 */

// ---------------------------------------------------------------------------------------------
// Shared value types
// ---------------------------------------------------------------------------------------------

/** Currencies a contract may use (`currency GBP|USD|EUR`). */
export type CurrencyCode = 'GBP' | 'USD' | 'EUR';

/** `{"amount": "17712240.00", "currency": "GBP"}`: a decimal string, 2 dp (rates up to 4). */
export interface MoneyJson {
    amount: string;
    currency: CurrencyCode;
}

/** A percent as its exact fraction: `6%` → `{"fraction": "0.06"}`. */
export interface FractionJson {
    fraction: string;
}

/** A half-open date interval `[start, end)`, dates `YYYY-MM-DD`. */
export interface PeriodJson {
    start: string;
    end: string;
}

/** A half-open age interval in whole years; `hi: null` is unbounded (`18+`). */
export interface AgeJson {
    lo: number;
    hi: number | null;
}

/** Duration units, always plural in JSON. */
export type DurationUnit = 'hours' | 'days' | 'working_days' | 'weeks' | 'months' | 'years';

/** `45 days` → `{"value": 45, "unit": "days"}`; the unit is always plural. */
export interface DurationJson {
    value: number;
    unit: DurationUnit;
}

/** Source position of the declaration or clause an object was built from (`--source-map`). */
export interface LocJson {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}

/** Mixed into every object built from a declaration or clause. */
export interface Located {
    $loc?: LocJson;
}

/** A contract year label: `2026/27` or `PY2026`. */
export type YearLabelJson = string;

/** How paid lines are rounded (`rounding half_up|half_even`). */
export type RoundingMode = 'half_up' | 'half_even';
/** What a payment base or percentage applies to. */
export type BaseKind = 'capitation' | 'block' | 'fee_for_service' | 'cost_per_case' | 'contract_value';
/** Payment frequencies. */
export type Frequency = 'monthly' | 'quarterly' | 'annually';
/** Decision rules of alliances and boards (`decides unanimously | by majority | by consensus`). */
export type Decides = 'unanimously' | 'majority' | 'consensus';

// ---------------------------------------------------------------------------------------------
// Root
// ---------------------------------------------------------------------------------------------

/** The root of a `carec build` document. */
export interface ContractJson {
    $schema: 'urn:carec:schema:contract:1.0';
    schemaVersion: '1.0.0';
    generator: { name: string; version: string };
    source: { file: string; sha256: string };
    contract: ContractHeaderJson;
    policy: PolicyJson;
    parties: PartiesJson;
    term: TermJson;
    population: PopulationJson;
    cohorts: CohortJson[];
    riskAdjustment: RiskAdjustmentJson | null;
    services: ServicesJson;
    budget: BudgetJson;
    payment: PaymentJson;
    pots: PotJson[];
    choice: ChoiceJson | null;
    reporting: ReportingJson | null;
    evaluation: EvaluationJson | null;
    governance: GovernanceJson | null;
    termination: TerminationJson | null;
    /** Warnings and infos only: a document is never built with errors (unless `unchecked`). */
    diagnostics: ContractDiagnosticJson[];
    /** Present (and `true`) only when built with `--force` despite errors. */
    unchecked?: true;
}

/** The contract header: identity, status, jurisdiction, form, currency and rounding. */
export interface ContractHeaderJson extends Located {
    id: string;
    title: string | null;
    doc: string | null;
    /** Variation number. */
    version: number;
    status: 'draft' | 'agreed' | 'signed' | 'varied' | 'terminated';
    jurisdiction: 'england' | 'scotland' | 'wales' | 'us_medicare' | 'us_medicaid' | 'us_commercial' | 'other';
    form: 'lead_provider' | 'prime_contractor' | 'alliance' | 'integrated_care_provider' | 'pooled_budget_s75'
        | 'aco_shared_savings' | 'capitated_risk' | 'block_plus_outcomes';
    currency: CurrencyCode;
    rounding: RoundingJson;
}

/** `rounding half_up to 0.01 per line` → `{mode: 'half_up', unit: '0.01', applyAt: 'line'}`. */
export interface RoundingJson {
    mode: RoundingMode;
    unit: string;
    applyAt: 'line' | 'total';
}

/** A policy value: counts as integers, plain numbers as decimal strings, percents, money. */
export type PolicyValueJson = number | string | FractionJson | MoneyJson;

/** The policy profile in effect, every parameter and the overrides with their reasons. */
export interface PolicyJson extends Located {
    profile: string;
    /** Every parameter in effect (defaults merged with overrides), by name. */
    parameters: Record<string, PolicyValueJson>;
    overrides: PolicyOverrideJson[];
}

/** One `policy … { parameter value because "reason" }` override. */
export interface PolicyOverrideJson extends Located {
    parameter: string;
    value: PolicyValueJson;
    reason: string;
}

// ---------------------------------------------------------------------------------------------
// Parties and term
// ---------------------------------------------------------------------------------------------

/** All parties by role. */
export interface PartiesJson {
    commissioners: PartyJson[];
    provider: PartyJson | null;
    alliance: AllianceJson | null;
    /** Member providers of an alliance (form alliance), in declaration order. */
    providers: PartyJson[];
    subcontractors: PartyJson[];
}

/** One party; clauses it does not state are `null`/`false`/`[]`. */
export interface PartyJson extends Located {
    id: string;
    title: string | null;
    doc: string | null;
    kind: 'pct' | 'ccg' | 'icb' | 'nhs_england' | 'local_authority' | 'cms' | 'state_medicaid' | 'health_plan' | 'employer' | null;
    lead: boolean;
    legalForm: 'nhs_trust' | 'nhs_foundation_trust' | 'llp' | 'company' | 'cic' | 'charity' | 'gp_federation'
        | 'aco_llc' | 'local_authority' | null;
    statutory: boolean;
    nhsBody: boolean;
    stepIn: boolean;
    security: { kind: SecurityKind; amount: MoneyJson | null } | null;
    delivers: string[];
    /** `value MONEY per year`. */
    value: MoneyJson | null;
    vat: 'exempt' | 'recoverable' | 'borne_by_provider' | 'borne_by_commissioner' | 'not_applicable' | null;
    paid: 'tariff' | 'block' | 'cost_per_case' | 'capitation' | null;
    /** `minimum_income_guarantee MONEY per year`. */
    minimumIncomeGuarantee: MoneyJson | null;
    passesThrough: { backToBack: boolean } | null;
}

/** Kinds of financial security (`security …`). */
export type SecurityKind = 'statutory_body' | 'parent_company_guarantee' | 'performance_bond' | 'letter_of_credit'
    | 'risk_reserve' | 'none';

/** An `alliance` of member parties with their risk shares. */
export interface AllianceJson extends Located {
    id: string;
    title: string | null;
    members: { party: string; riskShare: FractionJson }[];
    decides: Decides | null;
    leadershipTeam: string | null;
}

/** The `term` with its contract years. */
export interface TermJson extends Located {
    /** `2025-04-01 to 2030-03-31` → `[2025-04-01, 2030-04-01)`. */
    period: PeriodJson;
    yearKind: 'april_to_march' | 'calendar';
    runOff: DurationJson | null;
    mobilisation: PeriodJson | null;
    years: ContractYearJson[];
    extensions: { duration: DurationJson; notice: DurationJson }[];
    reviews: { year: YearLabelJson; text: string }[];
}

/** One contract year within the term. */
export interface ContractYearJson {
    label: YearLabelJson;
    /** The part of the year inside the term. */
    period: PeriodJson;
    shadow: boolean;
    partial: PartialYearJson | null;
}

/** A year cut by the term: `fraction` = `days / yearDays` (exact arithmetic uses the two counts). */
export interface PartialYearJson {
    proRata: 'days' | 'member_months';
    fraction: FractionJson;
    days: number;
    yearDays: number;
}

// ---------------------------------------------------------------------------------------------
// Population, cohorts, risk adjustment
// ---------------------------------------------------------------------------------------------

/** How a population is defined (`basis …`). */
export type PopulationBasis = 'registered_list' | 'resident' | 'enrolled' | 'assigned_prospective'
    | 'assigned_retrospective' | 'register' | 'referred';

/** A `size N as_at DATE source "…"` clause. */
export interface SizeJson {
    count: number;
    asAt: string | null;
    source: string | null;
}

/** An `exclude basis "text" capitation_adjusted?` clause. */
export interface ExclusionJson extends Located {
    basis: 'scope' | 'geography' | 'age' | 'registration' | 'care_setting' | 'condition' | 'utilisation' | 'cost' | 'risk_score';
    text: string;
    capitationAdjusted: boolean;
}

/** How joiners and leavers are paid (`changes pro_rata member_months recount every 1 January`). */
export interface ChangesJson {
    rule: 'pro_rata' | 'none';
    basis: 'member_months' | 'days' | null;
    /** `recount every 1 January` → `{day: 1, month: 'January'}`. */
    recount: { day: number; month: string } | null;
}

/** A `partition` of a population or cohort into member cohorts. */
export interface PartitionJson extends Located {
    id: string;
    exhaustive: boolean;
    /** Member cohort names, in order; each also appears in `cohorts`. */
    members: string[];
    /** Σ member sizes when every member states one. */
    sizeTotal: number | null;
}

/** The contract's one `population`. */
export interface PopulationJson extends Located {
    id: string;
    title: string | null;
    doc: string | null;
    basis: PopulationBasis | null;
    age: AgeJson;
    size: SizeJson | null;
    geography: string | null;
    register: string | null;
    criteria: string | null;
    /** `growth PERCENT per year`. */
    growth: FractionJson | null;
    exposure: 'head_years' | 'member_months' | null;
    reconcile: 'monthly' | 'quarterly' | 'annually' | null;
    exclusions: ExclusionJson[];
    changes: ChangesJson | null;
    partitions: PartitionJson[];
}

/** A cohort or partition member; `partition` names the partition it belongs to. */
export interface CohortJson extends Located {
    id: string;
    title: string | null;
    doc: string | null;
    parent: string;
    /** Effective interval: its own, else inherited from the parent. */
    age: AgeJson;
    size: SizeJson | null;
    basis: PopulationBasis | null;
    geography: string | null;
    register: string | null;
    criteria: string | null;
    partition: string | null;
    partitions: PartitionJson[];
    changes: ChangesJson | null;
    growth: FractionJson | null;
    exposure: 'head_years' | 'member_months' | null;
    reconcile: 'monthly' | 'quarterly' | 'annually' | null;
    exclusions: ExclusionJson[];
}

/** The `risk_adjustment` method and its clauses. */
export interface RiskAdjustmentJson extends Located {
    method: 'none' | 'age_sex' | 'needs_formula' | 'hcc' | 'acg' | 'custom' | 'tiered_capitation';
    stopLoss: { attachment: MoneyJson; commissionerShare: FractionJson; aggregateCap: MoneyJson | null } | null;
    capOnChange: { rate: FractionJson; per: 'year' | 'agreement_period' } | null;
    truncation: { percentile: string } | null;
    recalculation: 'annually' | 'agreement_period' | null;
    baselineScore: { value: string; normalisation: string | null } | null;
    codingIntensity: FractionJson | null;
    purpose: 'capitation_rate' | 'benchmark' | 'outcome_adjustment' | null;
}

// ---------------------------------------------------------------------------------------------
// Services
// ---------------------------------------------------------------------------------------------

/** Service categories (`category …`). */
export type ServiceCategory = 'primary_medical' | 'community_health' | 'mental_health' | 'acute_elective'
    | 'acute_non_elective' | 'urgent_care' | 'diagnostics' | 'prescribing' | 'social_care_domiciliary'
    | 'social_care_residential' | 'continuing_healthcare' | 'voluntary_sector' | 'public_health';

/** The `services` block: services, pathways, mechanisms and exclusions from scope. */
export interface ServicesJson extends Located {
    integration: 'vertical' | 'horizontal' | 'both' | null;
    items: ServiceJson[];
    pathways: PathwayJson[];
    mechanisms: ('single_point_of_access' | 'mdt' | 'shared_care_record' | 'care_coordinators' | 'case_management')[];
    outOfScope: string[];
}

/** One `service` and how it is provided. */
export interface ServiceJson extends Located {
    id: string;
    title: string | null;
    doc: string | null;
    category: ServiceCategory | null;
    provision: 'direct' | 'direct_and_subcontracted' | 'subcontracted' | 'commissioner_retained' | null;
    subcontractors: string[];
    /** False only for `commissioner_retained`. */
    inScope: boolean;
    priced: 'national_prices' | 'local_prices' | 'block' | null;
    baselineSpend: { amount: MoneyJson; year: YearLabelJson } | null;
}

/** A `pathway` of ordered stages. */
export interface PathwayJson extends Located {
    id: string;
    title: string | null;
    stages: StageJson[];
}

/** One pathway `stage`. */
export interface StageJson extends Located {
    id: string;
    title: string | null;
    services: string[];
    entry: string | null;
    exit: string | null;
    access: { text: string; within: DurationJson } | null;
    choiceAtReferral: boolean;
}

// ---------------------------------------------------------------------------------------------
// Budget
// ---------------------------------------------------------------------------------------------

/** The `budget` block. */
export interface BudgetJson extends Located {
    capitation: CapitationJson | null;
    years: BudgetYearJson[];
    baselineSpend: BaselineSpendJson | null;
    pooled: PooledBudgetJson | null;
    allocations: AllocationJson[];
    savingsPlan: SavingsPlanEntryJson[];
}

/** `capitation per person per year { T1 £520.00 … }` with its arithmetic. */
export interface CapitationJson extends Located {
    unit: 'person_per_year' | 'member_per_month';
    /** Σ tier counts. */
    count: number;
    /** annualTotal ÷ count, per person per year (up to 4 dp). */
    blendedRate: MoneyJson;
    tiers: CapitationTierJson[];
    /** Σ tier annual amounts. */
    annualTotal: MoneyJson;
}

/** One capitation tier: cohort size × rate. */
export interface CapitationTierJson extends Located {
    cohort: string;
    /** Latest recount (the cohort's size). */
    count: number;
    rate: MoneyJson;
    /** count × rate (× 12 per member per month). */
    annual: MoneyJson;
}

/** `year 2026/27 £17,712,240.00 uplift 0%` or `year 2027/28 capitation uplift cpi less 1.1%`. */
export interface BudgetYearJson extends Located {
    year: YearLabelJson;
    basis: 'amount' | 'capitation';
    stated: MoneyJson | null;
    /** Capitation × (1 + uplift), pro-rated for a partial year; null without capitation or index value. */
    computed: MoneyJson | null;
    /** stated − computed, when both exist. */
    difference: MoneyJson | null;
    uplift: UpliftJson | null;
    /** False for formula years until settlement. */
    final: boolean;
}

/** Either a stated rate or an index, optionally less the efficiency factor or a percent. */
export interface UpliftJson {
    rate: FractionJson | null;
    index: 'national_cost_uplift' | 'cpi' | 'gdp_deflator' | null;
    less: 'efficiency_factor' | FractionJson | null;
}

/** `baseline_spend MONEY in YEAR growth x% per year`, with the affordability check it feeds. */
export interface BaselineSpendJson extends Located {
    amount: MoneyJson;
    year: YearLabelJson;
    growth: FractionJson | null;
    /** First contract year's budget against the grown baseline; `gap` = budget ÷ grown − 1. */
    affordability: { year: YearLabelJson; growthAdjusted: MoneyJson; gap: FractionJson } | null;
}

/** Who bears a pooled budget's over- or underspend. */
export type PoolRule = 'in_proportion' | 'host_bears' | 'provider_bears' | 'by_agreement';

/** A `pooled_budget` (e.g. section 75) with its contributions. */
export interface PooledBudgetJson extends Located {
    id: string | null;
    title: string | null;
    host: string | null;
    poolManager: string | null;
    aligned: boolean;
    contributions: { party: string; amount: MoneyJson; year: YearLabelJson | null; share: FractionJson | null }[];
    overspend: PoolRule | null;
    underspend: PoolRule | null;
}

/** `allocations 2026/27 exhaustive { … }`; `year: null` is `each year`. */
export interface AllocationJson extends Located {
    year: YearLabelJson | null;
    exhaustive: boolean;
    items: { service: string; amount: MoneyJson }[];
    reserves: { id: string; title: string | null; amount: MoneyJson }[];
    total: MoneyJson;
}

/** One `savings_plan` line: year, amount, description. */
export interface SavingsPlanEntryJson extends Located {
    year: YearLabelJson;
    amount: MoneyJson;
    text: string;
}

// ---------------------------------------------------------------------------------------------
// Payment
// ---------------------------------------------------------------------------------------------

/** The `payment` block: base, withholds, incentives, reconciliation and penalties. */
export interface PaymentJson extends Located {
    base: PaymentBaseJson | null;
    withholds: WithholdJson[];
    bonuses: BonusJson[];
    sharedSavings: SharedSavingsJson | null;
    corridor: CorridorJson | null;
    marginalRates: MarginalRateJson[];
    gates: GateJson[];
    unearned: { rule: 'retained_by_commissioner' | 'reinvested' | 'rolled_over'; purpose: string | null } | null;
    penalties: PenaltyJson[];
    settle: { after: DurationJson } | null;
}

/** `base capitation paid monthly`; `amount` is `MONEY per year` when stated. */
export interface PaymentBaseJson extends Located {
    kind: BaseKind;
    amount: MoneyJson | null;
    frequency: Frequency | 'per_claim';
}

/** A `withhold of Base into Pot` with its yearly rates. */
export interface WithholdJson extends Located {
    pot: string;
    base: BaseKind;
    cashTiming: 'withheld_then_released' | 'paid_in_advance_with_clawback' | 'paid_in_arrears';
    years: WithholdYearJson[];
}

/** One year of a withhold, with the amount per outcome. */
export interface WithholdYearJson {
    year: YearLabelJson;
    rate: FractionJson;
    /** rate × the year's budget; indicative (final false) for formula years. */
    amount: MoneyJson | null;
    final: boolean;
    /** (budget − withheld) ÷ 12 when paid monthly. */
    monthlyPayment: MoneyJson | null;
    perOutcome: { outcome: string; weight: FractionJson; amount: MoneyJson | null }[];
}

/** `bonus (MONEY per year | PERCENT of BaseKind) into Pot (cap …)?`: `amount` xor `rate`+`base`. */
export interface BonusJson extends Located {
    pot: string;
    amount: MoneyJson | null;
    rate: FractionJson | null;
    base: BaseKind | null;
    cap: { amount: MoneyJson | null; rate: FractionJson | null; base: BaseKind | null } | null;
}

/** MSR or MLR: a fixed fraction or the size-based table (LANGUAGE.md §8). */
export interface ThresholdJson {
    kind: 'fixed' | 'size_based';
    rate: FractionJson | null;
}

/** The `shared_savings` clause (benchmark model). */
export interface SharedSavingsJson extends Located {
    /** `benchmark MONEY in YEAR` (`amount`) or `benchmark per_capita MONEY in YEAR` (`perCapita`). */
    benchmark: {
        amount: MoneyJson | null;
        perCapita: MoneyJson | null;
        year: YearLabelJson;
        trend: FractionJson | null;
        riskAdjusted: boolean;
    };
    /** Default `one_sided`. */
    sided: 'one_sided' | 'two_sided';
    msr: ThresholdJson | null;
    mlr: ThresholdJson | null;
    /** Default `first_dollar`. */
    basis: 'first_dollar' | 'above_threshold';
    savingsShare: FractionJson;
    lossShare: FractionJson | null;
    /** `savings_cap PERCENT of benchmark`. */
    savingsCap: FractionJson | null;
    lossCaps: { rate: FractionJson; of: 'benchmark' | 'revenue' }[];
    qualityScaling: boolean;
}

/** A corridor `band lo to hi provider p` (fractions of the target). */
export interface CorridorBandJson {
    lo: FractionJson;
    /** null for `band above x%`. */
    hi: FractionJson | null;
    providerShare: FractionJson;
}

/** For `symmetric` corridors `deficit` and `surplus` hold the same bands. */
export interface CorridorJson extends Located {
    on: 'budget' | 'premium' | 'benchmark';
    symmetric: boolean;
    deficit: CorridorBandJson[];
    surplus: CorridorBandJson[];
}

/** `marginal_rate 30% above 1,850 admissions in 2025/26 rebase annually`. */
export interface MarginalRateJson extends Located {
    rate: FractionJson;
    above: {
        count: number | null;
        unit: 'admissions' | 'attendances' | 'spells' | 'contacts' | null;
        amount: MoneyJson | null;
    };
    year: YearLabelJson;
    rebase: 'annually' | 'at_review' | 'never' | null;
}

/** Components a `gate` can block. */
export type GateTarget = 'surplus' | 'shared_savings' | 'bonus' | 'earned_withhold';
/** What a gate measures on its subject. */
export type GateMeasure = 'composite' | 'score' | 'value';
/** Gate comparison operators. */
export type GateOp = '>=' | '>' | '<=' | '<';

/**
 * `gate surplus above 2% requires P1 composite >= 0.50`. `value` is a decimal string on the
 * measure's scale: composite and score 0–1 (a written percent is divided by 100), value in the
 * outcome's unit.
 */
export interface GateJson extends Located {
    target: GateTarget;
    above: FractionJson | null;
    subject: string;
    measure: GateMeasure;
    op: GateOp;
    value: string;
}

/** `penalty "Late data submission" £5,000.00 per event cap £50,000.00 per year`. */
export interface PenaltyJson extends Located {
    title: string;
    amount: MoneyJson;
    per: 'event' | 'month' | 'year';
    /** Per year. */
    cap: MoneyJson | null;
}

// ---------------------------------------------------------------------------------------------
// Pots and outcomes
// ---------------------------------------------------------------------------------------------

/** A `pot` of weighted outcomes. */
export interface PotJson extends Located {
    id: string;
    title: string | null;
    doc: string | null;
    weightTotal: FractionJson;
    outcomes: OutcomeJson[];
}

/** Units of an outcome's metric values. */
export type OutcomeUnit = 'percent' | 'per_1000' | 'per_100000' | 'score' | 'count' | 'days' | 'mmol_mol' | 'money';
/** Outcome scoring methods (LANGUAGE.md §8 step 3). */
export type ScoringMethod = 'linear' | 'all_or_nothing' | 'relative_improvement' | 'tiered';
/** What a data check falls back to: score 1, score 0, or exclusion with re-weighting. */
export type Fallback = 'neutral' | 'zero' | 'exclude';

/** `12 pays 50%` → `{level: '12', payout: {fraction: '0.5'}}`. */
export interface TierJson {
    level: string;
    payout: FractionJson;
}

/** One `outcome` with everything needed to score it each year. */
export interface OutcomeJson extends Located {
    id: string;
    title: string | null;
    doc: string | null;
    /** `Library.Metric` when the outcome `uses` one. */
    uses: string | null;
    type: 'outcome' | 'process' | 'access' | 'experience' | 'proms' | 'utilisation' | 'cost' | 'equity' | null;
    domain: string | null;
    definition: string | null;
    numerator: string | null;
    denominator: string | null;
    exclusions: string | null;
    unit: OutcomeUnit;
    scale: { lo: string; hi: string } | null;
    direction: 'higher' | 'lower';
    /** `tiers`: the default of `scoring tiered { … }`, else []. */
    scoring: { method: ScoringMethod; tiers: TierJson[] };
    weight: FractionJson;
    baseline: BaselineJson | null;
    baselineSource: string | null;
    targets: TargetJson[];
    window: { kind: 'contract_year' | 'rolling'; duration: DurationJson | null };
    source: { name: string; national: boolean; lag: DurationJson } | null;
    /** The outcome's own rule, else the policy's (`fromPolicy`) with fallback `neutral`. */
    minimumDenominator: { value: number; unit: 'patients' | 'events'; fallback: Fallback; fromPolicy: boolean };
    /** Default `zero`. */
    missingData: Fallback;
    mustPass: { at: string | null; blocks: 'pot' | 'shared_savings' | 'bonus' | 'surplus' } | null;
    drivers: string[];
    allowMultiPot: boolean;
}

/** `baseline 41.0 in 2022/23 to 2024/25 events 38`. */
export interface BaselineJson {
    value: string;
    year: YearLabelJson;
    toYear: YearLabelJson | null;
    period: PeriodJson;
    n: number | null;
    events: number | null;
}

/** One year's target; `tiers` are the year's own or the scoring default (tiered only). */
export interface TargetJson extends Located {
    year: YearLabelJson;
    threshold: string | null;
    full: string | null;
    stretch: string | null;
    tiers: TierJson[];
    maintain: boolean;
    /** The measurement window for the year. */
    measurement: PeriodJson;
}

// ---------------------------------------------------------------------------------------------
// Choice, reporting, evaluation, governance, termination, diagnostics
// ---------------------------------------------------------------------------------------------

/** The `choice` statement with the rights it protects and the terms it forbids. */
export interface ChoiceJson extends Located {
    text: string;
    protects: ('referral_choice' | 'any_qualified_provider' | 'non_network_providers' | 'opt_out' | 'data_sharing_objection')[];
    forbids: ('exclusivity' | 'minimum_income_guarantee' | 'mandatory_routing' | 'volume_guarantee')[];
}

/** The `reporting` block. */
export interface ReportingJson extends Located {
    reports: ReportJson[];
    audit: { frequency: 'annually' | 'quarterly'; match: FractionJson | null } | null;
}

/** One `report`: frequency, due date and the outcomes it covers. */
export interface ReportJson extends Located {
    id: string;
    title: string | null;
    every: 'month' | 'quarter' | 'year';
    due: DurationJson;
    covers: string[];
    dataset: string | null;
}

/** The `evaluation` clause. */
export interface EvaluationJson extends Located {
    independent: boolean;
    by: string | null;
    design: 'difference_in_differences' | 'randomised' | 'matched_controls' | 'interrupted_time_series' | 'before_after' | null;
    comparator: string | null;
    baseline: { year: YearLabelJson; toYear: YearLabelJson | null } | null;
    measures: string[];
}

/** The `governance` block. */
export interface GovernanceJson extends Located {
    boards: BoardJson[];
    variations: { agreedBy: 'all_parties' | 'board'; rebaseAbove: FractionJson | null } | null;
    disputes: { step: 'negotiation' | 'mediation' | 'expert_determination' | 'arbitration' | 'courts'; duration: DurationJson | null }[];
}

/** One `board` and its membership. */
export interface BoardJson extends Located {
    id: string | null;
    title: string;
    meets: 'monthly' | 'quarterly' | 'annually';
    decides: Decides | null;
    quorum: number | null;
    members: string[];
    also: string[];
}

/** The `termination` block. */
export interface TerminationJson extends Located {
    notice: { duration: DurationJson; after: YearLabelJson | null } | null;
    defaultRemedy: DurationJson | null;
    stepIn: boolean;
    exitPlan: boolean;
    financialDistress: { forecastDeficitAbove: FractionJson } | null;
    exitCosts: { bearer: 'defaulting_party' | 'commissioner' | 'provider'; otherwiseShared: FractionJson | null } | null;
    partialYear: { proRata: 'last_complete_quarter' | 'days' | 'member_months' } | null;
}

/** A warning or info that survived the build; `range` is 1-based. */
export interface ContractDiagnosticJson {
    code: string;
    severity: 'warning' | 'info';
    /** `V-43`, or null for rules outside the V-catalogue. */
    rule: string | null;
    message: string;
    range: { line: number; column: number; endLine: number; endColumn: number } | null;
}
