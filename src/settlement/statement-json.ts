/**
 * The settlement statement of one contract year (LANGUAGE.md §8, `urn:carec:schema:statement:1.0`),
 * mirrored by `schemas/care-statement.schema.json`. Every intermediate value is present so that a
 * reader can redo the arithmetic. Scores and composites are 10-dp strings; money is exact for paid
 * lines (rounded by the contract's rule) and shown to at most 4 dp for intermediate values.
 */
import type {
    BaseKind, CurrencyCode, Fallback, FractionJson, GateMeasure, GateOp, GateTarget, MoneyJson, RoundingMode,
    ScoringMethod, TierJson
} from '../generator/contract-json.js';

/** Root of a statement. */
export interface StatementJson {
    $schema: 'urn:carec:schema:statement:1.0';
    schemaVersion: '1.0.0';
    contract: string;
    year: string;
    currency: CurrencyCode;
    /** Shadow years are settled for information: every flow is 0. */
    shadow: boolean;
    rounding: {
        mode: RoundingMode;
        unit: string;
        applyAt: 'line' | 'total';
        /** Σ line-rounded outcome amounts − total-rounded earned, over all pots. */
        lineVsTotalDifference: MoneyJson;
    };
    bases: BasesJson;
    outcomes: OutcomeStatementJson[];
    pots: PotStatementJson[];
    gates: GateStatementJson[];
    bonuses: BonusStatementJson[];
    sharedSavings: SharedSavingsStatementJson | null;
    corridor: CorridorStatementJson | null;
    marginalRates: MarginalRateStatementJson[];
    penalties: PenaltyStatementJson[];
    flows: FlowJson[];
    net: { toProvider: MoneyJson };
    diagnostics: SettlementDiagnosticJson[];
}

/** Where the base came from: exposure, the stated or computed budget year, or the payment clause. */
export type BaseSource = 'member_months' | 'head_years' | 'stated' | 'computed' | 'payment';

/** Step 1: the year's base (what percentages apply to, and the corridor target on `budget`). */
export interface BasesJson {
    kind: BaseKind;
    source: BaseSource;
    amount: MoneyJson;
    capitation: CapitationBaseJson | null;
    withholds: { pot: string; rate: FractionJson; amount: MoneyJson }[];
}

/** Capitation from exposure: Σ units × rate (÷ 12 for member-months per person per year). */
export interface CapitationBaseJson {
    exposure: {
        kind: 'member_months' | 'head_years';
        total: string;
        tiers: { cohort: string; units: string; rate: MoneyJson; amount: MoneyJson }[];
    };
    /** Σ tier amounts before uplift and pro-rating. */
    subtotal: MoneyJson;
    uplift: FractionJson | null;
    /** days ÷ year days, for head-years in a partial year. */
    partial: FractionJson | null;
    amount: MoneyJson;
}

/** Steps 2–3 for one outcome. `score` is null when the outcome is excluded. */
export interface OutcomeStatementJson {
    id: string;
    pot: string;
    method: ScoringMethod;
    direction: 'higher' | 'lower';
    inputs: {
        value: string | null;
        denominator: number | null;
        dataComplete: boolean;
        baseline: string | null;
        threshold: string | null;
        full: string | null;
        tiers: TierJson[];
        /** value × denominator ÷ 1,000 (or 100,000, or 100) when the minimum counts events. */
        events: string | null;
    };
    fallback: { reason: 'missing_data' | 'small_denominator'; rule: Fallback } | null;
    score: string | null;
    weight: FractionJson;
    /** Weight re-normalised over the pot's non-excluded outcomes. */
    effectiveWeight: FractionJson;
    /** effectiveWeight × score, 10 dp. */
    contribution: string;
    /** round(W × effectiveWeight × score); 0 when the pot fails a must-pass. */
    amount: MoneyJson;
}

/** Steps 4–5 for one pot. */
export interface PotStatementJson {
    id: string;
    withheld: MoneyJson;
    composite: string;
    lineSum: MoneyJson;
    totalRounded: MoneyJson;
    /** lineSum (per line) or totalRounded (per total); 0 when a gate on earned withhold fails. */
    earned: MoneyJson;
    forfeited: MoneyJson;
    mustPassFailed: string[];
    unearned: { rule: 'retained_by_commissioner' | 'reinvested' | 'rolled_over'; purpose: string | null } | null;
}

/** One gate: what it requires, the measured value and whether it passed. */
export interface GateStatementJson {
    target: GateTarget;
    above: FractionJson | null;
    subject: string;
    measure: GateMeasure;
    op: GateOp;
    required: string;
    /** null when the subject had no value (missing or excluded): the gate fails. */
    actual: string | null;
    passed: boolean;
}

/** min(pool × S, cap), unless blocked by a gate or must-pass. */
export interface BonusStatementJson {
    pot: string;
    pool: MoneyJson;
    composite: string;
    cap: MoneyJson | null;
    blocked: boolean;
    amount: MoneyJson;
}

/** The shared savings or losses calculation with every intermediate figure. */
export interface SharedSavingsStatementJson {
    benchmark: MoneyJson;
    /** How the benchmark was obtained, e.g. `£2,950.00 × 12,000 lives × 1.028^2`. */
    benchmarkSource: string;
    expenditure: MoneyJson;
    /** benchmark − expenditure (negative: losses). */
    savings: MoneyJson;
    /** savings ÷ benchmark, 10 dp. */
    rate: FractionJson;
    msr: FractionJson | null;
    mlr: FractionJson | null;
    lives: number | null;
    side: 'savings' | 'losses' | 'none';
    qualifies: boolean;
    shareable: MoneyJson;
    share: FractionJson;
    qualityFactor: string | null;
    cap: MoneyJson | null;
    blocked: boolean;
    /** Shared savings paid to, or shared losses paid by, the provider (≥ 0; see `side`). */
    amount: MoneyJson;
}

/** The risk corridor split of the deviation from target. */
export interface CorridorStatementJson {
    on: 'budget' | 'premium' | 'benchmark';
    target: MoneyJson;
    expenditure: MoneyJson;
    /** expenditure − target (> 0 deficit). */
    deviation: MoneyJson;
    deviationFraction: FractionJson;
    side: 'deficit' | 'surplus' | 'none';
    /** A failed `gate surplus above x%` (or must-pass) sets provider shares beyond x to 0. */
    gatedAbove: FractionJson | null;
    bands: CorridorBandStatementJson[];
    provider: MoneyJson;
    commissioner: MoneyJson;
}

/** One corridor band: the deviation inside it and each party's part. */
export interface CorridorBandStatementJson {
    lo: FractionJson;
    hi: FractionJson | null;
    amountInBand: MoneyJson;
    providerShare: FractionJson;
    provider: MoneyJson;
    commissioner: MoneyJson;
}

/** Volume (or spend) above the baseline repriced at the rate: the provider refunds the rest. */
export interface MarginalRateStatementJson {
    rate: FractionJson;
    unit: 'admissions' | 'attendances' | 'spells' | 'contacts' | 'money';
    baseline: string;
    actual: string;
    excess: string;
    price: MoneyJson | null;
    reduction: MoneyJson;
}

/** One penalty: events × amount, then the yearly cap. */
export interface PenaltyStatementJson {
    title: string;
    events: number;
    amount: MoneyJson;
    per: 'event' | 'month' | 'year';
    uncapped: MoneyJson;
    cap: MoneyJson | null;
    total: MoneyJson;
}

/** What a flow pays for. */
export type FlowKind = 'earned_withhold' | 'bonus' | 'shared_savings' | 'shared_losses' | 'corridor_deficit'
    | 'corridor_surplus' | 'marginal_rate' | 'penalty';

/** One money movement at year end, with its direction; `amount` ≥ 0. */
export interface FlowJson {
    kind: FlowKind;
    item: string;
    from: 'commissioner' | 'provider';
    to: 'commissioner' | 'provider';
    amount: MoneyJson;
}

/** A settlement diagnostic (`settle/*` code), located in the actuals when possible. */
export interface SettlementDiagnosticJson {
    code: string;
    severity: 'error' | 'warning' | 'info';
    message: string;
    /** JSON pointer into the actuals file, when the problem is located there. */
    pointer: string | null;
}
