import { describe, expect, test } from 'vitest';
import { toContractJson, GenerateError } from '../../src/generator/contract-generator.js';
import { ageJson, durationJson, fractionJson, moneyJson, percentJson, periodJson, writtenNumber } from '../../src/generator/json-values.js';
import { Decimal } from '../../src/model/decimal.js';
import { Money, Percent } from '../../src/model/money.js';
import { CalendarDate, Period } from '../../src/model/period.js';
import { CANONICAL, check, modelOf, variant } from '../helpers.js';
import { contractSchemaErrors } from './generator-helpers.js';

const money = (amount: string): Money => new Money(new Decimal(amount), 'GBP');
const percent = (value: string): Percent => new Percent(new Decimal(value));

describe('JSON value types (LANGUAGE.md §7)', () => {
    test('money: 2 dp at least, rates up to 4, intermediates shown to 4', () => {
        expect(moneyJson(money('17712240'))).toEqual({ amount: '17712240.00', currency: 'GBP' });
        expect(moneyJson(money('3.5'))).toEqual({ amount: '3.50', currency: 'GBP' });
        expect(moneyJson(money('3.1234'))).toEqual({ amount: '3.1234', currency: 'GBP' });
        expect(moneyJson(money('811.0000000001'))).toEqual({ amount: '811.00', currency: 'GBP' });
        expect(moneyJson(money('-0.5')).amount).toBe('-0.50');
    });

    test('fractions: percent ÷ 100, exact, at least 2 decimals, no exponent', () => {
        expect(percentJson(percent('6'))).toEqual({ fraction: '0.06' });
        expect(percentJson(percent('30'))).toEqual({ fraction: '0.30' });
        expect(percentJson(percent('3.5'))).toEqual({ fraction: '0.035' });
        expect(percentJson(percent('0.01'))).toEqual({ fraction: '0.0001' });
        expect(percentJson(percent('-1.1'))).toEqual({ fraction: '-0.011' });
        expect(percentJson(percent('100'))).toEqual({ fraction: '1.00' });
        expect(percentJson(percent('105'))).toEqual({ fraction: '1.05' });
        expect(fractionJson(new Decimal(274).dividedBy(365))).toEqual({ fraction: '0.7506849315' });
        expect(fractionJson(new Decimal('1e-9'))).toEqual({ fraction: '0.000000001' });
    });

    test('metric values as written, periods half-open, ages, durations', () => {
        expect(writtenNumber('62.0')).toBe('62.0');
        expect(writtenNumber('21,310')).toBe('21310');
        const start = CalendarDate.parse('2025-04-01')!;
        expect(periodJson(Period.inclusive(start, CalendarDate.parse('2030-03-31')!))).toEqual({ start: '2025-04-01', end: '2030-04-01' });
        expect(ageJson({ lo: 65, hi: 75, written: '65 to 74' })).toEqual({ lo: 65, hi: 75 });
        expect(ageJson(undefined)).toEqual({ lo: 0, hi: null });
        expect(durationJson({ value: 15, unit: 'working_days', text: '15 working_days' })).toEqual({ value: 15, unit: 'working_days' });
    });
});

describe('unchecked builds (--force)', () => {
    const options = { file: 'bad.care', sha256: 'a'.repeat(64), diagnostics: [], unchecked: true, generatorVersion: '0.1.0' };

    test('a contract with errors is marked unchecked, as the last key', async () => {
        const doc = await check(variant('T3 "High risk" size 2,184', 'T3 "High risk" size 2,144'));
        expect(doc.diagnostics?.some(d => d.code === 'population/partition-mismatch')).toBe(true);
        const json = toContractJson(modelOf(doc), options);
        expect(json.unchecked).toBe(true);
        expect(Object.keys(json).at(-1)).toBe('unchecked');
        expect(json.cohorts[0]?.partitions[0]?.sizeTotal).toBe(21800);
        expect(contractSchemaErrors(json)).toEqual([]);
    });

    test('a contract without a term cannot be compiled at all', async () => {
        const doc = await check(variant(`    term 2025-04-01 to 2030-03-31 {
        years april_to_march
        shadow 2025/26
        run_off 6 months
    }`, ''));
        expect(() => toContractJson(modelOf(doc), options)).toThrow(GenerateError);
    });

    test('a checked build has no unchecked key', async () => {
        const json = toContractJson(modelOf(await check(CANONICAL)), { ...options, unchecked: false });
        expect('unchecked' in json).toBe(false);
    });
});
