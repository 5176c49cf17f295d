import { describe, expect, it } from 'vitest';
import type { BudgetModel } from '../../src/model/budget.js';
import { CANONICAL, check, modelOf, readRepoFile, variant } from '../helpers.js';

const EASTMOOR = readRepoFile('test/fixtures/budget/eastmoor-respiratory.care');
const OLDER = readRepoFile('test/fixtures/population/older-people.care');
const EASTMOOR_TERM = 'term 2026-04-01 to 2029-03-31 {\n        years april_to_march';

async function budgetOf(text: string): Promise<BudgetModel> {
    return modelOf(await check(text)).budget;
}

function amounts(budget: BudgetModel, field: 'stated' | 'computed' | 'difference' | 'amount'): Record<string, string | undefined> {
    return Object.fromEntries(budget.years.map(y => [y.label, y[field]?.toJsonAmount()]));
}

describe('budget model: contract A (per person per year)', () => {
    it('reconciles stated years and shows formula years on current rates', async () => {
        const budget = await budgetOf(CANONICAL);
        expect(amounts(budget, 'computed')).toEqual({
            '2025/26': '17712240.00', '2026/27': '17712240.00', '2027/28': '17712240.00', '2028/29': '17712240.00', '2029/30': '17712240.00'
        });
        expect(amounts(budget, 'difference')).toEqual({
            '2025/26': '0.00', '2026/27': '0.00', '2027/28': undefined, '2028/29': undefined, '2029/30': undefined
        });
        expect(budget.years.map(y => y.final)).toEqual([true, true, false, false, false]);
        expect(budget.years.map(y => y.efficiency)).toEqual([undefined, undefined, 'efficiency_factor', 'efficiency_factor', 'efficiency_factor']);
        expect(budget.missingYears).toEqual([]);
    });

    it('V-24: £17,100,000.00 × 1.035 = £17,698,500.00, budget +0.08%', async () => {
        const a = (await budgetOf(CANONICAL)).baselineSpend!.affordability!;
        expect(a.year).toBe('2025/26');
        expect(a.years).toBe(1);
        expect(a.growth.format()).toBe('3.5%');
        expect(a.growthAdjusted.format()).toBe('£17,698,500.00');
        expect(a.budget.format()).toBe('£17,712,240.00');
        expect(a.gap.toFixed()).toBe('0.000776');
        expect(a.gap.times(100).toDecimalPlaces(2).toFixed()).toBe('0.08');
        expect(a.shortfall.toJsonAmount()).toBe('-13740.00');
        expect(a.savingsPlanned).toBeUndefined();
    });

    it('per head: £811.00 a year, flat without population growth', async () => {
        const budget = await budgetOf(CANONICAL);
        expect(budget.years[0]!.perHead!.format()).toBe('£811.00');
        expect(budget.years[1]!.perHeadChange!.format()).toBe('0%');
        expect(budget.livesGrowth).toBeUndefined();
    });

    it('per head falls 1.96% when the population grows 2% a year and the budget stays flat', async () => {
        const size = 'size 312,000 as_at 2025-01-01 source "National registration list"';
        const budget = await budgetOf(variant(size, `${size}\n        growth 2% per year`));
        const y2 = budget.years[1]!;
        expect(y2.lives!.toFixed()).toBe('22276.8');
        expect(y2.perHead!.format()).toBe('£795.10');
        expect(y2.perHeadChange!.format(2)).toBe('-1.96%');
        expect(budget.livesGrowth!.format()).toBe('2%');
    });

    it('lists contract years without a budget line', async () => {
        const budget = await budgetOf(variant('        year 2029/30 capitation uplift national_cost_uplift less efficiency_factor\n', ''));
        expect(budget.missingYears.map(y => y.label)).toEqual(['2029/30']);
    });
});

describe('budget model: V-19 figures', () => {
    it('128,500 × £1,195.00 = £153,557,500.00 against £152,000,000.00: −£1,557,500.00, 1.02%', async () => {
        const budget = await budgetOf(variant('year 2026/27 £153,557,500.00', 'year 2026/27 £152,000,000.00', OLDER));
        const y = budget.years[0]!;
        expect(budget.capitation!.annualTotal!.format()).toBe('£153,557,500.00');
        expect(y.computed!.toJsonAmount()).toBe('153557500.00');
        expect(y.stated!.toJsonAmount()).toBe('152000000.00');
        expect(y.difference!.toJsonAmount()).toBe('-1557500.00');
        expect(y.differenceRatio!.format(2)).toBe('1.02%');
    });

    it('a fixed uplift multiplies the capitation: × 1.02 on later formula years', async () => {
        const budget = await budgetOf(OLDER);
        expect(amounts(budget, 'computed')).toEqual({ '2026/27': '153557500.00', '2027/28': '156628650.00', '2028/29': '156628650.00' });
        expect(budget.years.map(y => y.perHead?.toJsonAmount())).toEqual(['1195.00', '1218.90', '1218.90']);
    });
});

describe('budget model: §3.7 Eastmoor (per member per month, pooled)', () => {
    it('A40 £3.50 × 20,400 × 12 = £856,800.00; A65 £1,010,100.00; A80 £518,400.00', async () => {
        const cap = (await budgetOf(EASTMOOR)).capitation!;
        expect(cap.unit).toBe('member_month');
        expect(cap.periods).toBe(12);
        expect(cap.tiers.map(t => t.annual!.format())).toEqual(['£856,800.00', '£1,010,100.00', '£518,400.00']);
        expect(cap.annualTotal!.format()).toBe('£2,385,300.00');
        expect(cap.count!.toFixed()).toBe('32200');
        expect(cap.blendedRate!.amount.toDecimalPlaces(4).toFixed()).toBe('74.0776');
    });

    it('2026/27 reconciles; formula years are indicative', async () => {
        const budget = await budgetOf(EASTMOOR);
        expect(amounts(budget, 'difference')).toEqual({ '2026/27': '0.00', '2027/28': undefined, '2028/29': undefined });
        expect(budget.years.map(y => y.efficiency === undefined || y.efficiency === 'efficiency_factor' ? y.efficiency : y.efficiency.format()))
            .toEqual([undefined, '1.1%', '1.1%']);
    });

    it('pool: £1,669,710.00 + £715,590.00 = £2,385,300.00, shares 70% + 30%', async () => {
        const pool = (await budgetOf(EASTMOOR)).pools[0]!;
        expect(pool.years).toHaveLength(1);
        const y = pool.years[0]!;
        expect(y.label).toBe('2026/27');
        expect(y.total!.format()).toBe('£2,385,300.00');
        expect(y.budget!.format()).toBe('£2,385,300.00');
        expect(y.difference!.toJsonAmount()).toBe('0.00');
        expect(y.shareTotal!.format()).toBe('100%');
    });

    it('pool short by £100,000.00', async () => {
        const text = variant('contribution EastmoorCouncil £715,590.00', 'contribution EastmoorCouncil £615,590.00', EASTMOOR);
        const y = (await budgetOf(text)).pools[0]!.years[0]!;
        expect(y.total!.toJsonAmount()).toBe('2285300.00');
        expect(y.difference!.toJsonAmount()).toBe('-100000.00');
        expect(y.differenceRatio!.format(2)).toBe('4.19%');
    });

    it('allocations: £1,035,300.00 + £1,250,000.00 + £100,000.00 = £2,385,300.00', async () => {
        const allocation = (await budgetOf(EASTMOOR)).allocations[0]!;
        expect(allocation.total!.format()).toBe('£2,385,300.00');
        expect(allocation.years.map(y => [y.label, y.difference?.toJsonAmount()])).toEqual([['2026/27', '0.00']]);
    });

    it('V-24: £2,300,000.00 × 1.018 = £2,341,400.00; budget +1.87%; savings plan £90,000.00', async () => {
        const a = (await budgetOf(EASTMOOR)).baselineSpend!.affordability!;
        expect(a.year).toBe('2026/27');
        expect(a.growthAdjusted.format()).toBe('£2,341,400.00');
        expect(a.gap.toFixed()).toBe('0.018749');
        expect(a.savingsPlanned!.format()).toBe('£90,000.00');
    });

    it('indexed formula years are not reconciled against pools or allocations', async () => {
        const text = variant('allocations 2026/27 exhaustive', 'allocations each year exhaustive', EASTMOOR);
        const allocation = (await budgetOf(text)).allocations[0]!;
        expect(allocation.years.map(y => [y.label, y.budget?.toJsonAmount(), y.final])).toEqual([
            ['2026/27', '2385300.00', true], ['2027/28', undefined, false], ['2028/29', undefined, false]
        ]);
    });
});

describe('budget model: partial years', () => {
    it('pro_rata days: 274/365 of the year from 1 July', async () => {
        const text = variant(EASTMOOR_TERM, 'term 2026-07-01 to 2029-03-31 {\n        years april_to_march\n        partial 2026/27 pro_rata days', EASTMOOR);
        const budget = await budgetOf(text);
        const y = budget.years[0]!;
        expect(y.proRata!.times(365).toDecimalPlaces(10).toFixed()).toBe('274');
        expect(y.computed!.toJsonAmount()).toBe('1790608.77');
        expect(budget.years[1]!.computed!.toJsonAmount()).toBe('2385300.00');
    });

    it('pro_rata member_months: 9 whole months of 12', async () => {
        const text = variant(EASTMOOR_TERM, 'term 2026-07-01 to 2029-03-31 {\n        years april_to_march\n        partial 2026/27 pro_rata member_months', EASTMOOR);
        const y = (await budgetOf(text)).years[0]!;
        expect(y.proRata!.toFixed()).toBe('0.75');
        expect(y.computed!.toJsonAmount()).toBe('1788975.00');
    });

    it('V-24 compares a partial first year annualised', async () => {
        const text = variant('year 2026/27 £2,385,300.00', 'year 2026/27 £1,788,975.00',
            variant(EASTMOOR_TERM, 'term 2026-07-01 to 2029-03-31 {\n        years april_to_march\n        partial 2026/27 pro_rata member_months', EASTMOOR));
        const a = (await budgetOf(text)).baselineSpend!.affordability!;
        expect(a.budget.toJsonAmount()).toBe('2385300.00');
        expect(a.gap.toFixed()).toBe('0.018749');
    });
});
