import { describe, expect, test } from 'vitest';
import type { ContractJson } from '../../src/generator/contract-json.js';
import type { ActualsJson } from '../../src/settlement/actuals-json.js';
import { settle } from '../../src/settlement/settle.js';
import { actualsA, contractA, gbp } from './helpers.js';

const f = (fraction: string): { fraction: string } => ({ fraction });
const HEAD_YEARS = { headYears: { T1: '13104', T2: '6552', T3: '2184' } };

function partial2026(): ContractJson {
    const contract = contractA();
    contract.term.years[1]!.partial = { proRata: 'days', fraction: f('0.7506849315'), days: 274, yearDays: 365 };
    return contract;
}

describe('bases', () => {
    test('without exposure the stated year amount is the base', () => {
        const actuals: ActualsJson = actualsA();
        delete actuals.exposure;
        const s = settle(contractA(), actuals);
        expect(s.bases).toMatchObject({ source: 'stated', amount: gbp('17712240.00'), capitation: null });
        expect(s.net.toProvider.amount).toBe('496078.26');
    });

    test('head-years × annual rates; uplift from the actuals', () => {
        const s = settle(contractA(), { ...actualsA(), exposure: HEAD_YEARS, uplift: f('0.02') });
        expect(s.bases.capitation).toMatchObject({ subtotal: gbp('17712240.00'), uplift: f('0.02'), amount: gbp('18066484.80') });
        expect(s.bases.withholds[0]?.amount.amount).toBe('1083989.09');
    });

    test('per member per month rates need no / 12', () => {
        const contract = contractA();
        contract.budget.capitation!.unit = 'member_per_month';
        contract.budget.capitation!.tiers.forEach(t => (t.rate = gbp('10.00')));
        expect(settle(contract, actualsA()).bases.amount.amount).toBe('2620800.00');
    });

    test('partial year: head-years are pro-rated by days, member-months are not', () => {
        const byHeadYears = settle(partial2026(), { ...actualsA(), exposure: HEAD_YEARS });
        expect(byHeadYears.bases.capitation?.partial?.fraction).toBe('0.7506849315');
        expect(byHeadYears.bases.amount.amount).toBe('13296311.67');
        expect(settle(partial2026(), actualsA()).bases.amount.amount).toBe('17712240.00');
    });

    test('partial year: a block base per year is pro-rated', () => {
        const contract = partial2026();
        contract.payment.base = { kind: 'block', amount: gbp('5000000.00'), frequency: 'monthly' };
        const s = settle(contract, actualsA());
        expect(s.bases).toMatchObject({ kind: 'block', source: 'payment', amount: gbp('3753424.66') });
    });

    test('an index-linked year without a published uplift warns and uses 0%', () => {
        const s = settle(contractA(), { ...actualsA(), year: '2027/28' });
        expect(s.diagnostics.map(d => d.code)).toEqual(['settle/missing-data']);
        expect(s.bases.amount.amount).toBe('17712240.00');
        expect(s.outcomes[0]?.inputs.threshold).toBe('64');
    });

    test('shadow year: computed for information, every flow 0', () => {
        const s = settle(contractA(), { ...actualsA(), year: '2025/26' });
        expect(s.shadow).toBe(true);
        expect(s.bases.withholds[0]?.amount.amount).toBe('0.00');
        // No 2025/26 targets: every score is 0, so the surplus gate fails too.
        expect(s.pots[0]?.composite).toBe('0.0000000000');
        expect(s.corridor?.commissioner.amount).toBe('167995.20');
        expect(s.flows.every(flow => flow.amount.amount === '0.00')).toBe(true);
        expect(s.net.toProvider.amount).toBe('0.00');
    });
});

describe('gates', () => {
    test('a failed surplus gate sets the provider share beyond 2% to 0', () => {
        const contract = contractA();
        contract.payment.gates[0]!.value = '0.60';
        const s = settle(contract, actualsA());
        expect(s.gates[0]).toMatchObject({ actual: '0.5458333333', passed: false });
        const c = s.corridor!;
        expect(c.gatedAbove).toEqual(f('0.02'));
        expect(c.bands.map(b => [b.lo.fraction, b.hi?.fraction ?? null, b.amountInBand.amount, b.providerShare.fraction])).toEqual([
            ['0', '0.02', '354244.80', '1'],
            ['0.02', '0.05', '167995.20', '0'],
            ['0.05', null, '0.00', '0']
        ]);
        expect(c.provider.amount).toBe('354244.80');
        expect(c.commissioner.amount).toBe('167995.20');
        expect(s.net.toProvider.amount).toBe('412080.66');
    });

    test('a failed surplus gate splits a band at its cutoff, and never touches deficits', () => {
        const contract = contractA();
        contract.payment.gates[0] = { ...contract.payment.gates[0]!, above: f('0.025'), value: '0.60' };
        const surplus = settle(contract, actualsA()).corridor!;
        expect(surplus.bands.map(b => [b.lo.fraction, b.hi?.fraction ?? null, b.providerShare.fraction])).toEqual([
            ['0', '0.02', '1'], ['0.02', '0.025', '0.5'], ['0.025', '0.05', '0'], ['0.05', null, '0']
        ]);
        expect(surplus.provider.amount).toBe('398525.40'); // £354,244.80 + 50% × £88,561.20 (2%–2.5%)
        const deficit = settle(contract, { ...actualsA(), expenditure: gbp('18700000.00') }).corridor!;
        expect(deficit.gatedAbove).toBeNull();
        expect(deficit.provider.amount).toBe('630143.20');
    });

    test('gates on earned withhold, on an outcome value and on a score', () => {
        const contract = contractA();
        contract.payment.gates = [
            { target: 'earned_withhold', above: null, subject: 'M1', measure: 'value', op: '>=', value: '65' },
            { target: 'earned_withhold', above: null, subject: 'M5', measure: 'score', op: '>', value: '0' }
        ];
        const s = settle(contract, actualsA());
        expect(s.gates.map(g => [g.actual, g.passed])).toEqual([['65.4', true], ['0.0000000000', false]]);
        expect(s.pots[0]).toMatchObject({ earned: gbp('0.00'), forfeited: gbp('1062734.40') });
        expect(s.pots[0]?.composite).toBe('0.5458333333');
    });

    test('a gate on a missing outcome fails', () => {
        const contract = contractA();
        contract.payment.gates = [{ target: 'bonus', above: null, subject: 'M1', measure: 'value', op: '>=', value: '60' }];
        contract.payment.bonuses = [{ pot: 'P1', amount: gbp('100000.00'), rate: null, base: null, cap: null }];
        const actuals = actualsA();
        actuals.outcomes.shift();
        const s = settle(contract, actuals);
        expect(s.gates[0]).toMatchObject({ actual: null, passed: false });
        expect(s.bonuses[0]).toMatchObject({ blocked: true, amount: gbp('0.00') });
    });
});

describe('bonus, marginal rate, penalties', () => {
    test('bonus = min(pool × S, cap)', () => {
        const contract = contractA();
        contract.payment.bonuses = [{ pot: 'P1', amount: null, rate: f('0.01'), base: 'capitation', cap: null }];
        expect(settle(contract, actualsA()).bonuses[0]).toMatchObject({ pool: gbp('177122.40'), amount: gbp('96679.31') });
        contract.payment.bonuses[0]!.cap = { amount: gbp('50000.00'), rate: null, base: null };
        const capped = settle(contract, actualsA());
        expect(capped.bonuses[0]?.amount.amount).toBe('50000.00');
        expect(capped.flows[1]).toMatchObject({ kind: 'bonus', from: 'commissioner', to: 'provider' });
        expect(capped.net.toProvider.amount).toBe('546078.26');
    });

    test('marginal rate on volume and on spend', () => {
        const contract = contractA();
        contract.payment.marginalRates = [
            { rate: f('0.30'), above: { count: 1850, unit: 'admissions', amount: null }, year: '2025/26', rebase: 'annually' },
            { rate: f('0.30'), above: { count: null, unit: null, amount: gbp('17000000.00') }, year: '2025/26', rebase: null }
        ];
        const s = settle(contract, { ...actualsA(), activity: [{ unit: 'admissions', count: 2000, price: gbp('2000.00') }] });
        expect(s.marginalRates.map(m => [m.excess, m.reduction.amount])).toEqual([['150', '210000.00'], ['190000', '133000.00']]);
        expect(s.net.toProvider.amount).toBe('153078.26');
        const missing = settle(contract, actualsA());
        expect(missing.marginalRates).toHaveLength(1);
        expect(missing.diagnostics.map(d => d.code)).toEqual(['settle/missing-data']);
    });

    test('penalties: events × amount, capped per year (pro-rated in a partial year)', () => {
        const penalty = { title: 'Late data submission', amount: gbp('5000.00'), per: 'event' as const, cap: gbp('50000.00') };
        const contract = contractA();
        contract.payment.penalties = [penalty];
        const s = settle(contract, { ...actualsA(), penalties: [{ title: 'Late data submission', events: 3 }] });
        expect(s.penalties[0]).toMatchObject({ uncapped: gbp('15000.00'), total: gbp('15000.00') });
        expect(s.flows.at(-1)).toMatchObject({ kind: 'penalty', from: 'provider', to: 'commissioner', amount: gbp('15000.00') });
        expect(s.net.toProvider.amount).toBe('481078.26');
        const capped = settle(contract, { ...actualsA(), penalties: [{ title: 'Late data submission', events: 12 }] });
        expect(capped.penalties[0]?.total.amount).toBe('50000.00');
        const partial = partial2026();
        partial.payment.penalties = [penalty];
        const prorated = settle(partial, { ...actualsA(), penalties: [{ title: 'Late data submission', events: 12 }] });
        expect(prorated.penalties[0]?.total.amount).toBe('37534.25');
    });
});
