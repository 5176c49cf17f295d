/**
 * §8 steps 2–3 for each outcome: data checks (missing data, minimum denominator) with the
 * contract's fallbacks, then the score. An excluded outcome has score `null` and is left out of
 * its pot's composite, whose weights are re-normalised.
 */
import type { Fallback, OutcomeJson, OutcomeUnit, TargetJson } from '../generator/contract-json.js';
import { Decimal, ONE, ZERO, formatNumber, parseDecimal } from '../model/decimal.js';
import type { OutcomeActual } from './actuals.js';
import type { SettleContext } from './context.js';
import { toFraction } from './json-values.js';
import { ScoringParameterError, scoreValue, type ScoringRule } from './scoring.js';

/** One outcome after data checks and scoring. */
export interface OutcomeResult {
    outcome: OutcomeJson;
    pot: string;
    actual: OutcomeActual | null;
    /** The year's target as written (null when the year has none). */
    target: TargetJson | null;
    rule: ScoringRule;
    /** Events implied by a rate when the minimum counts events. */
    events: Decimal | null;
    fallback: { reason: 'missing_data' | 'small_denominator'; rule: Fallback } | null;
    /** null when excluded. */
    score: Decimal | null;
}

/** Per-unit divisor turning `value × denominator` into an event count. */
const EVENT_SCALE: Partial<Record<OutcomeUnit, number>> = { percent: 100, per_1000: 1000, per_100000: 100000 };

/** Scores every outcome of every pot for the context's year. */
export function scoreOutcomes(ctx: SettleContext): OutcomeResult[] {
    const byId = new Map(ctx.actuals.outcomes.map(o => [o.id, o]));
    return ctx.contract.pots.flatMap(pot => pot.outcomes.map(outcome => scoreOne(ctx, pot.id, outcome, byId.get(outcome.id) ?? null)));
}

function scoreOne(ctx: SettleContext, pot: string, outcome: OutcomeJson, actual: OutcomeActual | null): OutcomeResult {
    const target = outcome.targets.find(t => t.year === ctx.year.label) ?? null;
    const rule = ruleFor(outcome, target ?? undefined);
    const result: OutcomeResult = { outcome, pot, actual, target, rule, events: null, fallback: null, score: null };
    const id = outcome.id;

    if (actual === null) {
        ctx.sink.warning('settle/missing-outcome',
            `${id} has no actual for ${ctx.year.label}: missing_data ${describeFallback(outcome.missingData)}`, '/outcomes');
        return withFallback(result, 'missing_data', outcome.missingData);
    }
    if (!actual.dataComplete) {
        ctx.sink.warning('settle/missing-data',
            `${id} data incomplete: missing_data ${describeFallback(outcome.missingData)}`, `${actual.pointer}/dataComplete`);
        return withFallback(result, 'missing_data', outcome.missingData);
    }
    const small = smallDenominator(outcome, actual);
    result.events = small.events;
    if (small.message) {
        const fallback = outcome.minimumDenominator.fallback;
        ctx.sink.warning('settle/small-denominator', `${id} ${small.message}: ${describeFallback(fallback)}`, `${actual.pointer}/denominator`);
        return withFallback(result, 'small_denominator', fallback);
    }
    try {
        result.score = scoreValue(rule, actual.value);
    } catch (e) {
        if (!(e instanceof ScoringParameterError)) {
            throw e;
        }
        ctx.sink.warning('settle/missing-data', `${id} has no ${e.message} for ${ctx.year.label}: score 0`, null);
        result.score = ZERO;
    }
    return result;
}

/** The scoring rule for a year; a year without a target leaves its parameters null. */
export function ruleFor(outcome: OutcomeJson, target: TargetJson | undefined): ScoringRule {
    const tiers = target && target.tiers.length > 0 ? target.tiers : outcome.scoring.tiers;
    return {
        method: outcome.scoring.method,
        direction: outcome.direction,
        baseline: outcome.baseline ? parseDecimal(outcome.baseline.value) : null,
        threshold: target?.threshold ? parseDecimal(target.threshold) : null,
        full: target?.full ? parseDecimal(target.full) : null,
        tiers: tiers.map(t => ({ level: parseDecimal(t.level), payout: toFraction(t.payout) }))
    };
}

/** The minimum-denominator check: patients compare the denominator, events the implied count. */
function smallDenominator(outcome: OutcomeJson, actual: OutcomeActual): { events: Decimal | null; message: string | null } {
    const minimum = outcome.minimumDenominator;
    if (minimum.unit === 'patients') {
        const message = actual.denominator < minimum.value
            ? `denominator ${formatNumber(new Decimal(actual.denominator))} < ${formatNumber(new Decimal(minimum.value))} patients`
            : null;
        return { events: null, message };
    }
    const scale = EVENT_SCALE[outcome.unit];
    const events = scale !== undefined
        ? actual.value.times(actual.denominator).dividedBy(scale)
        : new Decimal(actual.numerator ?? 0);
    const arithmetic = scale !== undefined
        ? ` (${formatNumber(actual.value)} × ${formatNumber(new Decimal(actual.denominator))} / ${formatNumber(new Decimal(scale))})`
        : '';
    const message = events.lessThan(minimum.value)
        ? `events ${formatNumber(events.toDecimalPlaces(2))}${arithmetic} < ${formatNumber(new Decimal(minimum.value))} events`
        : null;
    return { events, message };
}

function withFallback(result: OutcomeResult, reason: 'missing_data' | 'small_denominator', rule: Fallback): OutcomeResult {
    result.fallback = { reason, rule };
    result.score = rule === 'neutral' ? ONE : rule === 'zero' ? ZERO : null;
    return result;
}

/** `score neutral (1.0)`, `score zero (0.0)`, `excluded, weights re-normalised`. */
function describeFallback(rule: Fallback): string {
    switch (rule) {
        case 'neutral':
            return 'score neutral (1.0)';
        case 'zero':
            return 'score zero (0.0)';
        case 'exclude':
            return 'excluded, weights re-normalised';
    }
}
