import { describe, expect, test } from 'vitest';
import type { ContractJson, SharedSavingsJson } from '../../src/generator/contract-json.js';
import { sizeBasedRate } from '../../src/settlement/msr-table.js';
import { settle } from '../../src/settlement/settle.js';
import { actualsA, contractA, gbp } from './helpers.js';

const f = (fraction: string): { fraction: string } => ({ fraction });

function withSharedSavings(clause: Partial<SharedSavingsJson>): ContractJson {
    const contract = contractA();
    contract.payment.corridor = null;
    contract.payment.gates = [];
    contract.payment.sharedSavings = {
        benchmark: { amount: gbp('10000000.00'), perCapita: null, year: '2026/27', trend: null, riskAdjusted: false },
        sided: 'one_sided', msr: { kind: 'fixed', rate: f('0.02') }, mlr: null, basis: 'first_dollar',
        savingsShare: f('0.50'), lossShare: null, savingsCap: null, lossCaps: [], qualityScaling: false,
        ...clause
    };
    return contract;
}

function run(contract: ContractJson, expenditure: string, extra: Record<string, unknown> = {}) {
    return settle(contract, { ...actualsA(), expenditure: gbp(expenditure), ...extra });
}

describe('one-sided', () => {
    test('first_dollar shares all savings once the MSR is met', () => {
        const s = run(withSharedSavings({}), '9500000.00');
        expect(s.sharedSavings).toMatchObject({
            savings: gbp('500000.00'), rate: f('0.05'), msr: f('0.02'), side: 'savings', qualifies: true,
            shareable: gbp('500000.00'), share: f('0.5'), amount: gbp('250000.00')
        });
        expect(s.flows.at(-1)).toMatchObject({ kind: 'shared_savings', from: 'commissioner', to: 'provider', amount: gbp('250000.00') });
        expect(s.net.toProvider.amount).toBe('830075.86');
    });

    test('above_threshold shares only the excess over the MSR', () => {
        const s = run(withSharedSavings({ basis: 'above_threshold' }), '9500000.00');
        expect(s.sharedSavings?.shareable.amount).toBe('300000.00');
        expect(s.sharedSavings?.amount.amount).toBe('150000.00');
    });

    test('the savings cap limits the share', () => {
        const s = run(withSharedSavings({ savingsCap: f('0.02') }), '9500000.00');
        expect(s.sharedSavings?.cap?.amount).toBe('200000.00');
        expect(s.sharedSavings?.amount.amount).toBe('200000.00');
    });

    test('quality scaling multiplies by the composite', () => {
        const s = run(withSharedSavings({ qualityScaling: true }), '9500000.00');
        expect(s.sharedSavings?.qualityFactor).toBe('0.5458333333');
        expect(s.sharedSavings?.amount.amount).toBe('136458.33');
    });

    test('inside the MSR nothing is shared; losses are ignored', () => {
        expect(run(withSharedSavings({}), '9900000.00').sharedSavings).toMatchObject({ side: 'none', qualifies: false, amount: gbp('0.00') });
        expect(run(withSharedSavings({}), '11000000.00').sharedSavings).toMatchObject({ side: 'none', amount: gbp('0.00') });
    });

    test('a failed gate blocks shared savings', () => {
        const contract = withSharedSavings({});
        contract.payment.gates = [{ target: 'shared_savings', above: null, subject: 'P1', measure: 'composite', op: '>=', value: '0.60' }];
        const s = run(contract, '9500000.00');
        expect(s.gates[0]?.passed).toBe(false);
        expect(s.sharedSavings).toMatchObject({ blocked: true, amount: gbp('0.00') });
    });

    test('benchmark from per-capita × lives × trend', () => {
        const contract = withSharedSavings({
            benchmark: { amount: null, perCapita: gbp('1000.00'), year: '2024/25', trend: f('0.02'), riskAdjusted: false }
        });
        const s = run(contract, '10000000.00', { assignedLives: 10000 });
        expect(s.sharedSavings?.benchmark.amount).toBe('10404000.00');
        expect(s.sharedSavings?.benchmarkSource).toBe('£1,000.00 × 10,000 assigned lives × 1.02^2');
        expect(s.sharedSavings?.amount.amount).toBe('202000.00');
    });

    test('an actuals benchmark overrides the formula', () => {
        const s = run(withSharedSavings({}), '9500000.00', { benchmark: gbp('9800000.00') });
        expect(s.sharedSavings?.benchmark.amount).toBe('9800000.00');
        expect(s.sharedSavings?.amount.amount).toBe('150000.00');
    });
});

describe('two-sided', () => {
    const twoSided = { sided: 'two_sided' as const, mlr: { kind: 'fixed' as const, rate: f('0.02') }, lossShare: f('0.30') };

    test('first_dollar losses at the loss share', () => {
        const s = run(withSharedSavings(twoSided), '10600000.00');
        expect(s.sharedSavings).toMatchObject({ side: 'losses', shareable: gbp('600000.00'), share: f('0.3'), amount: gbp('180000.00') });
        expect(s.flows.at(-1)).toMatchObject({ kind: 'shared_losses', from: 'provider', to: 'commissioner', amount: gbp('180000.00') });
        expect(s.net.toProvider.amount).toBe('400075.86');
    });

    test('above_threshold losses exclude the MLR', () => {
        const s = run(withSharedSavings({ ...twoSided, basis: 'above_threshold' }), '10600000.00');
        expect(s.sharedSavings?.amount.amount).toBe('120000.00');
    });

    test('loss caps: % of benchmark and % of provider revenue, the tighter wins', () => {
        const caps = { ...twoSided, lossCaps: [{ rate: f('0.01'), of: 'benchmark' as const }, { rate: f('0.08'), of: 'revenue' as const }] };
        expect(run(withSharedSavings(caps), '10600000.00').sharedSavings?.amount.amount).toBe('100000.00');
        const revenue = run(withSharedSavings(caps), '10600000.00', { providerRevenue: gbp('1000000.00') });
        expect(revenue.sharedSavings?.cap?.amount).toBe('80000.00');
        expect(revenue.sharedSavings?.amount.amount).toBe('80000.00');
    });

    test('an undeclared loss share is 1 − savings share; an undeclared MLR mirrors the MSR', () => {
        const s = run(withSharedSavings({ sided: 'two_sided' }), '10600000.00');
        expect(s.sharedSavings?.mlr).toEqual(f('0.02'));
        expect(s.sharedSavings?.amount.amount).toBe('300000.00');
    });

    test('inside the MLR nothing is shared', () => {
        expect(run(withSharedSavings(twoSided), '10150000.00').sharedSavings?.side).toBe('none');
    });
});

describe('size-based MSR', () => {
    test('the §8 table, interpolated', () => {
        const pct = (lives: number): string => sizeBasedRate(lives).times(100).toString();
        expect(pct(7500)).toBe('3.3');
        expect(pct(5000)).toBe('3.9');
        expect(pct(4000)).toBe('3.9');
        expect(pct(12500)).toBe('2.85');
        expect(pct(20000)).toBe('2.5');
        expect(pct(60000)).toBe('2');
        expect(pct(250000)).toBe('2');
    });

    test('applied with assigned lives', () => {
        const contract = withSharedSavings({ msr: { kind: 'size_based', rate: null } });
        const below = run(contract, '9680000.00', { assignedLives: 7500 });
        expect(below.sharedSavings).toMatchObject({ msr: f('0.033'), lives: 7500, side: 'none' });
        const above = run(contract, '9660000.00', { assignedLives: 7500 });
        expect(above.sharedSavings).toMatchObject({ side: 'savings', amount: gbp('170000.00') });
    });
});
