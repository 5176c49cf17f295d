import { Decimal, HUNDRED, ZERO, sqrt } from './decimal.js';
import type { TargetModel } from './outcome-targets.js';
import type { BaselineModel } from './outcomes.js';

/** z for a two-sided 95% band. */
export const Z95 = new Decimal('1.96');

/** V-43 for one target year: the change the target asks for against the noise of the baseline measurement. */
export interface YearReliability {
    label: string;
    target: TargetModel;
    /** |T1 − B| in the outcome's unit. */
    change: Decimal;
    /** The change in the band's unit: points for a proportion, expected events for a rate (λ × |T1 − B| / B). */
    required: Decimal;
    /** Half-width of the 95% band: 100 × 1.96 √(p(1−p)/n) points, or 1.96 √λ events. */
    band: Decimal;
    /** True when the required change lies inside the band (the target rewards noise). */
    inside: boolean;
}

/**
 * How reliable an outcome's targets are (DOMAIN V-43). A proportion (`unit percent` with `n`) uses the
 * binomial band with p = B/100; anything with `events`, a rate with `n` (λ = B × n / 1,000 or 100,000)
 * and a count (λ = B) use the Poisson band on expected events.
 */
export type ReliabilityModel =
    | { kind: 'proportion'; n: Decimal; p: Decimal; years: YearReliability[] }
    | { kind: 'events'; lambda: Decimal; lambdaSource: 'events' | 'n' | 'count'; years: YearReliability[] }
    | { kind: 'not-assessable'; reason: 'no-baseline' | 'no-size' | 'no-noise-model' | 'zero-baseline' };

const RATE_SCALE: Record<string, Decimal> = { per_1000: new Decimal(1000), per_100000: new Decimal(100000) };

export function assessReliability(unit: string | undefined, baseline: BaselineModel | undefined,
    targets: readonly TargetModel[]): ReliabilityModel {
    const b = baseline?.value;
    if (!baseline || !b) {
        return { kind: 'not-assessable', reason: 'no-baseline' };
    }
    if (unit === 'percent' && baseline.n && !baseline.events) {
        return proportion(b, baseline.n, targets);
    }
    const lambda = expectedEvents(unit, b, baseline);
    if (!lambda) {
        const sized = baseline.n !== undefined || baseline.events !== undefined;
        return { kind: 'not-assessable', reason: sized || unit === 'score' ? 'no-noise-model' : 'no-size' };
    }
    if (b.isZero()) {
        return { kind: 'not-assessable', reason: 'zero-baseline' };
    }
    const band = Z95.times(sqrt(lambda.value));
    const years = targets.filter(t => t.goal).map(t => {
        const change = t.goal!.minus(b).abs();
        const required = lambda.value.times(change).dividedBy(b.abs());
        return { label: t.label, target: t, change, required, band, inside: required.lessThan(band) };
    });
    return { kind: 'events', lambda: lambda.value, lambdaSource: lambda.source, years };
}

function proportion(b: Decimal, n: Decimal, targets: readonly TargetModel[]): ReliabilityModel {
    const p = b.dividedBy(HUNDRED);
    const band = n.isZero() ? ZERO : HUNDRED.times(Z95).times(sqrt(p.times(p.negated().plus(1)).abs().dividedBy(n)));
    const years = targets.filter(t => t.goal).map(t => {
        const change = t.goal!.minus(b).abs();
        return { label: t.label, target: t, change, required: change, band, inside: change.lessThan(band) };
    });
    return { kind: 'proportion', n, p, years };
}

function expectedEvents(unit: string | undefined, b: Decimal, baseline: BaselineModel): { value: Decimal; source: 'events' | 'n' | 'count' } | undefined {
    if (baseline.events) {
        return { value: baseline.events, source: 'events' };
    }
    const scale = unit ? RATE_SCALE[unit] : undefined;
    if (scale && baseline.n) {
        return { value: b.times(baseline.n).dividedBy(scale), source: 'n' };
    }
    if (unit === 'count' && !b.isNegative()) {
        return { value: b, source: 'count' };
    }
    return undefined;
}

/**
 * A band or change as messages show it: three significant figures, at most two decimals
 * (±0.65, ±1.46, ±28.7, ±12.1 as in LANGUAGE.md §4).
 */
export function formatBand(value: Decimal): string {
    const sd = value.isZero() ? value : value.toSignificantDigits(3, Decimal.ROUND_HALF_UP);
    const dp = Math.min(2, Math.max(0, sd.decimalPlaces()));
    return value.toFixed(dp, Decimal.ROUND_HALF_UP);
}

/** A required change as messages show it: one decimal (5.0 points, 39.3 events), two below 1. */
export function formatChange(value: Decimal): string {
    return value.toFixed(value.abs().lessThan(1) && !value.isZero() ? 2 : 1, Decimal.ROUND_HALF_UP);
}
