import { isAlignedClause, isBudget, isHostClause, isPoolManagerClause, isPoolRuleClause, isReserve } from '../language/generated/ast.js';
import type {
    AllocationModel, BaselineSpendModel, BudgetYearModel, CapitationModel, CapitationTier, PoolModel, SavingsPlanModel, UpliftModel
} from '../model/budget.js';
import { clauseOf, clausesOf } from '../model/clauses.js';
import type {
    AllocationJson, BaselineSpendJson, BudgetJson, BudgetYearJson, CapitationJson, CapitationTierJson, PooledBudgetJson,
    SavingsPlanEntryJson, UpliftJson
} from './contract-json.js';
import { located, type GenerateContext } from './generate-context.js';
import { countJson, fractionJson, moneyJson, optionalMoney, optionalPercent, percentJson } from './json-values.js';

/** `budget {capitation, years, baselineSpend, pooled, allocations, savingsPlan}`, every figure from the budget model. */
export function generateBudget(ctx: GenerateContext): BudgetJson {
    const budget = ctx.model.budget;
    const node = ctx.model.contract.members.find(isBudget);
    const pool = budget.pools[0];
    return located(ctx, node, {
        capitation: budget.capitation ? capitationJson(ctx, budget.capitation) : null,
        years: budget.years.map(y => budgetYearJson(ctx, y)),
        baselineSpend: budget.baselineSpend ? baselineSpendJson(ctx, budget.baselineSpend) : null,
        pooled: pool ? pooledJson(ctx, pool) : null,
        allocations: budget.allocations.flatMap(a => allocationJson(ctx, a)),
        savingsPlan: budget.savingsPlans.flatMap(p => savingsPlanJson(ctx, p))
    });
}

/** Null while a tier lacks its count or rate (only in an unchecked build). */
function capitationJson(ctx: GenerateContext, capitation: CapitationModel): CapitationJson | null {
    const { annualTotal, count, blendedRate } = capitation;
    if (!annualTotal || !count || !blendedRate) {
        return null;
    }
    return located(ctx, capitation.node, {
        unit: capitation.unit === 'member_month' ? 'member_per_month' as const : 'person_per_year' as const,
        count: countJson(count),
        blendedRate: moneyJson(blendedRate),
        tiers: capitation.tiers.flatMap(t => tierJson(ctx, t)),
        annualTotal: moneyJson(annualTotal)
    });
}

function tierJson(ctx: GenerateContext, tier: CapitationTier): CapitationTierJson[] {
    if (!tier.count || !tier.rate || !tier.annual) {
        return [];
    }
    return [located(ctx, tier.node, {
        cohort: tier.node.tier.$refText,
        count: countJson(tier.count),
        rate: moneyJson(tier.rate),
        annual: moneyJson(tier.annual)
    })];
}

/**
 * A `year` line. A `capitation` year has no stated amount; its computed amount is indicative (current
 * recount and rates) and `final` is false until settlement.
 */
function budgetYearJson(ctx: GenerateContext, year: BudgetYearModel): BudgetYearJson {
    return located(ctx, year.node, {
        year: year.label,
        basis: year.basis === 'capitation' ? 'capitation' : 'amount',
        stated: optionalMoney(year.stated),
        computed: optionalMoney(year.computed),
        difference: optionalMoney(year.difference),
        uplift: year.uplift ? upliftJson(year.uplift) : null,
        final: year.final
    });
}

function upliftJson(uplift: UpliftModel): UpliftJson {
    if (uplift.kind === 'rate') {
        return { rate: percentJson(uplift.rate), index: null, less: null };
    }
    return {
        rate: null,
        index: uplift.index,
        less: uplift.efficiencyFactor ? 'efficiency_factor' : optionalPercent(uplift.less)
    };
}

function baselineSpendJson(ctx: GenerateContext, baseline: BaselineSpendModel): BaselineSpendJson | null {
    if (!baseline.amount || !baseline.year) {
        return null;
    }
    const affordability = baseline.affordability;
    return located(ctx, baseline.node, {
        amount: moneyJson(baseline.amount),
        year: baseline.year,
        growth: optionalPercent(baseline.growth),
        affordability: affordability ? {
            year: affordability.year,
            growthAdjusted: moneyJson(affordability.growthAdjusted),
            gap: fractionJson(affordability.gap)
        } : null
    });
}

function pooledJson(ctx: GenerateContext, pool: PoolModel): PooledBudgetJson {
    const node = pool.node;
    const rule = (side: 'overspend' | 'underspend') => clausesOf(node, isPoolRuleClause).find(c => c.side === side)?.rule ?? null;
    return located(ctx, node, {
        id: node.name ?? null,
        title: node.title ?? null,
        host: clauseOf(node, isHostClause)?.party.$refText ?? null,
        poolManager: clauseOf(node, isPoolManagerClause)?.party.$refText ?? null,
        aligned: clauseOf(node, isAlignedClause) !== undefined,
        contributions: pool.contributions.flatMap(c => c.party && c.amount ? [{
            party: c.party,
            amount: moneyJson(c.amount),
            year: c.year ?? null,
            share: optionalPercent(c.share)
        }] : []),
        overspend: rule('overspend'),
        underspend: rule('underspend')
    });
}

/** `allocations YEAR|each year exhaustive? {…}`; omitted while an amount is unreadable (only in an unchecked build). */
function allocationJson(ctx: GenerateContext, allocation: AllocationModel): AllocationJson[] {
    if (!allocation.total) {
        return [];
    }
    const items = allocation.items.filter(i => !i.reserve && i.service && i.amount);
    const reserves = allocation.items.filter(i => i.reserve && i.amount);
    return [located(ctx, allocation.node, {
        year: allocation.year ?? null,
        exhaustive: allocation.exhaustive,
        items: items.map(i => ({ service: i.service!, amount: moneyJson(i.amount!) })),
        reserves: reserves.map(r => ({
            id: r.name,
            title: isReserve(r.node) ? r.node.title ?? null : null,
            amount: moneyJson(r.amount!)
        })),
        total: moneyJson(allocation.total)
    })];
}

function savingsPlanJson(ctx: GenerateContext, plan: SavingsPlanModel): SavingsPlanEntryJson[] {
    return plan.items.flatMap((item, i) => item.year && item.amount
        ? [located(ctx, plan.node.items[i], { year: item.year, amount: moneyJson(item.amount), text: item.text })]
        : []);
}
