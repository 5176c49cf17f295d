/**
 * §8 step 3 / DOMAIN §4.2: pure scoring functions, each returning a score in [0, 1]. `A` is the
 * achieved value, `B` the baseline, `T0` the threshold and `T1` the full target, all in the
 * outcome's unit; direction says whether higher or lower values are better.
 */
import type { ScoringMethod } from '../generator/contract-json.js';
import { Decimal, ONE, ZERO } from '../model/decimal.js';
import { clamp01 } from './json-values.js';

/** Which way is better for an outcome. */
export type Direction = 'higher' | 'lower';

/** A tier: reaching `level` pays `payout` (a fraction of the weight). */
export interface Tier {
    level: Decimal;
    payout: Decimal;
}

/** Everything a scoring method may need for one outcome-year. */
export interface ScoringRule {
    method: ScoringMethod;
    direction: Direction;
    baseline: Decimal | null;
    threshold: Decimal | null;
    full: Decimal | null;
    tiers: Tier[];
}

/** Thrown when the rule lacks a parameter its method needs (e.g. linear without a threshold). */
export class ScoringParameterError extends Error {}

/** Linear: ↑ `clamp((A − T0)/(T1 − T0))`, ↓ `clamp((T0 − A)/(T0 − T1))`. */
export function linearScore(achieved: Decimal, threshold: Decimal, full: Decimal, direction: Direction): Decimal {
    if (threshold.equals(full)) {
        // A zero-width band degenerates to all-or-nothing at the target.
        return allOrNothingScore(achieved, full, direction);
    }
    return direction === 'higher'
        ? clamp01(achieved.minus(threshold).dividedBy(full.minus(threshold)))
        : clamp01(threshold.minus(achieved).dividedBy(threshold.minus(full)));
}

/** All-or-nothing: 1 when ↑ `A ≥ T1` or ↓ `A ≤ T1`, else 0. */
export function allOrNothingScore(achieved: Decimal, full: Decimal, direction: Direction): Decimal {
    return reaches(achieved, full, direction) ? ONE : ZERO;
}

/** Tiered: the payout of the highest tier reached (↑ `A ≥ level`, ↓ `A ≤ level`), else 0. */
export function tieredScore(achieved: Decimal, tiers: readonly Tier[], direction: Direction): Decimal {
    // Payouts are non-decreasing towards better levels, so the best reached tier pays the most.
    return tiers
        .filter(t => reaches(achieved, t.level, direction))
        .reduce((best, t) => Decimal.max(best, t.payout), ZERO);
}

/** Relative improvement: linear with `T0 = B`. */
export function relativeImprovementScore(achieved: Decimal, baseline: Decimal, full: Decimal, direction: Direction): Decimal {
    return linearScore(achieved, baseline, full, direction);
}

/** Scores one achieved value under a rule; throws `ScoringParameterError` when a parameter is missing. */
export function scoreValue(rule: ScoringRule, achieved: Decimal): Decimal {
    switch (rule.method) {
        case 'linear':
            return linearScore(achieved, need(rule.threshold, 'threshold'), need(rule.full, 'full'), rule.direction);
        case 'all_or_nothing':
            return allOrNothingScore(achieved, need(rule.full, 'full'), rule.direction);
        case 'tiered':
            if (rule.tiers.length === 0) {
                throw new ScoringParameterError('tiers');
            }
            return tieredScore(achieved, rule.tiers, rule.direction);
        case 'relative_improvement':
            return relativeImprovementScore(achieved, need(rule.baseline, 'baseline'), need(rule.full, 'full'), rule.direction);
    }
}

/** Whether `achieved` is at or beyond `level` in the better direction. */
export function reaches(achieved: Decimal, level: Decimal, direction: Direction): boolean {
    return direction === 'higher' ? achieved.greaterThanOrEqualTo(level) : achieved.lessThanOrEqualTo(level);
}

function need(value: Decimal | null, name: string): Decimal {
    if (value === null) {
        throw new ScoringParameterError(name);
    }
    return value;
}
