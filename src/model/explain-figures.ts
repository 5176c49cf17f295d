import type { BudgetModel, BudgetYearModel } from './budget.js';
import type { ContractModel } from './contract-model.js';
import { Decimal, ZERO } from './decimal.js';
import { Money, Percent } from './money.js';
import type { OutcomeModel, PotModel } from './outcomes.js';
import type { WithholdYearModel } from './payment.js';
import type { ResolvedPolicy } from './policy.js';
import type { AgeInterval, CohortModel } from './population.js';

/**
 * Figures the editor explains but no rule needs: a cohort's share of its parent, running weight totals,
 * each outcome's money at stake, budget reconciliation per stated year. They are derived here, in the
 * model layer, so that hover, inlay hints and code lens only read and format.
 */

/** `[65, 75)`, `[18, ∞)`: the half-open interval as the editor shows it. */
export function formatInterval(age: AgeInterval): string {
    return `[${age.lo}, ${age.hi === null ? '∞' : age.hi})`;
}

/** A cohort's declared size against its parent's: 21,840 of 312,000 is 7.0%. */
export interface ShareOfParent {
    size: Decimal;
    parentSize: Decimal;
    /** size ÷ parent size as a percentage, one decimal place. */
    share: Percent;
}

/** The cohort's size as a share of its parent's, when both state a positive size. */
export function shareOfParent(cohort: CohortModel): ShareOfParent | undefined {
    const size = cohort.size;
    const parentSize = cohort.parent?.size;
    if (!size || !parentSize || parentSize.isZero()) {
        return undefined;
    }
    const share = size.dividedBy(parentSize).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
    return { size, parentSize, share: new Percent(new Decimal(share.toFixed(1))) };
}

/** Each weighted outcome of a pot with the running total of weights up to and including it. */
export function runningWeights(pot: PotModel): { outcome: OutcomeModel; weight: Percent; running: Percent }[] {
    let total = ZERO;
    return pot.outcomes.filter(o => o.weight).map(outcome => {
        total = total.plus(outcome.weight!.value);
        return { outcome, weight: outcome.weight!, running: new Percent(total) };
    });
}

/** Money at stake for one outcome in one withhold year: withheld × weight. */
export interface OutcomeStake {
    year: WithholdYearModel;
    amount: Money;
}

/** The outcome's share of every withhold year paid into its pot, in phase order. */
export function stakesOf(model: ContractModel, outcome: OutcomeModel): OutcomeStake[] {
    return model.payment.withholds
        .filter(w => w.pot === outcome.pot)
        .flatMap(w => w.years.flatMap(year => {
            const line = year.perOutcome.find(p => p.outcome === outcome);
            return line ? [{ year, amount: line.amount }] : [];
        }));
}

/** The first withhold year with money withheld into the pot (the pot's code lens figure). */
export function firstWithheldYear(model: ContractModel, pot: PotModel): WithholdYearModel | undefined {
    return model.payment.withholds
        .filter(w => w.pot === pot)
        .flatMap(w => w.years)
        .find(y => y.amount && !y.amount.isZero());
}

/** Whether a stated budget year agrees with the capitation formula within `money_tolerance`. */
export function reconciles(year: BudgetYearModel, policy: ResolvedPolicy): boolean | undefined {
    if (!year.difference) {
        return undefined;
    }
    return year.difference.amount.abs().lessThanOrEqualTo(policy.value('money_tolerance'));
}

/** How the budget's years split between stated amounts and capitation formula years. */
export interface BudgetReconciliation {
    stated: BudgetYearModel[];
    formula: BudgetYearModel[];
    /** Stated years that disagree with the formula beyond tolerance. */
    mismatched: BudgetYearModel[];
}

export function budgetReconciliation(budget: BudgetModel, policy: ResolvedPolicy): BudgetReconciliation {
    const stated = budget.years.filter(y => y.basis === 'stated');
    return {
        stated,
        formula: budget.years.filter(y => y.basis === 'capitation'),
        mismatched: stated.filter(y => reconciles(y, policy) === false)
    };
}
