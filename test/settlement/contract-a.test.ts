import { describe, expect, test } from 'vitest';
import { settle } from '../../src/settlement/settle.js';
import type { StatementJson } from '../../src/settlement/statement-json.js';
import { actualsA, contractA } from './helpers.js';

const amount = (m: { amount: string }): string => m.amount;

describe('Contract A, 2026/27 (LANGUAGE.md §8.1)', () => {
    const statement: StatementJson = settle(contractA(), actualsA());

    test('base from 262,080 member-months and the 6% withhold', () => {
        expect(statement.bases.capitation?.exposure.total).toBe('262080');
        expect(statement.bases.capitation?.exposure.tiers.map(t => amount(t.amount))).toEqual(['6814080.00', '6420960.00', '4477200.00']);
        expect(amount(statement.bases.amount)).toBe('17712240.00');
        expect(statement.bases.withholds).toEqual([{ pot: 'P1', rate: { fraction: '0.06' }, amount: { amount: '1062734.40', currency: 'GBP' } }]);
    });

    test('every outcome score and amount', () => {
        const rows = statement.outcomes.map(o => [o.id, o.score, o.contribution, amount(o.amount)]);
        expect(rows).toEqual([
            ['M1', '0.6000000000', '0.1800000000', '191292.19'],
            ['M2', '1.0000000000', '0.2000000000', '212546.88'],
            ['M3', '0.2666666667', '0.0533333333', '56679.17'],
            ['M4', '0.7500000000', '0.1125000000', '119557.62'],
            ['M5', '0.0000000000', '0.0000000000', '0.00']
        ]);
    });

    test('pot: composite, earned, forfeited, line-vs-total difference', () => {
        const [pot] = statement.pots;
        expect(pot?.composite).toBe('0.5458333333');
        expect(amount(pot!.earned)).toBe('580075.86');
        expect(amount(pot!.lineSum)).toBe('580075.86');
        expect(amount(pot!.totalRounded)).toBe('580075.86');
        expect(amount(pot!.forfeited)).toBe('482658.54');
        expect(amount(statement.rounding.lineVsTotalDifference)).toBe('0.00');
        expect(pot?.unearned).toEqual({ rule: 'retained_by_commissioner', purpose: 'Reinvestment in diabetes prevention' });
    });

    test('gate passes', () => {
        expect(statement.gates).toEqual([{
            target: 'surplus', above: { fraction: '0.02' }, subject: 'P1', measure: 'composite', op: '>=', required: '0.50',
            actual: '0.5458333333', passed: true
        }]);
    });

    test('corridor surplus bands', () => {
        const c = statement.corridor!;
        expect(c.side).toBe('surplus');
        expect(amount(c.deviation)).toBe('-522240.00');
        expect(c.deviationFraction.fraction).toBe('-0.0294846953');
        expect(c.bands.map(b => [amount(b.amountInBand), amount(b.provider), amount(b.commissioner)])).toEqual([
            ['354244.80', '354244.80', '0.00'],
            ['167995.20', '83997.60', '83997.60'],
            ['0.00', '0.00', '0.00']
        ]);
        expect(amount(c.provider)).toBe('438242.40');
        expect(amount(c.commissioner)).toBe('83997.60');
    });

    test('flows and net', () => {
        expect(statement.flows.map(f => [f.from, f.to, amount(f.amount)])).toEqual([
            ['commissioner', 'provider', '580075.86'],
            ['provider', 'commissioner', '83997.60']
        ]);
        expect(amount(statement.net.toProvider)).toBe('496078.26');
        expect(statement.diagnostics).toEqual([]);
    });

    test('deficit variant: expenditure £18,700,000.00', () => {
        const actuals = actualsA();
        actuals.expenditure = { amount: '18700000.00', currency: 'GBP' };
        const deficit = settle(contractA(), actuals);
        const c = deficit.corridor!;
        expect(c.side).toBe('deficit');
        expect(amount(c.deviation)).toBe('987760.00');
        expect(c.bands.map(b => [amount(b.amountInBand), amount(b.provider)])).toEqual([
            ['354244.80', '354244.80'],
            ['531367.20', '265683.60'],
            ['102148.00', '10214.80']
        ]);
        expect(amount(c.provider)).toBe('630143.20');
        expect(amount(c.commissioner)).toBe('357616.80');
        expect(amount(deficit.net.toProvider)).toBe('937692.66');
        expect(deficit.flows.map(f => [f.kind, f.from, amount(f.amount)])).toEqual([
            ['earned_withhold', 'commissioner', '580075.86'],
            ['corridor_deficit', 'commissioner', '357616.80']
        ]);
    });
});
