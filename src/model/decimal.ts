import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The one decimal type of carec: 34 significant digits, half-even for intermediate quotients
 * (LANGUAGE.md §8). No JavaScript number ever holds money, a rate or a metric value.
 */
export const Decimal = DecimalJs.clone({
    precision: 34,
    rounding: DecimalJs.ROUND_HALF_EVEN,
    toExpNeg: -40,
    toExpPos: 40
});
export type Decimal = DecimalJs;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

export type RoundingMode = 'half_up' | 'half_even';

/** Parses a literal as written (`17,712,240.00`, `-1.1`), dropping thousands commas. */
export function parseDecimal(text: string): Decimal {
    return new Decimal(text.replace(/,/g, ''));
}

/** Rounds to a multiple of `unit` (e.g. 0.01) with the given mode. */
export function roundTo(value: Decimal, unit: Decimal, mode: RoundingMode): Decimal {
    const rounding = mode === 'half_up' ? Decimal.ROUND_HALF_UP : Decimal.ROUND_HALF_EVEN;
    return value.dividedBy(unit).toDecimalPlaces(0, rounding).times(unit);
}

/** Number of decimal places as written in a literal (`520.00` → 2). */
export function writtenDecimalPlaces(text: string): number {
    const dot = text.indexOf('.');
    return dot < 0 ? 0 : text.length - dot - 1;
}

/** Fixed-point string with at least `minDp` decimals, no exponent, no grouping: `17712240.00`. */
export function toPlain(value: Decimal, minDp = 0): string {
    const dp = Math.max(minDp, value.decimalPlaces());
    return value.toFixed(dp);
}

/** Groups the integer part with commas: `17712240.00` → `17,712,240.00`. */
export function groupDigits(plain: string): string {
    const negative = plain.startsWith('-');
    const body = negative ? plain.slice(1) : plain;
    const [int = '', frac] = body.split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return (negative ? '-' : '') + grouped + (frac !== undefined ? '.' + frac : '');
}

/** A count or plain number for people: `21,840`, `9.8`. */
export function formatNumber(value: Decimal, minDp = 0): string {
    return groupDigits(toPlain(value, minDp));
}
