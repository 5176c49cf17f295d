import type { BudgetYear, Capitation, CapitationRate, Contract, Allocations, BaselineSpend, PooledBudget, ContributionClause, SavingsPlan } from '../language/generated/ast.js';
import { isAllocations, isBaselineSpend, isBudget, isBudgetYear, isCapitation, isPooledBudget, isSavingsPlan, isContributionClause, isReserve, isServiceAllocation } from '../language/generated/ast.js';
import { clausesOf } from './clauses.js';
import { Decimal, ONE, ZERO } from './decimal.js';
import { readMoney, readPercent, readYear } from './literals.js';
import { Money, Percent } from './money.js';
import type { CohortModel, PopulationModel } from './population.js';
import { findYear, type ContractYear, type TermModel } from './term.js';

export interface CapitationTier {
    node: CapitationRate;
    cohort?: CohortModel;
    count?: Decimal;
    rate?: Money;
    /** count × rate × periods (12 for per member per month). */
    annual?: Money;
}

export interface CapitationModel {
    node: Capitation;
    unit: 'person_year' | 'member_month';
    /** Payment periods per year: 1 per person per year, 12 per member per month. */
    periods: number;
    tiers: CapitationTier[];
    /** Σ tier annual amounts, when every tier has a count and a rate. */
    annualTotal?: Money;
    count?: Decimal;
    /** annualTotal / count (per person per year). */
    blendedRate?: Money;
}

export type UpliftModel =
    | { kind: 'rate'; rate: Percent }
    | { kind: 'index'; index: 'national_cost_uplift' | 'cpi' | 'gdp_deflator'; less?: Percent; efficiencyFactor: boolean };

export interface BudgetYearModel {
    node: BudgetYear;
    label: string;
    year?: ContractYear;
    basis: 'stated' | 'capitation';
    stated?: Money;
    uplift?: UpliftModel;
    /** Known multiplier (1 + uplift) when the uplift is a fixed percentage or absent. */
    upliftFactor?: Decimal;
    /** Fraction of the year paid when the year is a declared partial pro-rata year. */
    proRata?: Decimal;
    /**
     * capitation × proRata × (1 + uplift) when the factor is known; for a `capitation` year with an index
     * uplift, the current rates (indicative until the index is published).
     */
    computed?: Money;
    /** stated − computed. */
    difference?: Money;
    /** The amount that governs: stated if given, else computed. */
    amount?: Money;
    /** Stated amounts are final; formula years are indicative until the latest recount and index. */
    final: boolean;
}

export interface BaselineSpendModel {
    node: BaselineSpend;
    amount?: Money;
    year?: string;
    growth?: Percent;
}

export interface PoolModel {
    node: PooledBudget;
    contributions: { node: ContributionClause; party?: string; amount?: Money; year?: string; share?: Percent }[];
}

export interface AllocationModel {
    node: Allocations;
    /** The year label, or undefined for `each year`. */
    year?: string;
    exhaustive: boolean;
    items: { name: string; service?: string; reserve: boolean; amount?: Money; node: Allocations['items'][number] }[];
    total?: Money;
}

export interface BudgetModel {
    capitation?: CapitationModel;
    years: BudgetYearModel[];
    baselineSpend?: BaselineSpendModel;
    pools: PoolModel[];
    allocations: AllocationModel[];
    savingsPlans: { node: SavingsPlan; items: { year?: string; amount?: Money; text: string }[] }[];
}

export function buildBudget(contract: Contract, population: PopulationModel, term: TermModel | undefined): BudgetModel {
    const budget = contract.members.find(isBudget);
    const capNode = clausesOf(budget, isCapitation)[0];
    const capitation = capNode ? buildCapitation(capNode, population) : undefined;
    const baselineNode = clausesOf(budget, isBaselineSpend)[0];
    return {
        capitation,
        years: clausesOf(budget, isBudgetYear).map(node => buildYear(node, capitation, term)),
        baselineSpend: baselineNode ? {
            node: baselineNode,
            amount: readMoney(baselineNode.amount),
            year: baselineNode.year,
            growth: readPercent(baselineNode.growth)
        } : undefined,
        pools: clausesOf(budget, isPooledBudget).map(node => ({
            node,
            contributions: clausesOf(node, isContributionClause).map(c => ({
                node: c, party: c.party?.$refText, amount: readMoney(c.amount), year: c.year, share: readPercent(c.share)
            }))
        })),
        allocations: clausesOf(budget, isAllocations).map(buildAllocations),
        savingsPlans: clausesOf(budget, isSavingsPlan).map(node => ({
            node,
            items: node.items.map(item => ({ year: item.year, amount: readMoney(item.amount), text: item.text }))
        }))
    };
}

function buildCapitation(node: Capitation, population: PopulationModel): CapitationModel {
    const periods = node.unit === 'member' ? 12 : 1;
    const tiers: CapitationTier[] = node.rates.map(rateNode => {
        const cohort = rateNode.tier?.ref ? population.all.find(c => c.node === rateNode.tier.ref) : undefined;
        const count = cohort?.size;
        const rate = readMoney(rateNode.rate);
        return {
            node: rateNode,
            cohort,
            count,
            rate,
            annual: count && rate ? rate.times(count).times(new Decimal(periods)) : undefined
        };
    });
    const complete = tiers.length > 0 && tiers.every(t => t.annual);
    const sameCurrency = complete && tiers.every(t => t.annual!.currency === tiers[0]!.annual!.currency);
    const annualTotal = complete && sameCurrency
        ? tiers.reduce((sum, t) => sum.plus(t.annual!), Money.zero(tiers[0]!.annual!.currency)) : undefined;
    const count = complete ? tiers.reduce((sum, t) => sum.plus(t.count!), ZERO) : undefined;
    return {
        node,
        unit: node.unit === 'member' ? 'member_month' : 'person_year',
        periods,
        tiers,
        annualTotal,
        count,
        blendedRate: annualTotal && count && !count.isZero() ? annualTotal.dividedBy(count) : undefined
    };
}

function buildYear(node: BudgetYear, capitation: CapitationModel | undefined, term: TermModel | undefined): BudgetYearModel {
    const year = findYear(term, node.year);
    const stated = readMoney(node.amount);
    const uplift = readUplift(node);
    const upliftFactor = !uplift ? ONE : uplift.kind === 'rate' ? ONE.plus(uplift.rate.fraction) : undefined;
    const proRata = year?.partial?.proRata === 'days' ? year.partial.fraction : ONE;
    const base = capitation?.annualTotal?.times(proRata);
    // A formula year with an index uplift is shown on current rates: the index is not known until published.
    const computed = base && (upliftFactor ? base.times(upliftFactor) : node.formula ? base : undefined);
    return {
        node,
        label: node.year,
        year,
        basis: node.formula ? 'capitation' : 'stated',
        stated,
        uplift,
        upliftFactor,
        proRata,
        computed,
        difference: stated && computed && stated.currency === computed.currency ? stated.minus(computed) : undefined,
        amount: stated ?? computed,
        final: !node.formula
    };
}

function readUplift(node: BudgetYear): UpliftModel | undefined {
    const u = node.uplift;
    if (!u) {
        return undefined;
    }
    if (u.rate) {
        const rate = readPercent(u.rate);
        return rate ? { kind: 'rate', rate } : undefined;
    }
    if (u.index) {
        return { kind: 'index', index: u.index, less: readPercent(u.less), efficiencyFactor: u.efficiencyFactor };
    }
    return undefined;
}

function buildAllocations(node: Allocations): AllocationModel {
    const items = node.items.map(item => isReserve(item)
        ? { name: item.name, reserve: true, amount: readMoney(item.amount), node: item }
        : { name: isServiceAllocation(item) ? item.service?.$refText ?? '' : '', service: isServiceAllocation(item) ? item.service?.$refText : undefined, reserve: false, amount: readMoney(item.amount), node: item });
    const complete = items.length > 0 && items.every(i => i.amount);
    return {
        node,
        year: node.year,
        exhaustive: node.exhaustive,
        items,
        total: complete ? items.slice(1).reduce((sum, i) => sum.plus(i.amount!), items[0]!.amount!) : undefined
    };
}

/** The budget year model for a label. */
export function budgetYear(budget: BudgetModel, label: string): BudgetYearModel | undefined {
    return budget.years.find(y => y.label === label);
}

/** Baseline years between the baseline spend's year and a contract year, for growth compounding. */
export function yearsBetween(fromLabel: string | undefined, toLabel: string | undefined): number | undefined {
    const from = readYear(fromLabel);
    const to = readYear(toLabel);
    return from && to ? to.startYear - from.startYear : undefined;
}
