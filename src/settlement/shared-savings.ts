/**
 * Shared savings and losses against a benchmark (§8 step 6, DOMAIN §4.4). `savings = benchmark −
 * expenditure`, `rate = savings / benchmark`. At or above the MSR the provider gets
 * `min(shareable × share × quality, cap × benchmark)`; in a two-sided model, at or beyond the MLR
 * it pays `min(shareable loss × loss share, loss caps)`; in between nothing is shared.
 */
import type { SharedSavingsJson, ThresholdJson } from '../generator/contract-json.js';
import { Decimal, ONE, ZERO } from '../model/decimal.js';
import { Money } from '../model/money.js';
import { minMoney, toFraction } from './json-values.js';
import { sizeBasedRate } from './msr-table.js';

/** Year figures the shared-savings calculation needs beyond the contract clause. */
export interface SharedSavingsInputs {
    benchmark: Money;
    expenditure: Money;
    /** Assigned lives for a size-based MSR/MLR. */
    lives: number | null;
    /** The quality composite used when `quality_scaling` is on. */
    quality: Decimal;
    providerRevenue: Money | null;
    /** A failed gate or must-pass blocks shared savings (never shared losses). */
    blocked: boolean;
    round: (m: Money) => Money;
}

/** Every intermediate figure of the shared-savings calculation. */
export interface SharedSavingsResult {
    benchmark: Money;
    expenditure: Money;
    savings: Money;
    rate: Decimal;
    msr: Decimal | null;
    mlr: Decimal | null;
    side: 'savings' | 'losses' | 'none';
    qualifies: boolean;
    shareable: Money;
    share: Decimal;
    qualityFactor: Decimal | null;
    cap: Money | null;
    blocked: boolean;
    /** Rounded; paid to the provider (savings) or by it (losses). */
    amount: Money;
}

/** Resolves an MSR/MLR clause to a fraction; size-based needs the lives (0% without). */
export function thresholdRate(threshold: ThresholdJson | null, lives: number | null): Decimal | null {
    if (threshold === null) {
        return null;
    }
    if (threshold.kind === 'size_based') {
        return lives === null ? null : sizeBasedRate(lives);
    }
    return threshold.rate ? toFraction(threshold.rate) : null;
}

/** Computes shared savings or losses for the year. */
export function computeSharedSavings(clause: SharedSavingsJson, inputs: SharedSavingsInputs): SharedSavingsResult {
    const { benchmark, expenditure } = inputs;
    const currency = benchmark.currency;
    const savings = benchmark.minus(expenditure);
    const rate = benchmark.isZero() ? ZERO : savings.amount.dividedBy(benchmark.amount);
    const msr = thresholdRate(clause.msr, inputs.lives);
    const twoSided = clause.sided === 'two_sided';
    // An undeclared MLR mirrors the MSR (symmetric corridor, as MSSP requires).
    const mlr = twoSided ? thresholdRate(clause.mlr, inputs.lives) ?? msr : null;
    const aboveThreshold = clause.basis === 'above_threshold';
    const none: SharedSavingsResult = {
        benchmark, expenditure, savings, rate, msr, mlr, side: 'none', qualifies: false, shareable: Money.zero(currency),
        share: ZERO, qualityFactor: null, cap: null, blocked: false, amount: Money.zero(currency)
    };

    if (savings.amount.isPositive() && !savings.isZero() && rate.greaterThanOrEqualTo(msr ?? ZERO)) {
        const shareable = aboveThreshold ? savings.minus(benchmark.times(msr ?? ZERO)) : savings;
        const share = toFraction(clause.savingsShare);
        const qualityFactor = clause.qualityScaling ? inputs.quality : null;
        const cap = clause.savingsCap ? benchmark.times(toFraction(clause.savingsCap)) : null;
        const raw = shareable.times(share).times(qualityFactor ?? ONE);
        const amount = inputs.blocked ? Money.zero(currency) : inputs.round(cap ? minMoney(raw, cap) : raw);
        return { ...none, side: 'savings', qualifies: true, shareable, share, qualityFactor, cap, blocked: inputs.blocked, amount };
    }
    if (twoSided && savings.amount.isNegative() && rate.negated().greaterThanOrEqualTo(mlr ?? ZERO)) {
        const loss = savings.times(new Decimal(-1));
        const shareable = aboveThreshold ? loss.minus(benchmark.times(mlr ?? ZERO)) : loss;
        const share = clause.lossShare ? toFraction(clause.lossShare) : ONE.minus(toFraction(clause.savingsShare));
        const cap = lossCap(clause, benchmark, inputs.providerRevenue);
        const raw = shareable.times(share);
        const amount = inputs.round(cap ? minMoney(raw, cap) : raw);
        return { ...none, side: 'losses', qualifies: true, shareable, share, cap, amount };
    }
    return none;
}

/** The tightest loss cap: each `x% of benchmark` or `x% of revenue` (revenue caps need the revenue). */
function lossCap(clause: SharedSavingsJson, benchmark: Money, revenue: Money | null): Money | null {
    const caps = clause.lossCaps.flatMap(c => {
        const base = c.of === 'benchmark' ? benchmark : revenue;
        return base ? [base.times(toFraction(c.rate))] : [];
    });
    return caps.length === 0 ? null : caps.reduce(minMoney);
}
