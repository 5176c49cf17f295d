/**
 * The actuals file of one contract year (LANGUAGE.md §8, `urn:carec:schema:actuals:1.0`),
 * mirrored by `schemas/care-actuals.schema.json`. Metric values and head-years are decimal
 * strings; member-months, denominators, lives and events are integers.
 */
import type { CurrencyCode, FractionJson, MoneyJson } from '../generator/contract-json.js';

/** Root of an actuals file. */
export interface ActualsJson {
    $schema?: 'urn:carec:schema:actuals:1.0';
    /** The contract id it settles. */
    contract: string;
    year: string;
    currency: CurrencyCode;
    /** Absent: the stated (or computed) year amount is the base. */
    exposure?: ExposureJson;
    expenditure: MoneyJson;
    /** Overrides the contract's benchmark formula. */
    benchmark?: MoneyJson;
    /** Current risk score, for a `risk_adjusted` benchmark. */
    riskScore?: string;
    /** Assigned lives, for a size-based MSR/MLR and a per-capita benchmark. */
    assignedLives?: number;
    /** Published uplift for the year (net of any efficiency factor), for index-linked budget years. */
    uplift?: FractionJson;
    /** Participant revenue for a `loss_cap … of revenue`; null when not applicable. */
    providerRevenue?: MoneyJson | null;
    outcomes: OutcomeActualJson[];
    /** Volumes for `marginal_rate … above N admissions`. */
    activity?: ActivityJson[];
    penalties: PenaltyActualJson[];
}

/** Exactly one of the two: member-months per tier (integers) or head-years (decimal strings). */
export type ExposureJson = { memberMonths: Record<string, number> } | { headYears: Record<string, string> };

/** One outcome's achieved value for the year. */
export interface OutcomeActualJson {
    id: string;
    /** Achieved value in the outcome's unit, e.g. `"65.4"`. */
    value: string;
    denominator: number;
    numerator?: number;
    dataComplete: boolean;
}

/** Activity of one unit, for a volume marginal rate. */
export interface ActivityJson {
    unit: 'admissions' | 'attendances' | 'spells' | 'contacts';
    count: number;
    /** Average price per unit, repriced at the marginal rate above the baseline. */
    price: MoneyJson;
}

/** Number of events (months, years) of a contract penalty, matched by title. */
export interface PenaltyActualJson {
    title: string;
    events: number;
}
