import type { BudgetYear, Capitation, CapitationRate, Contract, Allocations, BaselineSpend, PooledBudget, ContributionClause, SavingsPlan } from '../language/generated/ast.js';
import { isAllocations, isBaselineSpend, isBudget, isBudgetYear, isCapitation, isPooledBudget, isSavingsPlan, isContributionClause, isReserve, isServiceAllocation } from '../language/generated/ast.js';
import {
    MINOR_UNIT, buildAffordability, buildAllocationYears, buildPoolYears, roundMoneyTo,
    type AffordabilityModel, type AllocationYearModel, type BudgetRounding, type PoolYearModel
} from './budget-reconciliation.js';
import { clausesOf } from './clauses.js';
import { Decimal, ONE, ZERO } from './decimal.js';
import { readMoney, readPercent } from './literals.js';
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
    /**
     * Fraction of the year paid when the year is a declared partial year: days / days in the year
     * (`pro_rata days`), or whole months / 12 (`pro_rata member_months`, when the cut falls on month
     * boundaries; otherwise days). 1 for a whole year.
     */
    proRata?: Decimal;
    /**
     * capitation × proRata × (1 + uplift), rounded to the contract's rounding unit, when the factor is
     * known; for a `capitation` year with an index uplift, the current rates (indicative until the index
     * is published).
     */
    computed?: Money;
    /** stated − computed. */
    difference?: Money;
    /** |difference| ÷ stated, for the V-19 message and its info/error split (4 dp of a percent). */
    differenceRatio?: Percent;
    /** The amount that governs: stated if given, else computed. */
    amount?: Money;
    /** Stated amounts are final; formula years are indicative until the latest recount and index. */
    final: boolean;
    /** Lives the year's amount pays for: the capitated count grown by the population growth for each year after the first. */
    lives?: Decimal;
    /**
     * Annual amount per head (rounded to the minor unit): a stated amount ÷ proRata ÷ lives; a formula
     * year pays the blended rate × (1 + uplift) for everyone counted, so its per-head is that.
     */
    perHead?: Money;
    /** perHead against the previous contract year's, as a percentage change (4 dp). */
    perHeadChange?: Percent;
    /** The efficiency the year declares: `less 1.1%`, or `efficiency_factor` (value set nationally). */
    efficiency?: Percent | 'efficiency_factor';
}

export interface BaselineSpendModel {
    node: BaselineSpend;
    amount?: Money;
    year?: string;
    growth?: Percent;
    /** V-24: the first contract year's budget against the baseline grown to that year. */
    affordability?: AffordabilityModel;
}

export interface PoolContribution {
    node: ContributionClause;
    party?: string;
    amount?: Money;
    year?: string;
    share?: Percent;
}

export interface PoolModel {
    node: PooledBudget;
    contributions: PoolContribution[];
    /** Contributions by the year they fund, each with its sum and the year's budget (V-20). */
    years: PoolYearModel[];
}

export interface AllocationItemModel {
    name: string;
    service?: string;
    reserve: boolean;
    amount?: Money;
    node: Allocations['items'][number];
}

export interface AllocationModel {
    node: Allocations;
    /** The year label, or undefined for `each year`. */
    year?: string;
    exhaustive: boolean;
    items: AllocationItemModel[];
    total?: Money;
    /** The total against each year's budget it allocates (V-21). */
    years: AllocationYearModel[];
}

export interface SavingsPlanModel {
    node: SavingsPlan;
    items: { year?: string; amount?: Money; text: string }[];
}

export interface BudgetModel {
    capitation?: CapitationModel;
    years: BudgetYearModel[];
    baselineSpend?: BaselineSpendModel;
    pools: PoolModel[];
    allocations: AllocationModel[];
    savingsPlans: SavingsPlanModel[];
    /** Contract years with no `year` line (V-25). */
    missingYears: ContractYear[];
    /** The population growth per-head amounts are diluted by: the capitated cohort's, else the population's. */
    livesGrowth?: Percent;
}

/** `rounding`: the contract's rounding clause (the minor unit, half-up, when absent). */
export function buildBudget(contract: Contract, population: PopulationModel, term: TermModel | undefined, rounding: BudgetRounding = MINOR_UNIT): BudgetModel {
    const budget = contract.members.find(isBudget);
    const capNode = clausesOf(budget, isCapitation)[0];
    const capitation = capNode ? buildCapitation(capNode, population) : undefined;
    const years = clausesOf(budget, isBudgetYear).map(node => buildYear(node, capitation, term, rounding));
    const livesGrowth = growthOf(capitation?.tiers[0]?.cohort) ?? population.population?.growth;
    addPerHead(years, capitation, population, livesGrowth);
    const savingsPlans = clausesOf(budget, isSavingsPlan).map(node => ({
        node,
        items: node.items.map(item => ({ year: item.year, amount: readMoney(item.amount), text: item.text }))
    }));
    const baselineNode = clausesOf(budget, isBaselineSpend)[0];
    const baselineSpend: BaselineSpendModel | undefined = baselineNode ? {
        node: baselineNode,
        amount: readMoney(baselineNode.amount),
        year: baselineNode.year,
        growth: readPercent(baselineNode.growth)
    } : undefined;
    if (baselineSpend) {
        baselineSpend.affordability = buildAffordability(baselineSpend, years, term, savingsPlans, population.population?.growth, rounding);
    }
    const firstYear = term?.years[0]?.label ?? years[0]?.label;
    return {
        capitation,
        years,
        baselineSpend,
        pools: clausesOf(budget, isPooledBudget).map(node => {
            const contributions = clausesOf(node, isContributionClause).map(c => ({
                node: c, party: c.party?.$refText, amount: readMoney(c.amount), year: c.year, share: readPercent(c.share)
            }));
            return { node, contributions, years: buildPoolYears(contributions, years, firstYear) };
        }),
        allocations: clausesOf(budget, isAllocations).map(node => buildAllocations(node, years)),
        savingsPlans,
        missingYears: budget ? (term?.years ?? []).filter(y => !years.some(b => b.label === y.label)) : [],
        livesGrowth
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

function buildYear(node: BudgetYear, capitation: CapitationModel | undefined, term: TermModel | undefined, rounding: BudgetRounding): BudgetYearModel {
    const year = findYear(term, node.year);
    const stated = readMoney(node.amount);
    const uplift = readUplift(node);
    const upliftFactor = !uplift ? ONE : uplift.kind === 'rate' ? ONE.plus(uplift.rate.fraction) : undefined;
    const proRata = proRataOf(year);
    const base = capitation?.annualTotal?.times(proRata);
    // A formula year with an index uplift is shown on current rates: the index is not known until published.
    const exact = base && (upliftFactor ? base.times(upliftFactor) : node.formula ? base : undefined);
    const computed = exact && roundMoneyTo(exact, rounding);
    const difference = stated && computed && stated.currency === computed.currency ? stated.minus(computed) : undefined;
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
        difference,
        differenceRatio: difference && stated && !stated.isZero()
            ? new Percent(difference.amount.abs().dividedBy(stated.amount).times(100).toDecimalPlaces(4)) : undefined,
        amount: stated ?? computed,
        final: !node.formula,
        efficiency: uplift?.kind === 'index' ? uplift.less ?? (uplift.efficiencyFactor ? 'efficiency_factor' : undefined) : undefined
    };
}

/** The fraction of a partial year that is paid; 1 for a whole year. */
function proRataOf(year: ContractYear | undefined): Decimal {
    const partial = year?.partial;
    if (!partial) {
        return ONE;
    }
    if (partial.proRata === 'member_months') {
        const months = wholeMonths(year.period.start, year.period.end);
        if (months !== undefined) {
            return new Decimal(months).dividedBy(12);
        }
    }
    return partial.fraction;
}

/** Whole months between two first-of-month dates; undefined when either is mid-month. */
function wholeMonths(start: ContractYear['period']['start'], end: ContractYear['period']['end']): number | undefined {
    if (start.day !== 1 || end.day !== 1) {
        return undefined;
    }
    return (end.year - start.year) * 12 + (end.month - start.month);
}

/**
 * Per-head amounts and their year-on-year change (V-25 real-terms cut). A stated amount is fixed, so a
 * growing population dilutes it; a formula year pays per head at each recount, so it is not diluted.
 */
function addPerHead(years: BudgetYearModel[], capitation: CapitationModel | undefined, population: PopulationModel, growth: Percent | undefined): void {
    const baseLives = capitation?.count ?? population.population?.size;
    if (!baseLives || baseLives.isZero()) {
        return;
    }
    const factor = ONE.plus(growth?.fraction ?? ZERO);
    const ordered = years.filter(y => y.year).sort((a, b) => a.year!.index - b.year!.index);
    let previous: { index: number; perHead: Money } | undefined;
    for (const y of ordered) {
        const lives = baseLives.times(factor.pow(y.year!.index));
        y.lives = lives;
        const exact = y.stated && y.proRata && !y.proRata.isZero()
            ? y.stated.dividedBy(y.proRata).dividedBy(lives)
            : y.basis === 'capitation' && y.upliftFactor && capitation?.blendedRate ? capitation.blendedRate.times(y.upliftFactor) : undefined;
        if (!exact) {
            previous = undefined;
            continue;
        }
        y.perHead = roundMoneyTo(exact, MINOR_UNIT);
        if (previous && previous.index === y.year!.index - 1 && !previous.perHead.isZero() && previous.perHead.currency === exact.currency) {
            y.perHeadChange = new Percent(exact.amount.dividedBy(previous.perHead.amount).minus(1).times(100).toDecimalPlaces(4));
        }
        previous = { index: y.year!.index, perHead: exact };
    }
}

/** The growth declared on a cohort or its nearest ancestor. */
export function growthOf(cohort: CohortModel | undefined): Percent | undefined {
    const seen = new Set<CohortModel>();
    for (let c = cohort; c && !seen.has(c); c = c.parent) {
        if (c.growth) {
            return c.growth;
        }
        seen.add(c);
    }
    return undefined;
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

function buildAllocations(node: Allocations, years: BudgetYearModel[]): AllocationModel {
    const items: AllocationItemModel[] = node.items.map(item => isReserve(item)
        ? { name: item.name, reserve: true, amount: readMoney(item.amount), node: item }
        : { name: isServiceAllocation(item) ? item.service?.$refText ?? '' : '', service: isServiceAllocation(item) ? item.service?.$refText : undefined, reserve: false, amount: readMoney(item.amount), node: item });
    const complete = items.length > 0 && items.every(i => i.amount) && items.every(i => i.amount!.currency === items[0]!.amount!.currency);
    const total = complete ? items.slice(1).reduce((sum, i) => sum.plus(i.amount!), items[0]!.amount!) : undefined;
    return {
        node,
        year: node.year,
        exhaustive: node.exhaustive,
        items,
        total,
        years: buildAllocationYears(node.year, total, years)
    };
}

/** The budget year model for a label. */
export function budgetYear(budget: BudgetModel, label: string): BudgetYearModel | undefined {
    return budget.years.find(y => y.label === label);
}

export { yearsBetween } from './budget-reconciliation.js';
