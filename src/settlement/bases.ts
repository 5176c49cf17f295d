/**
 * §8 step 1: the year's base and the withholds on it. Capitation comes from exposure when the
 * actuals give it (member-months are already part-year; head-years are pro-rated for a partial
 * year), else from the stated (or computed) budget year; block and other bases use the payment's
 * `MONEY per year` pro-rated, else the budget year.
 */
import type { BaseKind, BudgetYearJson, CapitationJson } from '../generator/contract-json.js';
import { Decimal, ONE, ZERO } from '../model/decimal.js';
import { Money } from '../model/money.js';
import type { Exposure } from './actuals.js';
import { paid, proRate, type SettleContext } from './context.js';
import { fractionJson, moneyJson, toFraction, toMoney } from './json-values.js';
import type { BaseSource, CapitationBaseJson } from './statement-json.js';

/** The base and its provenance. */
export interface BaseResult {
    kind: BaseKind;
    source: BaseSource;
    /** Rounded: capitation due is itself a paid line. */
    amount: Money;
    capitation: CapitationBaseJson | null;
}

/** One withhold for the year: `W = round(rate × base)`. */
export interface WithholdResult {
    pot: string;
    rate: Decimal;
    amount: Money;
}

/** Fixes the year's base (§8 step 1). */
export function computeBase(ctx: SettleContext): BaseResult {
    const { contract, actuals } = ctx;
    const capitation = contract.budget.capitation;
    const kind: BaseKind = contract.payment.base?.kind ?? (capitation ? 'capitation' : 'block');
    const budgetYear = contract.budget.years.find(y => y.year === ctx.year.label);

    if (kind === 'capitation' && capitation && actuals.exposure) {
        const detail = capitationFromExposure(ctx, capitation, actuals.exposure, upliftFor(ctx, budgetYear));
        return { kind, source: actuals.exposure.kind, amount: toMoney(detail.amount), capitation: detail };
    }
    const paymentAmount = contract.payment.base?.amount;
    if (kind !== 'capitation' && paymentAmount) {
        return { kind, source: 'payment', amount: paid(ctx, proRate(ctx, toMoney(paymentAmount))), capitation: null };
    }
    if (budgetYear?.stated) {
        return { kind, source: 'stated', amount: toMoney(budgetYear.stated), capitation: null };
    }
    if (budgetYear?.computed) {
        return { kind, source: 'computed', amount: toMoney(budgetYear.computed), capitation: null };
    }
    ctx.sink.error('settle/no-budget',
        `${contract.contract.id} has no budget for ${ctx.year.label} and the actuals give no exposure to compute it`, '/exposure');
    ctx.sink.throwIfErrors();
    throw new Error('unreachable');
}

/** The withholds of the year, one per `withhold` clause; a year not listed has rate 0. */
export function computeWithholds(ctx: SettleContext, base: Money): WithholdResult[] {
    return ctx.contract.payment.withholds.map(w => {
        const entry = w.years.find(y => y.year === ctx.year.label);
        const rate = entry ? toFraction(entry.rate) : ZERO;
        return { pot: w.pot, rate, amount: paid(ctx, base.times(rate)) };
    });
}

/** The uplift for the year: the actuals' published figure, else the contract's stated rate, else 0. */
function upliftFor(ctx: SettleContext, budgetYear: BudgetYearJson | undefined): Decimal | null {
    if (ctx.actuals.uplift) {
        return ctx.actuals.uplift;
    }
    const uplift = budgetYear?.uplift;
    if (uplift?.index) {
        ctx.sink.warning('settle/missing-data',
            `${ctx.year.label} uplift follows ${uplift.index}; the actuals give no 'uplift': 0% used`, '/uplift');
        return null;
    }
    return uplift?.rate ? toFraction(uplift.rate) : null;
}

function capitationFromExposure(ctx: SettleContext, capitation: CapitationJson, exposure: Exposure,
    uplift: Decimal | null): CapitationBaseJson {
    const perMonth = capitation.unit === 'member_per_month';
    // Rates are annual per person or monthly per member; exposure is counted in months or years.
    const factor = exposure.kind === 'member_months'
        ? (perMonth ? ONE : ONE.dividedBy(12))
        : (perMonth ? new Decimal(12) : ONE);
    const pointerKey = exposure.kind === 'member_months' ? 'memberMonths' : 'headYears';
    for (const name of exposure.units.keys()) {
        if (!capitation.tiers.some(t => t.cohort === name)) {
            ctx.sink.error('settle/contract-mismatch', `exposure tier ${name} is not a capitation tier of ${ctx.contract.contract.id} `
                + `(tiers: ${capitation.tiers.map(t => t.cohort).join(', ')})`, `/exposure/${pointerKey}/${name}`);
        }
    }
    ctx.sink.throwIfErrors();
    let total = ZERO;
    let subtotal = Money.zero(ctx.currency);
    const tiers = capitation.tiers.map(tier => {
        const units = exposure.units.get(tier.cohort);
        if (units === undefined) {
            ctx.sink.warning('settle/missing-data', `no exposure for capitation tier ${tier.cohort}: 0 used`, `/exposure/${pointerKey}`);
        }
        const n = units ?? ZERO;
        const rate = toMoney(tier.rate);
        const amount = rate.times(n.times(factor));
        total = total.plus(n);
        subtotal = subtotal.plus(amount);
        return { cohort: tier.cohort, units: n.toString(), rate: moneyJson(rate), amount: moneyJson(amount) };
    });
    const partial = exposure.kind === 'head_years' ? ctx.partialFraction : null;
    let amount = subtotal.times(ONE.plus(uplift ?? ZERO));
    if (partial) {
        amount = amount.times(partial);
    }
    return {
        exposure: { kind: exposure.kind, total: total.toString(), tiers },
        subtotal: moneyJson(subtotal),
        uplift: uplift ? fractionJson(uplift) : null,
        partial: partial ? fractionJson(partial) : null,
        amount: moneyJson(paid(ctx, amount))
    };
}
