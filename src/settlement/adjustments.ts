/**
 * The smaller components of a settlement: bonuses (`min(pool × S, cap)`), marginal rates (volume
 * or spend above the baseline repriced at the rate; the provider refunds the rest) and penalties
 * (`events × amount`, capped per year). Money per year (pools, caps) is pro-rated in a partial year.
 */
import type { BonusJson } from '../generator/contract-json.js';
import { Decimal, ONE, ZERO } from '../model/decimal.js';
import { Money } from '../model/money.js';
import { paid, proRate, type SettleContext } from './context.js';
import { fractionJson, minMoney, moneyJson, nonNegative, scoreString, toFraction, toMoney } from './json-values.js';
import type { PotResult } from './pots.js';
import type { BonusStatementJson, MarginalRateStatementJson, PenaltyStatementJson } from './statement-json.js';

/** Bonus rows; `blocked` comes from failed bonus gates, must-pass blocks apply per pot. */
export function computeBonuses(ctx: SettleContext, base: Money, pots: readonly PotResult[], gateBlocked: boolean): BonusStatementJson[] {
    return ctx.contract.payment.bonuses.map(bonus => {
        const pot = pots.find(p => p.id === bonus.pot);
        const composite = pot?.composite ?? ZERO;
        const pool = bonusAmount(ctx, bonus.amount ? toMoney(bonus.amount) : null, bonus.rate, base);
        const cap = bonus.cap ? bonusAmount(ctx, bonus.cap.amount ? toMoney(bonus.cap.amount) : null, bonus.cap.rate, base) : null;
        const blocked = gateBlocked || (pot?.blocks.has('bonus') ?? false);
        const earned = pool.times(composite);
        const amount = blocked ? Money.zero(ctx.currency) : paid(ctx, cap ? minMoney(earned, cap) : earned);
        return {
            pot: bonus.pot, pool: moneyJson(pool), composite: scoreString(composite), cap: cap ? moneyJson(cap) : null,
            blocked, amount: moneyJson(amount)
        };
    });
}

function bonusAmount(ctx: SettleContext, amount: Money | null, rate: BonusJson['rate'], base: Money): Money {
    if (amount) {
        return proRate(ctx, amount);
    }
    return rate ? base.times(toFraction(rate)) : Money.zero(ctx.currency);
}

/** Marginal-rate refunds; a volume threshold needs the actuals' activity of that unit. */
export function computeMarginalRates(ctx: SettleContext): MarginalRateStatementJson[] {
    return ctx.contract.payment.marginalRates.flatMap((clause): MarginalRateStatementJson[] => {
        const rate = toFraction(clause.rate);
        const refundShare = ONE.minus(rate);
        if (clause.above.amount) {
            const baseline = toMoney(clause.above.amount);
            const excess = nonNegative(ctx.actuals.expenditure.minus(baseline));
            return [{
                rate: fractionJson(rate), unit: 'money', baseline: baseline.amount.toString(),
                actual: ctx.actuals.expenditure.amount.toString(), excess: excess.amount.toString(), price: null,
                reduction: moneyJson(paid(ctx, excess.times(refundShare)))
            }];
        }
        const unit = clause.above.unit ?? 'admissions';
        const activity = ctx.actuals.activity.find(a => a.unit === unit);
        if (!activity) {
            ctx.sink.warning('settle/missing-data', `marginal rate above ${clause.above.count ?? 0} ${unit}: the actuals give no ${unit} activity; not applied`, '/activity');
            return [];
        }
        const baseline = new Decimal(clause.above.count ?? 0);
        const excess = Decimal.max(ZERO, new Decimal(activity.count).minus(baseline));
        return [{
            rate: fractionJson(rate), unit, baseline: baseline.toString(), actual: String(activity.count), excess: excess.toString(),
            price: moneyJson(activity.price), reduction: moneyJson(paid(ctx, activity.price.times(excess).times(refundShare)))
        }];
    });
}

/** Penalties of the actuals, matched to the contract's by title. */
export function computePenalties(ctx: SettleContext): PenaltyStatementJson[] {
    const rows: PenaltyStatementJson[] = [];
    for (const actual of ctx.actuals.penalties) {
        const clause = ctx.contract.payment.penalties.find(p => p.title === actual.title);
        if (!clause) {
            continue; // reported as settle/unknown-penalty by the preflight
        }
        const amount = toMoney(clause.amount);
        const uncapped = amount.times(new Decimal(actual.events));
        const cap = clause.cap ? proRate(ctx, toMoney(clause.cap)) : null;
        rows.push({
            title: clause.title, events: actual.events, amount: moneyJson(amount), per: clause.per, uncapped: moneyJson(uncapped),
            cap: cap ? moneyJson(cap) : null, total: moneyJson(paid(ctx, cap ? minMoney(uncapped, cap) : uncapped))
        });
    }
    return rows;
}
