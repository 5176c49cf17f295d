import { isBudget } from '../generated/ast.js';
import { ZERO } from '../../model/decimal.js';
import { Percent } from '../../model/money.js';
import { IssueCodes } from './catalogue.js';
import { keywordRange, percentOf } from './budget-messages.js';
import type { CheckContext } from './reporter.js';

/**
 * The budget over the term (DOMAIN V-24, V-25): the first year against grown baseline spend, a budget for
 * every contract year, and no per-head cut beyond the declared efficiency while the population grows.
 */

/**
 * V-24: the first contract year's budget is not more than max_budget_gap_vs_baseline below the baseline
 * spend grown to that year; info instead of a warning when a savings_plan for that year covers the gap.
 */
export function budgetMustBeAffordable({ model, report }: CheckContext): void {
    const baseline = model.budget.baselineSpend;
    const a = baseline?.affordability;
    if (!baseline || !a) {
        return;
    }
    const max = model.header.policy.value('max_budget_gap_vs_baseline');
    const gapPercent = a.gap.times(100);
    if (!gapPercent.lessThan(max.negated())) {
        return;
    }
    // One decimal reads like §5 ("8.9% below"), unless it would round onto the threshold itself.
    const shownGap = percentOf(a.gap, 1);
    const gapText = new Percent(gapPercent.abs().toDecimalPlaces(1)).value.lessThanOrEqualTo(max) ? percentOf(a.gap, 2) : shownGap;
    const covered = a.savingsPlanned && !a.savingsPlanned.amount.lessThan(a.shortfall.amount);
    const y1 = model.budget.years.find(y => y.label === a.year);
    const annualised = y1?.proRata && !y1.proRata.equals(1) ? ' (annualised)' : '';
    report({
        code: IssueCodes.BelowBaseline,
        node: baseline.node,
        property: 'amount',
        severity: covered ? 'info' : 'warning',
        message: `${a.budget.format()}${annualised} is ${gapText} below growth-adjusted ${a.growthAdjusted.format()} (max ${new Percent(max).format()})`
            + (covered ? `; savings_plan ${a.savingsPlanned!.format()} in ${a.year} covers the ${a.shortfall.format()} gap` : ''),
        figures: {
            year: a.year, budget: a.budget.toJsonAmount(), growthAdjusted: a.growthAdjusted.toJsonAmount(), gap: a.gap.toFixed(),
            shortfall: a.shortfall.toJsonAmount(), savingsPlanned: a.savingsPlanned?.toJsonAmount() ?? null
        },
        parameter: 'max_budget_gap_vs_baseline',
        related: y1 ? [{ node: y1.node, message: `${a.year} budget` }] : undefined
    });
}

/** V-25: every contract year has a budget line, a stated amount or the capitation formula. */
export function everyYearMustHaveBudget({ model, report }: CheckContext): void {
    const budget = model.contract.members.find(isBudget);
    if (!budget) {
        return;
    }
    const lastStated = [...model.budget.years].reverse().find(y => y.node.amount)?.node.amount;
    for (const year of model.budget.missingYears) {
        const insert = model.budget.capitation ? `year ${year.label} capitation` : `year ${year.label} ${lastStated ?? '£0.00'}`;
        report({
            code: IssueCodes.BudgetYearMissing,
            node: budget,
            range: keywordRange(budget, 'budget'),
            message: `No budget for ${year.label}`,
            figures: { year: year.label, insert }
        });
    }
}

/**
 * V-25: while the population grows, a year's amount per head does not fall by more than the efficiency
 * the year declares (none unless `less x%`; `efficiency_factor` is set nationally and not checked).
 */
export function perHeadMustNotFallUnplanned({ model, report }: CheckContext): void {
    const growth = model.budget.livesGrowth;
    if (!growth || !growth.value.greaterThan(0)) {
        return;
    }
    const tolerance = model.header.policy.value('money_tolerance_relative');
    const years = model.budget.years;
    for (const year of years) {
        const change = year.perHeadChange;
        if (!change || !year.perHead || !year.year || year.efficiency === 'efficiency_factor') {
            continue;
        }
        const allowed = year.efficiency?.value ?? ZERO;
        const fall = change.value.negated();
        if (!fall.greaterThan(allowed.plus(tolerance))) {
            continue;
        }
        const previous = years.find(y => y.year?.index === year.year!.index - 1);
        const efficiency = year.efficiency ? `declared efficiency ${year.efficiency.format()}` : 'no efficiency declared';
        report({
            code: IssueCodes.RealTermsCut,
            node: year.node,
            property: 'year',
            message: `${year.label} budget per head ${year.perHead.format()} is ${new Percent(fall.toDecimalPlaces(2)).format(2)} below `
                + `${previous?.label ?? 'the previous year'}${previous?.perHead ? ` ${previous.perHead.format()}` : ''} while the population grows `
                + `${growth.format()} a year; ${efficiency}`,
            figures: {
                year: year.label, perHead: year.perHead.toJsonAmount(), previousPerHead: previous?.perHead?.toJsonAmount() ?? null,
                change: change.fraction.toFixed(), growth: growth.fraction.toFixed(), efficiency: year.efficiency?.fraction.toFixed() ?? null
            }
        });
    }
}
