import { isPayment } from '../language/generated/ast.js';
import type {
    BonusModel, CorridorBandModel, CorridorModel, GateModel, MarginalRateModel, PenaltyModel, RateThresholdModel, SharedSavingsModel,
    WithholdModel, WithholdYearModel
} from '../model/payment.js';
import type {
    BaseKind, BonusJson, CorridorBandJson, CorridorJson, GateJson, MarginalRateJson, PaymentBaseJson, PaymentJson, PenaltyJson,
    SharedSavingsJson, ThresholdJson, WithholdJson, WithholdYearJson
} from './contract-json.js';
import { located, type GenerateContext } from './generate-context.js';
import {
    countJson, decimalString, durationJson, fractionString, moneyJson, optionalMoney, optionalPercent, percentJson, writtenNumber
} from './json-values.js';

/** `payment {base, withholds, bonuses, sharedSavings, corridor, marginalRates, gates, unearned, penalties, settle}`. */
export function generatePayment(ctx: GenerateContext): PaymentJson {
    const payment = ctx.model.payment;
    const node = ctx.model.contract.members.find(isPayment);
    const after = payment.settle?.after;
    return located(ctx, node, {
        base: paymentBaseJson(ctx),
        withholds: payment.withholds.map(w => withholdJson(ctx, w)),
        bonuses: payment.bonuses.map(b => bonusJson(ctx, b)),
        sharedSavings: payment.sharedSavings ? sharedSavingsJson(ctx, payment.sharedSavings) : null,
        corridor: payment.corridor ? corridorJson(ctx, payment.corridor) : null,
        marginalRates: payment.marginalRates.flatMap(m => marginalRateJson(ctx, m)),
        gates: payment.gates.flatMap(g => gateJson(ctx, g)),
        unearned: payment.unearned ? { rule: payment.unearned.rule, purpose: payment.unearned.purpose ?? null } : null,
        penalties: payment.penalties.flatMap(p => penaltyJson(ctx, p)),
        settle: after ? { after: durationJson(after) } : null
    });
}

function paymentBaseJson(ctx: GenerateContext): PaymentBaseJson | null {
    const base = ctx.model.payment.base;
    if (!base) {
        return null;
    }
    return located(ctx, base.node, {
        kind: base.kind as BaseKind,
        amount: optionalMoney(base.amount),
        frequency: base.frequency
    });
}

function withholdJson(ctx: GenerateContext, withhold: WithholdModel): WithholdJson {
    return located(ctx, withhold.node, {
        pot: withhold.node.pot.$refText,
        base: withhold.base as BaseKind,
        cashTiming: withhold.cash,
        years: withhold.years.flatMap(y => withholdYearJson(ctx, withhold, y))
    });
}

/**
 * One phase of a withhold: amount, monthly payment and per-outcome split as the model computed them.
 * The monthly payment is shown only when the base is paid monthly.
 */
function withholdYearJson(ctx: GenerateContext, withhold: WithholdModel, year: WithholdYearModel): WithholdYearJson[] {
    if (!year.rate) {
        return [];
    }
    const monthly = (ctx.model.payment.base?.frequency ?? 'monthly') === 'monthly';
    const split = year.perOutcome.length > 0
        ? year.perOutcome.map(p => ({ outcome: p.outcome.name, weight: percentJson(p.weight), amount: optionalMoney(p.amount) }))
        : (withhold.pot?.outcomes ?? []).flatMap(o => o.weight ? [{ outcome: o.name, weight: percentJson(o.weight), amount: null }] : []);
    return [{
        year: year.label,
        rate: percentJson(year.rate),
        amount: optionalMoney(year.amount),
        final: year.final,
        monthlyPayment: monthly ? optionalMoney(year.monthlyPayment) : null,
        perOutcome: split
    }];
}

function bonusJson(ctx: GenerateContext, bonus: BonusModel): BonusJson {
    const cap = bonus.cap;
    return located(ctx, bonus.node, {
        pot: bonus.node.pot.$refText,
        amount: optionalMoney(bonus.amount),
        rate: optionalPercent(bonus.rate),
        base: (bonus.base ?? null) as BaseKind | null,
        cap: cap ? { amount: optionalMoney(cap.amount), rate: optionalPercent(cap.rate), base: (cap.base ?? null) as BaseKind | null } : null
    });
}

/** Null while the benchmark or savings share is unreadable (only in an unchecked build). */
function sharedSavingsJson(ctx: GenerateContext, savings: SharedSavingsModel): SharedSavingsJson | null {
    const benchmark = savings.benchmark;
    const savingsShare = savings.savingsShare?.rate;
    if (!benchmark?.stated || !benchmark.yearLabel || !savingsShare) {
        return null;
    }
    return located(ctx, savings.node, {
        benchmark: {
            amount: benchmark.perCapita ? null : moneyJson(benchmark.stated),
            perCapita: benchmark.perCapita ? moneyJson(benchmark.stated) : null,
            year: benchmark.yearLabel.label,
            trend: optionalPercent(benchmark.trend),
            riskAdjusted: benchmark.riskAdjusted
        },
        sided: savings.sided,
        msr: thresholdJson(savings.msr),
        mlr: thresholdJson(savings.mlr),
        basis: savings.basis,
        savingsShare: percentJson(savingsShare),
        lossShare: optionalPercent(savings.lossShare?.rate),
        savingsCap: optionalPercent(savings.savingsCap?.rate),
        lossCaps: savings.lossCaps.flatMap(c => c.rate ? [{ rate: percentJson(c.rate), of: c.of }] : []),
        qualityScaling: savings.qualityScaling
    });
}

/** A fixed MSR/MLR, or `size_based` with the rate the table gives at the population's size (indicative: settlement reads assigned lives). */
function thresholdJson(threshold: RateThresholdModel | undefined): ThresholdJson | null {
    return threshold ? { kind: threshold.kind, rate: optionalPercent(threshold.rate) } : null;
}

/** Both lists are filled for a symmetric corridor: the model applies the one list to each side. */
function corridorJson(ctx: GenerateContext, corridor: CorridorModel): CorridorJson {
    return located(ctx, corridor.node, {
        on: corridor.on,
        symmetric: corridor.symmetric,
        deficit: corridor.deficit.flatMap(bandJson),
        surplus: corridor.surplus.flatMap(bandJson)
    });
}

function bandJson(band: CorridorBandModel): CorridorBandJson[] {
    if (!band.lo || !band.share) {
        return [];
    }
    return [{ lo: percentJson(band.lo), hi: band.open ? null : optionalPercent(band.hi), providerShare: percentJson(band.share) }];
}

function marginalRateJson(ctx: GenerateContext, marginal: MarginalRateModel): MarginalRateJson[] {
    if (!marginal.rate) {
        return [];
    }
    return [located(ctx, marginal.node, {
        rate: percentJson(marginal.rate),
        above: {
            count: marginal.volume ? countJson(marginal.volume) : null,
            unit: marginal.unit ?? null,
            amount: optionalMoney(marginal.value)
        },
        year: marginal.label,
        rebase: marginal.rebase ?? null
    })];
}

/**
 * `value` is on the measure's scale: a number as written; a percent on a composite or score as the model's
 * fraction (`60%` → `0.60`), on a value as its number (`60%` → `60`).
 */
function gateJson(ctx: GenerateContext, gate: GateModel): GateJson[] {
    if (!gate.threshold) {
        return [];
    }
    const value = gate.node.number !== undefined ? writtenNumber(gate.node.number)
        : gate.measure === 'value' ? decimalString(gate.threshold) : fractionString(gate.threshold);
    return [located(ctx, gate.node, {
        target: gate.target,
        above: optionalPercent(gate.above),
        subject: gate.node.subject.$refText,
        measure: gate.measure,
        op: gate.op,
        value
    })];
}

function penaltyJson(ctx: GenerateContext, penalty: PenaltyModel): PenaltyJson[] {
    if (!penalty.amount) {
        return [];
    }
    return [located(ctx, penalty.node, {
        title: penalty.title,
        amount: moneyJson(penalty.amount),
        per: penalty.per,
        cap: optionalMoney(penalty.cap)
    })];
}
