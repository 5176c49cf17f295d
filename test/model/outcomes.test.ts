import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { assessReliability, formatBand, formatChange } from '../../src/model/outcome-reliability.js';
import type { OutcomeModel } from '../../src/model/outcomes.js';
import { CANONICAL, check, modelOf, variant } from '../helpers.js';

async function outcomes(text = CANONICAL): Promise<Map<string, OutcomeModel>> {
    const model = modelOf(await check(text));
    return new Map(model.outcomes.map(o => [o.name, o]));
}

/** "±band vs required" for the first target year, as LANGUAGE.md §4 lists the V-43 golden figures. */
function firstYear(o: OutcomeModel): string {
    const r = o.reliability;
    if (r.kind === 'not-assessable') {
        return r.reason;
    }
    const y = r.years[0]!;
    return `±${formatBand(y.band)} vs ${formatChange(y.required)}`;
}

describe('V-43 noise bands of Contract A (LANGUAGE.md §4)', () => {
    it('reproduces M1 ±0.65 vs 5.0, M3 ±28.7 vs 39.3 events, M4 ±1.46 vs 16.0, M5 ±2.17 vs 3.0', async () => {
        const o = await outcomes();
        expect(firstYear(o.get('M1')!)).toBe('±0.65 vs 5.0');
        expect(firstYear(o.get('M3')!)).toBe('±28.7 vs 39.3');
        expect(firstYear(o.get('M4')!)).toBe('±1.46 vs 16.0');
        expect(firstYear(o.get('M5')!)).toBe('±2.17 vs 3.0');
        expect(o.get('M2')!.reliability).toEqual({ kind: 'not-assessable', reason: 'no-size' });
    });

    it('uses the binomial band for proportions and the Poisson band on events for rates', async () => {
        const o = await outcomes();
        const m1 = o.get('M1')!.reliability;
        const m3 = o.get('M3')!.reliability;
        expect(m1.kind).toBe('proportion');
        expect(m3.kind).toBe('events');
        if (m1.kind !== 'proportion' || m3.kind !== 'events') {
            return;
        }
        // 100 × 1.96 × √(0.62 × 0.38 / 21,310)
        expect(m1.years[0]!.band.toFixed(6)).toBe('0.651706');
        // 1.96 × √214 and 214 × 1.8 / 9.8
        expect(m3.years[0]!.band.toFixed(4)).toBe('28.6723');
        expect(m3.years[0]!.required.toFixed(4)).toBe('39.3061');
        expect(m3.lambdaSource).toBe('events');
        expect([m1, m3].every(r => r.years.every(y => !y.inside))).toBe(true);
    });

    it('finds §3.9 R2 inside the band: 38 × 5.0/41.0 = 4.6 deaths < 1.96 × √38 = 12.1', () => {
        const target = { label: '2027/28', goal: new Decimal('36.0') } as never;
        const baseline = { value: new Decimal('41.0'), events: new Decimal(38) } as never;
        const r = assessReliability('per_100000', baseline, [target]);
        expect(r.kind).toBe('events');
        if (r.kind !== 'events') {
            return;
        }
        expect(formatChange(r.years[0]!.required)).toBe('4.6');
        expect(formatBand(r.years[0]!.band)).toBe('12.1');
        expect(r.years[0]!.inside).toBe(true);
    });

    it('gives the catalogue example M5 n 41: 5.0 points inside ±15.1', () => {
        const r = assessReliability('percent', { value: new Decimal(58), n: new Decimal(41) } as never,
            [{ label: '2026/27', goal: new Decimal(63) } as never]);
        expect(r.kind === 'proportion' && [formatChange(r.years[0]!.required), formatBand(r.years[0]!.band), r.years[0]!.inside])
            .toEqual(['5.0', '15.1', true]);
    });

    it('derives expected events from n for a rate, and treats a count as its own expected events', () => {
        const year = { label: '2026/27', goal: new Decimal('8.0') } as never;
        const fromN = assessReliability('per_1000', { value: new Decimal('9.8'), n: new Decimal(21840) } as never, [year]);
        expect(fromN.kind === 'events' && [fromN.lambdaSource, fromN.lambda.toFixed(3)]).toEqual(['n', '214.032']);
        const count = assessReliability('count', { value: new Decimal(50) } as never, [{ label: 'x', goal: new Decimal(40) } as never]);
        expect(count.kind === 'events' && count.lambdaSource).toBe('count');
        expect(assessReliability('score', { value: new Decimal(30), n: new Decimal(500) } as never, []))
            .toEqual({ kind: 'not-assessable', reason: 'no-noise-model' });
    });

    it('puts the n = 630 / 631 boundary for M5 on either side of the 3.0-point change', async () => {
        const inside = await outcomes(variant('baseline 82.0 in 2024/25 n 1,200', 'baseline 82.0 in 2024/25 n 630'));
        const outside = await outcomes(variant('baseline 82.0 in 2024/25 n 1,200', 'baseline 82.0 in 2024/25 n 631'));
        const first = (o: OutcomeModel) => o.reliability.kind === 'proportion' ? o.reliability.years[0]!.inside : undefined;
        expect(first(inside.get('M5')!)).toBe(true);
        expect(first(outside.get('M5')!)).toBe(false);
    });
});

describe('outcome figures for rules and hover', () => {
    it('measures each target year over the contract year and finds the first performance year', async () => {
        const m1 = (await outcomes()).get('M1')!;
        expect(m1.targets.map(t => t.measurement!.toString())).toEqual([
            '[2026-04-01, 2027-04-01)', '[2027-04-01, 2028-04-01)', '[2028-04-01, 2029-04-01)', '[2029-04-01, 2030-04-01)'
        ]);
        expect(m1.firstPerformance!.label).toBe('2026/27');
        expect(m1.baselineAgeYears).toBe(2);
        expect(m1.missing).toEqual([]);
    });

    it('measures a rolling window back from the end of each year', async () => {
        const text = variant('window contract_year\n            source national "SUS"', 'window rolling 36 months\n            source national "SUS"');
        const m3 = (await outcomes(text)).get('M3')!;
        expect(m3.targets.slice(0, 2).map(t => t.measurement!.toString())).toEqual(['[2024-04-01, 2027-04-01)', '[2025-04-01, 2028-04-01)']);
    });

    it('takes the top tier as T1 for tiered scoring and signs the improvement by direction', async () => {
        const o = await outcomes();
        expect(o.get('M4')!.targets.map(t => t.goal!.toString())).toEqual(['25', '27', '29', '31']);
        expect(o.get('M3')!.targets[0]!.improvement!.toString()).toBe('1.8');
    });

    it('lists the at-risk years of a pot and the remainder weight of its last outcome', async () => {
        const pot = modelOf(await check(variant('weight 15%\n            baseline 9.0', 'weight 20%\n            baseline 9.0'))).pots[0]!;
        expect(pot.atRisk.map(y => `${y.label} ${y.rate.format()}`)).toEqual(['2026/27 6%', '2027/28 6%', '2028/29 6%', '2029/30 6%']);
        expect(pot.weightTotal.format()).toBe('105%');
        expect(pot.weightRemainder!.format()).toBe('10%');
    });

    it('merges a library metric under the outcome and reads driver provision', async () => {
        const text = variant('drivers EnhancedReviews, SpecialistNursing, Education, InpatientTeam', 'drivers EyeScreening');
        const m3 = (await outcomes(text)).get('M3')!;
        expect(m3.driverServices.map(d => [d.name, d.retained])).toEqual([['EyeScreening', true]]);
    });
});
