import type { BaselineSpendModel, BudgetYearModel, PoolContribution, SavingsPlanModel } from './budget.js';
import { Decimal, ONE, ZERO, roundTo, type RoundingMode } from './decimal.js';
import { readYear } from './literals.js';
import { Money, Percent } from './money.js';
import type { TermModel } from './term.js';

/**
 * The budget's reconciliations (LANGUAGE.md §3.7, DOMAIN V-20, V-21, V-24): pool contributions and
 * allocations against each year's budget, and the first year's budget against grown baseline spend.
 */

export interface BudgetRounding {
    mode: RoundingMode;
    unit: Decimal;
}

export const MINOR_UNIT: BudgetRounding = { mode: 'half_up', unit: new Decimal('0.01') };

export function roundMoneyTo(money: Money, rounding: BudgetRounding): Money {
    return new Money(roundTo(money.amount, rounding.unit, rounding.mode), money.currency);
}

/** V-24: the first contract year's budget against the baseline grown to that year. */
export interface AffordabilityModel {
    /** The first contract year. */
    year: string;
    /** Its budget, annualised (÷ proRata) when the year is partial. */
    budget: Money;
    /** Years of growth from the baseline year to `year`. */
    years: number;
    /** Growth applied: the baseline's own, else the population's, else 0%. */
    growth: Percent;
    /** baseline × (1 + growth)^years, rounded to the contract's unit. */
    growthAdjusted: Money;
    /** budget ÷ growth-adjusted − 1, as a fraction to 6 dp (−0.089 is 8.9% below). */
    gap: Decimal;
    /** growth-adjusted − budget: the money the first year is short (negative when above). */
    shortfall: Money;
    /** Σ savings_plan amounts for `year`. */
    savingsPlanned?: Money;
}

/** The contributions that fund one year of a pool, against that year's budget (V-20). */
export interface PoolYearModel {
    /** The year funded: the contribution's `in` year, else the first contract year. */
    label?: string;
    contributions: PoolContribution[];
    /** Σ amounts, when every contribution has one in the same currency. */
    total?: Money;
    /** Σ shares, when every contribution states one. */
    shareTotal?: Percent;
    /** The year's budget; undefined while it waits for an index uplift (see `settledAmount`). */
    budget?: Money;
    /** The budget is stated, not an indicative formula year. */
    final: boolean;
    /** total − budget. */
    difference?: Money;
    /** |difference| ÷ budget (4 dp of a percent). */
    differenceRatio?: Percent;
}

/** An allocation's total against one year's budget (V-21). */
export interface AllocationYearModel {
    label: string;
    /** The year's budget; undefined while it waits for an index uplift (see `settledAmount`). */
    budget?: Money;
    final: boolean;
    /** total − budget. */
    difference?: Money;
    differenceRatio?: Percent;
}

export function buildAffordability(baseline: BaselineSpendModel, years: BudgetYearModel[], term: TermModel | undefined,
    savingsPlans: SavingsPlanModel[], populationGrowth: Percent | undefined, rounding: BudgetRounding): AffordabilityModel | undefined {
    const first = term?.years[0]?.label ?? years[0]?.label;
    const y1 = years.find(y => y.label === first);
    const amount = y1?.amount;
    const span = yearsBetween(baseline.year, first);
    if (!first || !y1 || !amount || !baseline.amount || span === undefined || span < 0
        || amount.currency !== baseline.amount.currency || !y1.proRata || y1.proRata.isZero()) {
        return undefined;
    }
    const growth = baseline.growth ?? populationGrowth ?? new Percent(ZERO);
    const grown = baseline.amount.times(ONE.plus(growth.fraction).pow(span));
    if (grown.isZero()) {
        return undefined;
    }
    const budget = y1.proRata.equals(ONE) ? amount : roundMoneyTo(amount.dividedBy(y1.proRata), rounding);
    const growthAdjusted = roundMoneyTo(grown, rounding);
    const planned = savingsPlans.flatMap(p => p.items).filter(i => i.year === first && i.amount?.currency === amount.currency);
    return {
        year: first,
        budget,
        years: span,
        growth,
        growthAdjusted,
        gap: budget.amount.dividedBy(grown.amount).minus(1).toDecimalPlaces(6),
        shortfall: growthAdjusted.minus(budget),
        savingsPlanned: planned.length ? planned.reduce((sum, i) => sum.plus(i.amount!), Money.zero(amount.currency)) : undefined
    };
}

/**
 * Groups contributions by the year they fund. A contribution without `in YEAR` funds the first
 * contract year: section 75 agreements state the opening year's contributions and agree later years annually.
 */
export function buildPoolYears(contributions: PoolContribution[], years: BudgetYearModel[], firstYear: string | undefined): PoolYearModel[] {
    const groups = new Map<string | undefined, PoolContribution[]>();
    for (const c of contributions) {
        const label = c.year ?? firstYear;
        groups.set(label, [...(groups.get(label) ?? []), c]);
    }
    return [...groups.entries()].map(([label, members]) => {
        const total = sum(members.map(m => m.amount));
        const budgetYear = label ? years.find(y => y.label === label) : undefined;
        const budget = budgetYear && settledAmount(budgetYear);
        const comparable = total && budget && total.currency === budget.currency;
        const difference = comparable ? total.minus(budget) : undefined;
        return {
            label,
            contributions: members,
            total,
            shareTotal: members.length && members.every(m => m.share)
                ? new Percent(members.reduce((s, m) => s.plus(m.share!.value), ZERO)) : undefined,
            budget,
            final: budgetYear?.final ?? false,
            difference,
            differenceRatio: ratio(difference, budget)
        };
    });
}

/** An allocation's total against the year it names, or against every budget year for `each year`. */
export function buildAllocationYears(label: string | undefined, total: Money | undefined, years: BudgetYearModel[]): AllocationYearModel[] {
    const targets = label === undefined ? years : years.filter(y => y.label === label);
    return targets.map(y => {
        const budget = settledAmount(y);
        const difference = total && budget && total.currency === budget.currency ? total.minus(budget) : undefined;
        return { label: y.label, budget, final: y.final, difference, differenceRatio: ratio(difference, budget) };
    });
}

/**
 * A year's budget as far as it is known now: stated amounts, and formula years whose uplift is a fixed
 * rate. A formula year uplifted by an index shows current rates only, so money reconciled against it
 * would be reconciled against a figure that will change.
 */
export function settledAmount(year: BudgetYearModel): Money | undefined {
    return year.final || year.upliftFactor ? year.amount : undefined;
}

function sum(amounts: (Money | undefined)[]): Money | undefined {
    const first = amounts[0];
    if (!first || amounts.some(a => !a || a.currency !== first.currency)) {
        return undefined;
    }
    return amounts.slice(1).reduce<Money>((s, a) => s.plus(a!), first);
}

function ratio(difference: Money | undefined, of: Money | undefined): Percent | undefined {
    return difference && of && !of.isZero()
        ? new Percent(difference.amount.abs().dividedBy(of.amount).times(100).toDecimalPlaces(4)) : undefined;
}

/** Years between the baseline spend's year and a contract year, for growth compounding. */
export function yearsBetween(fromLabel: string | undefined, toLabel: string | undefined): number | undefined {
    const from = readYear(fromLabel);
    const to = readYear(toLabel);
    return from && to ? to.startYear - from.startYear : undefined;
}
