/**
 * The shared-savings benchmark for the year: the actuals' figure when given, else the contract's
 * `benchmark (MONEY | per_capita MONEY) in YEAR trend x% per year risk_adjusted` grown to the year.
 * Per-capita benchmarks use assigned lives, else exposure (member-months ÷ 12 or head-years), else
 * the population size. Formula benchmarks are pro-rated in a partial year unless exposure measured it.
 */
import type { SharedSavingsJson } from '../generator/contract-json.js';
import { Decimal, ONE, formatNumber, parseDecimal } from '../model/decimal.js';
import type { Money } from '../model/money.js';
import { proRate, yearStart, type SettleContext } from './context.js';
import { toFraction, toMoney } from './json-values.js';

/** The benchmark and a readable account of how it was obtained. */
export interface BenchmarkResult {
    benchmark: Money;
    /** The arithmetic, for the statement. */
    source: string;
}

/** Resolves the year's benchmark. */
export function resolveBenchmark(ctx: SettleContext, clause: SharedSavingsJson): BenchmarkResult {
    if (ctx.actuals.benchmark) {
        return { benchmark: ctx.actuals.benchmark, source: 'actuals' };
    }
    const spec = clause.benchmark;
    const years = Math.max(0, yearStart(ctx.year.label) - yearStart(spec.year));
    const trend = spec.trend ? ONE.plus(toFraction(spec.trend)) : ONE;
    const growth = trend.pow(years);
    const parts: string[] = [];
    let benchmark: Money;
    let measuredByExposure = false;
    if (spec.perCapita) {
        const lives = livesForBenchmark(ctx);
        measuredByExposure = lives.fromExposure;
        benchmark = toMoney(spec.perCapita).times(lives.count);
        parts.push(`${toMoney(spec.perCapita).format()} × ${formatNumber(lives.count)} ${lives.label}`);
    } else if (spec.amount) {
        benchmark = toMoney(spec.amount);
        parts.push(benchmark.format());
    } else {
        ctx.sink.warning('settle/missing-data', 'the benchmark states neither an amount nor a per-capita rate: 0 used', '/benchmark');
        return { benchmark: toMoney({ amount: '0.00', currency: ctx.currency }), source: 'none' };
    }
    benchmark = benchmark.times(growth);
    if (spec.trend) {
        parts.push(`${trend.toString()}^${years}`);
    }
    if (spec.riskAdjusted) {
        const factor = riskFactor(ctx);
        benchmark = benchmark.times(factor);
        parts.push(`risk ${factor.toString()}`);
    }
    if (ctx.partialFraction && !measuredByExposure) {
        benchmark = proRate(ctx, benchmark);
        parts.push(`partial ${ctx.year.partial!.days}/${ctx.year.partial!.yearDays}`);
    }
    return { benchmark, source: parts.join(' × ') };
}

/** Lives for a size-based MSR/MLR: assigned lives, else the population size. */
export function livesForThreshold(ctx: SettleContext): number | null {
    return ctx.actuals.assignedLives ?? ctx.contract.population.size?.count ?? null;
}

function livesForBenchmark(ctx: SettleContext): { count: Decimal; label: string; fromExposure: boolean } {
    const { actuals } = ctx;
    if (actuals.assignedLives !== null) {
        return { count: new Decimal(actuals.assignedLives), label: 'assigned lives', fromExposure: false };
    }
    if (actuals.exposure) {
        const total = [...actuals.exposure.units.values()].reduce((sum, n) => sum.plus(n), new Decimal(0));
        return actuals.exposure.kind === 'member_months'
            ? { count: total.dividedBy(12), label: 'member-years', fromExposure: true }
            : { count: total, label: 'head-years', fromExposure: false };
    }
    return { count: new Decimal(ctx.contract.population.size?.count ?? 0), label: 'population', fromExposure: false };
}

/** riskScore ÷ baseline score, with a positive change capped by `cap_on_change`. */
function riskFactor(ctx: SettleContext): Decimal {
    const score = ctx.actuals.riskScore;
    if (score === null) {
        ctx.sink.warning('settle/missing-data', 'risk-adjusted benchmark but the actuals give no riskScore: factor 1 used', '/riskScore');
        return ONE;
    }
    const risk = ctx.contract.riskAdjustment;
    const baseline = risk?.baselineScore ? parseDecimal(risk.baselineScore.value) : ONE;
    const factor = score.dividedBy(baseline);
    return risk?.capOnChange ? Decimal.min(factor, ONE.plus(toFraction(risk.capOnChange.rate))) : factor;
}
