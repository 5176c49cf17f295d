/**
 * Conversions from model values to the JSON value types of LANGUAGE.md §7. Display only: every figure
 * arrives computed by the semantic model; these functions choose how it is written, never what it is.
 */
import type { AstNode } from 'langium';
import type { AgeJson, DurationJson, FractionJson, LocJson, MoneyJson, PeriodJson } from './contract-json.js';
import { toPlain, type Decimal } from '../model/decimal.js';
import type { DurationValue } from '../model/duration.js';
import type { Money, Percent } from '../model/money.js';
import type { Period } from '../model/period.js';
import type { AgeInterval } from '../model/population.js';

/** Paid amounts carry 2 dp; rates may carry up to 4; unrounded intermediates are shown to 4. */
const MONEY_MAX_DP = 4;
/** Fractions are exact unless they do not terminate (a partial year's days ÷ year days). */
const FRACTION_MAX_DP = 10;
/** `30%` is `"0.30"`, as §7 shows weights; `6%` `"0.06"`, `3.5%` `"0.035"`. */
const FRACTION_MIN_DP = 2;

/** `{"amount": "17712240.00", "currency": "GBP"}`. */
export function moneyJson(money: Money): MoneyJson {
    const amount = money.amount.decimalPlaces() > MONEY_MAX_DP ? money.amount.toDecimalPlaces(MONEY_MAX_DP) : money.amount;
    return { amount: toPlain(amount, 2), currency: money.currency };
}

/** `moneyJson`, or null when the model has no amount. */
export function optionalMoney(money: Money | undefined): MoneyJson | null {
    return money ? moneyJson(money) : null;
}

/** A percent as its exact fraction: `6%` → `{"fraction": "0.06"}`. */
export function percentJson(percent: Percent): FractionJson {
    return fractionJson(percent.fraction);
}

/** `percentJson`, or null when the clause is absent. */
export function optionalPercent(percent: Percent | undefined): FractionJson | null {
    return percent ? percentJson(percent) : null;
}

/** A fraction (already divided by 100) as a decimal string with at least 2 decimals. */
export function fractionJson(fraction: Decimal): FractionJson {
    return { fraction: fractionString(fraction) };
}

/** The decimal string of `fractionJson`. */
export function fractionString(fraction: Decimal): string {
    const shown = fraction.decimalPlaces() > FRACTION_MAX_DP ? fraction.toDecimalPlaces(FRACTION_MAX_DP) : fraction;
    return toPlain(shown, FRACTION_MIN_DP);
}

/** A plain decimal as a string without exponent or grouping: `62`, `0.5`. */
export function decimalString(value: Decimal): string {
    return toPlain(value);
}

/** A metric value exactly as the author wrote it, without thousands commas: `62.0`, `9.8`, `1200`. */
export function writtenNumber(text: string): string {
    return text.replace(/,/g, '');
}

/** `writtenNumber`, or null when absent. */
export function optionalWritten(text: string | undefined): string | null {
    return text === undefined ? null : writtenNumber(text);
}

/** A whole count (sizes, n, events) as a JSON integer. */
export function countJson(value: Decimal): number {
    return value.toNumber();
}

/** `countJson`, or null when absent. */
export function optionalCount(value: Decimal | undefined): number | null {
    return value ? countJson(value) : null;
}

/** A half-open period `{start, end}`. */
export function periodJson(period: Period): PeriodJson {
    return { start: period.start.toString(), end: period.end.toString() };
}

/** A half-open age interval; a node that states no age is `[0, ∞)`. */
export function ageJson(age: AgeInterval | undefined): AgeJson {
    return age ? { lo: age.lo, hi: age.hi } : { lo: 0, hi: null };
}

/** `45 days` → `{"value": 45, "unit": "days"}`. */
export function durationJson(duration: DurationValue): DurationJson {
    return { value: duration.value, unit: duration.unit };
}

/** `durationJson`, or null when absent or malformed. */
export function optionalDuration(duration: DurationValue | undefined): DurationJson | null {
    return duration ? durationJson(duration) : null;
}

/** The 1-based source range of a node (end column exclusive, as diagnostics report it). */
export function locJson(node: AstNode, file: string): LocJson | undefined {
    const range = node.$cstNode?.range;
    if (!range) {
        return undefined;
    }
    return {
        file,
        line: range.start.line + 1,
        column: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1
    };
}
