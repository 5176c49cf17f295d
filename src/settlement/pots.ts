/**
 * §8 steps 4–5: each pot's composite `S = Σ w_i s_i` (weights re-normalised over non-excluded
 * outcomes), must-pass gates, and the earned withhold: `Σ round(W × w_i × s_i)` per line or
 * `round(W × S)` per total. Both roundings are kept so the statement can report the difference.
 */
import { Decimal, ZERO, parseDecimal } from '../model/decimal.js';
import { Money } from '../model/money.js';
import type { WithholdResult } from './bases.js';
import { paid, type SettleContext } from './context.js';
import { toFraction } from './json-values.js';
import type { OutcomeResult } from './outcomes.js';
import { reaches } from './scoring.js';

/** Components a failed `must_pass … blocks X` can block (other than the pot itself). */
export type BlockedComponent = 'shared_savings' | 'bonus' | 'surplus';

/** One outcome's share of its pot. */
export interface PotLine {
    result: OutcomeResult;
    weight: Decimal;
    effectiveWeight: Decimal;
    /** effectiveWeight × score (0 when excluded). */
    contribution: Decimal;
    /** round(W × effectiveWeight × score), 0 when the pot fails a must-pass. */
    amount: Money;
}

/** One settled pot: composite, rounded lines, earned and forfeited withhold. */
export interface PotResult {
    id: string;
    withheld: Money;
    composite: Decimal;
    lines: PotLine[];
    lineSum: Money;
    totalRounded: Money;
    earned: Money;
    forfeited: Money;
    mustPassFailed: string[];
    /** Components blocked by a failed `must_pass … blocks X`. */
    blocks: Set<BlockedComponent>;
}

/** Settles every pot of the contract against its withholds. */
export function settlePots(ctx: SettleContext, outcomes: readonly OutcomeResult[], withholds: readonly WithholdResult[]): PotResult[] {
    return ctx.contract.pots.map(pot => {
        const withheld = withholds.filter(w => w.pot === pot.id).reduce((sum, w) => sum.plus(w.amount), Money.zero(ctx.currency));
        return settlePot(ctx, pot.id, outcomes.filter(o => o.pot === pot.id), withheld);
    });
}

/** Settles one pot (exported for unit tests). */
export function settlePot(ctx: SettleContext, id: string, results: readonly OutcomeResult[], withheld: Money): PotResult {
    const scoredWeight = results.filter(r => r.score !== null).reduce((sum, r) => sum.plus(toFraction(r.outcome.weight)), ZERO);
    const failed = results.filter(mustPassFails);
    const blocks = new Set<BlockedComponent>();
    let zeroesPot = false;
    for (const r of failed) {
        const blocked = r.outcome.mustPass!.blocks;
        if (blocked === 'pot') {
            zeroesPot = true;
        } else {
            blocks.add(blocked);
        }
    }

    const lines = results.map((result): PotLine => {
        const weight = toFraction(result.outcome.weight);
        const effectiveWeight = result.score === null || scoredWeight.isZero() ? ZERO : weight.dividedBy(scoredWeight);
        const contribution = zeroesPot ? ZERO : effectiveWeight.times(result.score ?? ZERO);
        return { result, weight, effectiveWeight, contribution, amount: paid(ctx, withheld.times(contribution)) };
    });
    const composite = lines.reduce((sum, l) => sum.plus(l.contribution), ZERO);
    const lineSum = lines.reduce((sum, l) => sum.plus(l.amount), Money.zero(ctx.currency));
    const totalRounded = paid(ctx, withheld.times(composite));
    const earned = ctx.rounding.applyAt === 'line' ? lineSum : totalRounded;
    return {
        id, withheld, composite, lines, lineSum, totalRounded, earned,
        forfeited: withheld.minus(earned),
        mustPassFailed: failed.map(r => r.outcome.id),
        blocks
    };
}

/** A failed `gate earned_withhold`: nothing is earned back. */
export function withoutEarnings(pot: PotResult): PotResult {
    return { ...pot, earned: Money.zero(pot.withheld.currency), forfeited: pot.withheld };
}

/**
 * `must_pass` fails when the score is 0, or, with `at`, when the achieved value is not at or
 * beyond `at`. A fallback score decides instead of the raw value; excluded outcomes never fail.
 */
export function mustPassFails(r: OutcomeResult): boolean {
    const rule = r.outcome.mustPass;
    if (!rule || r.score === null) {
        return false;
    }
    if (rule.at !== null && r.fallback === null && r.actual !== null) {
        return !reaches(r.actual.value, parseDecimal(rule.at), r.outcome.direction);
    }
    return r.score.isZero();
}
