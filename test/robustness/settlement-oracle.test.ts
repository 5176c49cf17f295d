import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal as DecimalJs } from 'decimal.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContractJson, OutcomeJson } from '../../src/generator/contract-json.js';
import { settle } from '../../src/settlement/index.js';
import { ROOT } from '../helpers.js';
import { schemaProblems } from '../fuzz/harness.js';

/**
 * The settlement engine against an independent, straightforward reading of LANGUAGE.md §8 written
 * here: withhold pots (linear, all-or-nothing and tiered scoring, per-line and per-total rounding,
 * missing-data fallbacks with re-normalised weights) and a symmetric corridor, on thousands of
 * generated contracts and actuals. The oracle shares nothing with src/ but the decimal library,
 * configured as §8 says (34 significant digits, half-even for intermediate quotients).
 */
const D = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_EVEN });
type Dec = InstanceType<typeof D>;
const RUNS = Number(process.env.FUZZ_SETTLE_RUNS ?? 5000);
const SEED = Number(process.env.FUZZ_SEED ?? 20260707);
const YEAR = '2026/27';

type Method = 'linear' | 'all_or_nothing' | 'tiered';
type Direction = 'higher' | 'lower';

interface GenOutcome {
    method: Method;
    direction: Direction;
    /** Weight in basis points; the pot's weights sum to 10,000. */
    weightBp: number;
    /** Hundredths, sorted worst to best once the direction is applied. */
    levels: number[];
    payoutsPct: number[];
    /** Achieved value in hundredths. */
    achieved: number;
    missing: boolean;
    fallback: 'neutral' | 'zero' | 'exclude';
}

interface Case {
    base: number; // pence
    rateBp: number; // withhold rate in basis points of a percent (0.0001 = 1)
    mode: 'half_up' | 'half_even';
    unit: '0.01' | '1';
    applyAt: 'line' | 'total';
    outcomes: GenOutcome[];
    /** Corridor breakpoints in basis points of the target, ascending; shares in percent. */
    bands: { hi: number | null; sharePct: number }[] | null;
    /** Expenditure − target, in pence (either side). */
    deviation: number;
}

const outcomeArb: fc.Arbitrary<Omit<GenOutcome, 'weightBp'>> = fc.record({
    method: fc.constantFrom<Method>('linear', 'all_or_nothing', 'tiered'),
    direction: fc.constantFrom<Direction>('higher', 'lower'),
    levels: fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 3, maxLength: 3 }).map(l => l.sort((a, b) => a - b)),
    payoutsPct: fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 3, maxLength: 3 }).map(p => p.sort((a, b) => a - b)),
    achieved: fc.oneof(fc.integer({ min: -500, max: 10_500 }), fc.constantFrom(0, 5000, 10_000)),
    missing: fc.integer({ min: 0, max: 5 }).map(n => n === 0),
    fallback: fc.constantFrom('neutral', 'zero', 'exclude' as const)
});

const caseArb: fc.Arbitrary<Case> = fc.record({
    base: fc.oneof(fc.integer({ min: 0, max: 5_000_000_000 }), fc.integer({ min: 0, max: 1000 })),
    rateBp: fc.integer({ min: 0, max: 2000 }),
    mode: fc.constantFrom('half_up', 'half_even' as const),
    unit: fc.constantFrom('0.01', '1' as const),
    applyAt: fc.constantFrom('line', 'total' as const),
    outcomes: fc.array(outcomeArb, { minLength: 1, maxLength: 6 }),
    split: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 6, maxLength: 6 }),
    bands: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 3000 }), { minLength: 0, maxLength: 4 }).chain(cuts =>
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: cuts.length + 1, maxLength: cuts.length + 1 }).map(shares => {
            const sorted = [...cuts].sort((a, b) => a - b);
            return [...sorted.map((hi, i) => ({ hi, sharePct: shares[i]! })), { hi: null, sharePct: shares[sorted.length]! }];
        })), { freq: 4 }),
    deviationBp: fc.integer({ min: -2500, max: 2500 }),
    deviationPence: fc.integer({ min: -100, max: 100 })
}).map(({ split, deviationBp, deviationPence, ...c }) => {
    // Integer weights in basis points summing to exactly 10,000.
    const parts = c.outcomes.map((_, i) => split[i]!);
    const total = parts.reduce((a, b) => a + b, 0);
    const weights = parts.map(p => Math.floor((p * 10_000) / total));
    weights[weights.length - 1]! += 10_000 - weights.reduce((a, b) => a + b, 0);
    return {
        ...c,
        outcomes: c.outcomes.map((o, i) => ({ ...o, weightBp: weights[i]! })),
        deviation: Math.max(-c.base, Math.round((c.base * deviationBp) / 10_000) + deviationPence)
    };
});

// ---------------------------------------------------------------- the case as contract JSON + actuals

const template = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/settlement/contract-a.json'), 'utf8')) as ContractJson;
const money = (pence: number) => ({ amount: new D(pence).dividedBy(100).toFixed(2), currency: 'GBP' as const });
const fraction = (value: Dec) => ({ fraction: value.toString() });
const hundredths = (n: number) => new D(n).dividedBy(100).toFixed(2);

function contractOf(c: Case): ContractJson {
    const contract = structuredClone(template);
    contract.contract.rounding = { mode: c.mode, unit: c.unit, applyAt: c.applyAt };
    contract.budget.years = contract.budget.years.map(y => y.year === YEAR ? { ...y, stated: money(c.base), computed: money(c.base) } : y);
    contract.payment.withholds = [{
        ...contract.payment.withholds[0]!,
        years: [{ ...contract.payment.withholds[0]!.years[1]!, year: YEAR, rate: fraction(new D(c.rateBp).dividedBy(10_000)) }]
    }];
    contract.payment.gates = [];
    contract.payment.bonuses = [];
    contract.payment.sharedSavings = null;
    contract.payment.marginalRates = [];
    contract.payment.penalties = [];
    contract.payment.corridor = c.bands ? {
        on: 'budget', symmetric: true,
        deficit: bandsJson(c.bands), surplus: bandsJson(c.bands)
    } : null;
    const model = template.pots[0]!.outcomes[0]!;
    contract.pots = [{
        ...template.pots[0]!,
        outcomes: c.outcomes.map((o, i): OutcomeJson => {
            const [worst, mid, best] = o.direction === 'higher' ? o.levels : [...o.levels].reverse();
            return {
                ...model,
                id: `X${i}`,
                direction: o.direction,
                scoring: { method: o.method, tiers: [] },
                weight: fraction(new D(o.weightBp).dividedBy(10_000)),
                targets: [{
                    ...model.targets[0]!, year: YEAR,
                    threshold: o.method === 'linear' ? hundredths(worst!) : null,
                    full: o.method === 'tiered' ? null : hundredths(best!),
                    tiers: o.method === 'tiered'
                        ? [worst!, mid!, best!].map((level, k) => ({ level: hundredths(level), payout: fraction(new D(o.payoutsPct[k]!).dividedBy(100)) }))
                        : []
                }],
                minimumDenominator: { value: 0, unit: 'patients', fallback: 'neutral', fromPolicy: false },
                missingData: o.fallback,
                mustPass: null
            };
        })
    }];
    return contract;
}

function bandsJson(bands: NonNullable<Case['bands']>) {
    return bands.map((b, i) => ({
        lo: fraction(new D(i === 0 ? 0 : bands[i - 1]!.hi!).dividedBy(10_000)),
        hi: b.hi === null ? null : fraction(new D(b.hi).dividedBy(10_000)),
        providerShare: fraction(new D(b.sharePct).dividedBy(100))
    }));
}

function actualsOf(c: Case) {
    return {
        $schema: 'urn:carec:schema:actuals:1.0',
        contract: template.contract.id,
        year: YEAR,
        currency: 'GBP',
        expenditure: money(c.base + c.deviation),
        providerRevenue: null,
        outcomes: c.outcomes.map((o, i) => ({ id: `X${i}`, value: hundredths(o.achieved), denominator: 1000, dataComplete: !o.missing })),
        penalties: []
    };
}

// ---------------------------------------------------------------- the oracle

function round(value: Dec, c: Case): Dec {
    const unit = new D(c.unit);
    const mode = c.mode === 'half_up' ? D.ROUND_HALF_UP : D.ROUND_HALF_EVEN;
    return value.dividedBy(unit).toDecimalPlaces(0, mode).times(unit);
}

function score(o: GenOutcome): Dec {
    const a = new D(o.achieved).dividedBy(100);
    const [worst, mid, best] = (o.direction === 'higher' ? o.levels : [...o.levels].reverse()).map(l => new D(l).dividedBy(100));
    const atLeast = (x: Dec, level: Dec) => o.direction === 'higher' ? x.greaterThanOrEqualTo(level) : x.lessThanOrEqualTo(level);
    if (o.method === 'all_or_nothing') {
        return atLeast(a, best!) ? new D(1) : new D(0);
    }
    if (o.method === 'tiered') {
        let s = new D(0);
        [worst!, mid!, best!].forEach((level, k) => { if (atLeast(a, level)) s = new D(o.payoutsPct[k]!).dividedBy(100); });
        return s;
    }
    const raw = o.direction === 'higher' ? a.minus(worst!).dividedBy(best!.minus(worst!)) : worst!.minus(a).dividedBy(worst!.minus(best!));
    return D.min(1, D.max(0, raw));
}

interface Expected {
    withheld: Dec;
    earned: Dec;
    lines: Dec[];
    composite: Dec;
    corridor: { provider: Dec; commissioner: Dec; side: string } | null;
    net: Dec;
}

function oracle(c: Case): Expected {
    const base = new D(c.base).dividedBy(100);
    const W = round(base.times(new D(c.rateBp).dividedBy(10_000)), c);
    const scores = c.outcomes.map(o => o.missing ? (o.fallback === 'neutral' ? new D(1) : o.fallback === 'zero' ? new D(0) : null) : score(o));
    const weights = c.outcomes.map(o => new D(o.weightBp).dividedBy(10_000));
    const scoredWeight = weights.reduce((sum, w, i) => scores[i] === null ? sum : sum.plus(w), new D(0));
    const contributions = weights.map((w, i) => scores[i] === null || scoredWeight.isZero() ? new D(0) : w.dividedBy(scoredWeight).times(scores[i]!));
    const composite = contributions.reduce((a, b) => a.plus(b), new D(0));
    const lines = contributions.map(x => round(W.times(x), c));
    const earned = c.applyAt === 'line' ? lines.reduce((a, b) => a.plus(b), new D(0)) : round(W.times(composite), c);

    let corridor: Expected['corridor'] = null;
    let net = earned;
    if (c.bands) {
        const T = base;
        const d = new D(c.deviation).dividedBy(100);
        const size = d.abs();
        let provider = new D(0);
        c.bands.forEach((band, i) => {
            const lo = T.times(new D(i === 0 ? 0 : c.bands![i - 1]!.hi!).dividedBy(10_000));
            const hi = band.hi === null ? size : D.min(size, T.times(new D(band.hi).dividedBy(10_000)));
            provider = provider.plus(D.max(0, hi.minus(lo)).times(new D(band.sharePct).dividedBy(100)));
        });
        provider = round(provider, c);
        const side = d.isZero() ? 'none' : d.isPositive() ? 'deficit' : 'surplus';
        corridor = { provider, commissioner: size.minus(provider), side };
        net = side === 'deficit' ? earned.plus(size.minus(provider)) : side === 'surplus' ? earned.minus(size.minus(provider)) : earned;
    }
    return { withheld: W, earned, lines, composite, corridor, net };
}

// ---------------------------------------------------------------- the property

const amount = (m: { amount: string }) => new D(m.amount);

describe('settlement against an independent oracle (withhold pots, symmetric corridor)', () => {
    it(`agrees on ${RUNS} generated contracts and actuals, to the penny`, () => {
        let corridors = 0;
        let excluded = 0;
        fc.assert(fc.property(caseArb, c => {
            const expected = oracle(c);
            const statement = settle(contractOf(c), actualsOf(c) as never);
            expect(schemaProblems('statement', JSON.parse(JSON.stringify(statement)))).toEqual([]);
            const pot = statement.pots[0]!;
            expect(amount(statement.bases.withholds[0]!.amount).toString()).toBe(expected.withheld.toString());
            expect(amount(pot.withheld).toString()).toBe(expected.withheld.toString());
            expect(new D(pot.composite).minus(expected.composite).abs().lessThan('1e-9')).toBe(true);
            expect(amount(pot.earned).toString()).toBe(expected.earned.toString());
            expect(amount(pot.forfeited).toString()).toBe(expected.withheld.minus(expected.earned).toString());
            expect(statement.outcomes.map(o => amount(o.amount!).toString())).toEqual(expected.lines.map(l => l.toString()));
            if (expected.corridor) {
                corridors++;
                expect(statement.corridor!.side).toBe(expected.corridor.side);
                expect(amount(statement.corridor!.provider).toString()).toBe(expected.corridor.provider.toString());
                expect(amount(statement.corridor!.commissioner).toString()).toBe(expected.corridor.commissioner.toString());
            } else {
                expect(statement.corridor).toBeNull();
            }
            excluded += c.outcomes.some(o => o.missing && o.fallback === 'exclude') ? 1 : 0;
            expect(amount(statement.net.toProvider).toString()).toBe(expected.net.toString());
            // Every paid line is a whole number of rounding units (the corridor's commissioner share is |d| − provider, unrounded).
            for (const m of [pot.earned, pot.withheld, ...statement.outcomes.map(o => o.amount!), ...(statement.corridor ? [statement.corridor.provider] : [])]) {
                expect(amount(m).dividedBy(c.unit).isInteger()).toBe(true);
            }
        }), { seed: SEED, numRuns: RUNS });
        expect(corridors).toBeGreaterThan(RUNS / 2);
        expect(excluded).toBeGreaterThan(0);
    }, 300_000);
});
