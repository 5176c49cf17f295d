import { describe, expect, test } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { Money } from '../../src/model/money.js';
import { roundPaid } from '../../src/settlement/json-values.js';
import { settle } from '../../src/settlement/settle.js';
import { actualsA, actualsWith, contractA, contractWithOutcomes, outcomeLike } from './helpers.js';

const codes = (diagnostics: { code: string }[]): string[] => diagnostics.map(d => d.code);

describe('data checks and fallbacks', () => {
    test('small denominator: neutral by default, with the §5 message', () => {
        const actuals = actualsA();
        actuals.outcomes[3]!.denominator = 62;
        const s = settle(contractA(), actuals);
        const m4 = s.outcomes.find(o => o.id === 'M4')!;
        expect(m4.fallback).toEqual({ reason: 'small_denominator', rule: 'neutral' });
        expect(m4.score).toBe('1.0000000000');
        expect(s.diagnostics).toEqual([{
            code: 'settle/small-denominator', severity: 'warning',
            message: 'M4 denominator 62 < 100 patients: score neutral (1.0)', pointer: '/outcomes/3/denominator'
        }]);
    });

    test('events minimum for a rate: value × denominator / 1,000', () => {
        const actuals = actualsA();
        actuals.outcomes[2]!.denominator = 2000; // 9.1 × 2,000 / 1,000 = 18.2 events < 30
        const s = settle(contractA(), actuals);
        const m3 = s.outcomes.find(o => o.id === 'M3')!;
        expect(m3.inputs.events).toBe('18.2');
        expect(m3.score).toBe('1.0000000000');
        expect(s.diagnostics[0]?.message).toBe('M3 events 18.2 (9.1 × 2,000 / 1,000) < 30 events: score neutral (1.0)');
    });

    test('missing data defaults to zero; a missing outcome is warned', () => {
        const actuals = actualsA();
        actuals.outcomes[1]!.dataComplete = false;
        actuals.outcomes.splice(0, 1); // drop M1
        const s = settle(contractA(), actuals);
        expect(s.outcomes.map(o => o.score)).toEqual(['0.0000000000', '0.0000000000', '0.2666666667', '0.7500000000', '0.0000000000']);
        expect(codes(s.diagnostics)).toEqual(['settle/missing-outcome', 'settle/missing-data']);
    });

    test('zero fallback for a small denominator', () => {
        const contract = contractA();
        contract.pots[0]!.outcomes[3]!.minimumDenominator = { value: 100, unit: 'patients', fallback: 'zero', fromPolicy: false };
        const actuals = actualsA();
        actuals.outcomes[3]!.denominator = 62;
        expect(settle(contract, actuals).outcomes[3]?.score).toBe('0.0000000000');
    });

    test('exclude re-weights the remaining outcomes', () => {
        const contract = contractA();
        contract.pots[0]!.outcomes[4]!.minimumDenominator = { value: 100, unit: 'patients', fallback: 'exclude', fromPolicy: false };
        const actuals = actualsA();
        actuals.outcomes[4]!.denominator = 41;
        const s = settle(contract, actuals);
        const m5 = s.outcomes[4]!;
        expect(m5.score).toBeNull();
        expect(m5.effectiveWeight).toEqual({ fraction: '0' });
        // Remaining weights 0.85: M1 0.30 / 0.85 = 0.3529411765
        expect(s.outcomes[0]?.effectiveWeight.fraction).toBe('0.3529411765');
        // S = 0.5458333333… / 0.85 = 0.6421568627
        expect(s.pots[0]?.composite).toBe('0.6421568627');
        expect(s.pots[0]?.earned.amount).toBe('682442.18');
        expect(s.diagnostics[0]?.message).toBe('M5 denominator 41 < 100 patients: excluded, weights re-normalised');
    });
});

describe('must_pass', () => {
    test('a zero score zeroes the pot', () => {
        const contract = contractA();
        contract.pots[0]!.outcomes[4]!.mustPass = { at: null, blocks: 'pot' };
        const s = settle(contract, actualsA());
        expect(s.pots[0]?.mustPassFailed).toEqual(['M5']);
        expect(s.pots[0]?.composite).toBe('0.0000000000');
        expect(s.pots[0]?.earned.amount).toBe('0.00');
        expect(s.pots[0]?.forfeited.amount).toBe('1062734.40');
        // The surplus gate now fails: the provider keeps only the first 2%.
        expect(s.gates[0]?.passed).toBe(false);
        expect(s.corridor?.provider.amount).toBe('354244.80');
    });

    test('at: the achieved value must reach the level', () => {
        const contract = contractA();
        contract.pots[0]!.outcomes[0]!.mustPass = { at: '66', blocks: 'pot' };
        expect(settle(contract, actualsA()).pots[0]?.mustPassFailed).toEqual(['M1']);
        contract.pots[0]!.outcomes[0]!.mustPass = { at: '65', blocks: 'pot' };
        expect(settle(contract, actualsA()).pots[0]?.mustPassFailed).toEqual([]);
    });

    test('blocks surplus: the provider keeps none of the surplus, the pot is untouched', () => {
        const contract = contractA();
        contract.pots[0]!.outcomes[4]!.mustPass = { at: null, blocks: 'surplus' };
        const s = settle(contract, actualsA());
        expect(s.pots[0]?.earned.amount).toBe('580075.86');
        expect(s.corridor?.provider.amount).toBe('0.00');
        expect(s.corridor?.commissioner.amount).toBe('522240.00');
    });

    test('blocks bonus', () => {
        const contract = contractA();
        contract.pots[0]!.outcomes[4]!.mustPass = { at: null, blocks: 'bonus' };
        contract.payment.bonuses = [{ pot: 'P1', amount: null, rate: { fraction: '0.01' }, base: 'capitation', cap: null }];
        const s = settle(contract, actualsA());
        expect(s.bonuses[0]).toMatchObject({ blocked: true, amount: { amount: '0.00' } });
    });
});

describe('rounding', () => {
    // Two lines of £5.313672 round to £5.31 each (£10.62); the total £10.627344 rounds to £10.63.
    const outcomes = [
        outcomeLike('Q1', '0.5', { threshold: '0', full: '1000' }),
        outcomeLike('Q2', '0.5', { threshold: '0', full: '1000' })
    ];
    const actuals = actualsWith({ Q1: '0.01', Q2: '0.01' });

    test('per line: earned is the sum of rounded lines; the penny difference is reported', () => {
        const s = settle(contractWithOutcomes(outcomes), actuals);
        expect(s.outcomes.map(o => o.amount.amount)).toEqual(['5.31', '5.31']);
        expect(s.pots[0]?.earned.amount).toBe('10.62');
        expect(s.pots[0]?.totalRounded.amount).toBe('10.63');
        expect(s.rounding.lineVsTotalDifference.amount).toBe('-0.01');
    });

    test('per total: earned is round(W × S)', () => {
        const contract = contractWithOutcomes(outcomes);
        contract.contract.rounding = { mode: 'half_up', unit: '0.01', applyAt: 'total' };
        const s = settle(contract, actuals);
        expect(s.pots[0]?.earned.amount).toBe('10.63');
        expect(s.pots[0]?.forfeited.amount).toBe('1062723.77');
        expect(s.rounding.lineVsTotalDifference.amount).toBe('-0.01');
    });

    test('paid lines follow the mode: half_even rounds a half penny to even, half_up away from zero', () => {
        const half = new Money(new Decimal('0.125'), 'GBP');
        expect(roundPaid(half, { mode: 'half_even', unit: '0.01', applyAt: 'line' }).amount.toFixed(2)).toBe('0.12');
        expect(roundPaid(half, { mode: 'half_up', unit: '0.01', applyAt: 'line' }).amount.toFixed(2)).toBe('0.13');
        expect(roundPaid(half, { mode: 'half_up', unit: '1', applyAt: 'line' }).amount.toFixed(0)).toBe('0');
    });
});
