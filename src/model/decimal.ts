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

/**
 * Remembers the values of the most recent distinct texts. Literals repeat throughout a contract (years,
 * rates, targets), and the values are immutable, so one parse serves every occurrence.
 */
export function memoizeByText<T>(read: (text: string) => T, capacity = 20_000): (text: string) => T {
    let cache = new Map<string, T>();
    return text => {
        if (cache.has(text)) {
            return cache.get(text) as T;
        }
        const value = read(text);
        if (cache.size >= capacity) {
            cache = new Map();
        }
        cache.set(text, value);
        return value;
    };
}

/** Parses a literal as written (`17,712,240.00`, `-1.1`), dropping thousands commas. */
export const parseDecimal: (text: string) => Decimal = memoizeByText(text => new Decimal(text.replace(/,/g, '')));

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

/**
 * √x to `Decimal.precision` significant digits, rounded half-even: the value `x.sqrt()` returns (decimal.js
 * rounds square roots correctly), computed with one integer square root instead of its Newton iterations
 * at rising precision, which made the noise bands of V-43 the costliest figure of a large contract.
 */
export function sqrt(x: Decimal): Decimal {
    if (!x.isFinite() || x.isZero() || x.isNegative()) {
        return x.sqrt();
    }
    const precision = Decimal.precision;
    // x = coefficient × 10^exponent, the coefficient a whole number.
    const [mantissa = '', exponentText = '0'] = x.toExponential().split('e');
    const digits = mantissa.replace('.', '');
    let exponent = Number(exponentText) - (digits.length - 1);
    let coefficient = BigInt(digits);
    if (exponent % 2 !== 0) {
        coefficient *= 10n;
        exponent -= 1;
    }
    // Scale so that the integer root has at least precision + 2 digits.
    const wanted = 2 * (precision + 2);
    const scale = Math.max(0, Math.ceil((wanted - coefficient.toString().length) / 2));
    const n = coefficient * 10n ** BigInt(2 * scale);
    const root = integerSqrt(n);
    const exact = root * root === n;
    const rootDigits = root.toString().length;
    const dropped = rootDigits - precision;
    const unit = 10n ** BigInt(dropped);
    let kept = root / unit;
    const remainder = root % unit;
    const half = unit / 2n;
    if (remainder > half || (remainder === half && (!exact || kept % 2n === 1n))) {
        kept += 1n;
    }
    return new Decimal(`${kept}e${dropped + exponent / 2 - scale}`);
}

/** ⌊√n⌋ for a positive integer: Newton's method on integers, from just above the root as a double estimates it. */
function integerSqrt(n: bigint): bigint {
    const length = n.toString().length;
    // The leading 15 or 16 digits are exact in a double; the shift is even so that its root is a power of ten.
    const shift = Math.max(0, length - 15) + (Math.max(0, length - 15) % 2);
    const lead = Number(n / 10n ** BigInt(shift));
    let x = (BigInt(Math.ceil(Math.sqrt(lead))) + 1n) * 10n ** BigInt(shift / 2);
    for (;;) {
        const next = (x + n / x) / 2n;
        if (next >= x) {
            return x;
        }
        x = next;
    }
}
