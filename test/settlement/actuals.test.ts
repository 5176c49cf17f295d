import { describe, expect, test } from 'vitest';
import { parseActuals } from '../../src/settlement/actuals.js';
import { SettlementError } from '../../src/settlement/diagnostics.js';
import { settle } from '../../src/settlement/settle.js';
import type { SettlementDiagnosticJson } from '../../src/settlement/statement-json.js';
import { actualsA, contractA } from './helpers.js';

function diagnosticsOf(run: () => unknown): SettlementDiagnosticJson[] {
    try {
        run();
    } catch (e) {
        if (e instanceof SettlementError) {
            return e.diagnostics;
        }
        throw e;
    }
    throw new Error('expected a SettlementError');
}

describe('parseActuals', () => {
    test('reads the §8.1 file into exact values', () => {
        const a = parseActuals(actualsA());
        expect(a.expenditure.format()).toBe('£17,190,000.00');
        expect(a.exposure?.kind).toBe('member_months');
        expect(a.outcomes[2]?.value.toString()).toBe('9.1');
        expect(a.providerRevenue).toBeNull();
    });

    test('malformed fields are reported with their JSON pointer and what was expected', () => {
        const bad = actualsA() as unknown as Record<string, unknown> & { outcomes: Record<string, unknown>[] };
        bad['expenditure'] = { amount: 17190000, currency: 'GBP' };
        bad['year'] = '2026-27';
        bad.outcomes[0]!['value'] = 65.4;
        bad.outcomes[1]!['denominator'] = -3;
        bad.outcomes[2]!['extra'] = true;
        bad['exposure'] = { memberMonths: { T1: 1.5 } };
        const diagnostics = diagnosticsOf(() => parseActuals(bad));
        expect(diagnostics.every(d => d.code === 'settle/invalid-actuals' && d.severity === 'error')).toBe(true);
        expect(diagnostics.map(d => [d.pointer, d.message])).toEqual([
            ['/year', 'expected a contract year such as "2026/27" or "PY2026", found string "2026-27"'],
            ['/exposure/memberMonths/T1', 'expected a whole number of member-months, found number 1.5'],
            ['/expenditure/amount', 'expected an amount as a decimal string with 2 to 4 decimals, e.g. "17190000.00", found number 17190000'],
            ['/outcomes/0/value', 'expected the achieved value as a decimal string in the outcome\'s unit, e.g. "65.4", found number 65.4'],
            ['/outcomes/1/denominator', 'expected a whole number ≥ 0, found number -3'],
            ['/outcomes/2/extra', "expected no property 'extra' (allowed: id, value, denominator, numerator, dataComplete), found boolean true"]
        ]);
    });

    test('a non-object and missing required fields', () => {
        expect(diagnosticsOf(() => parseActuals([]))[0]).toMatchObject({ pointer: '', message: 'expected an object, found an array of 0' });
        const pointers = diagnosticsOf(() => parseActuals({})).map(d => d.pointer);
        expect(pointers).toEqual(['/contract', '/year', '/currency', '/expenditure', '/outcomes', '/penalties']);
    });

    test('an amount in another currency', () => {
        const bad = { ...actualsA(), expenditure: { amount: '1.00', currency: 'USD' } };
        expect(diagnosticsOf(() => parseActuals(bad))).toEqual([{
            code: 'settle/currency-mismatch', severity: 'error', message: 'amount in USD in a GBP actuals file', pointer: '/expenditure/currency'
        }]);
    });
});

describe('settle preflight errors', () => {
    test('contract, currency, year, outcome and penalty mismatches are all reported', () => {
        const actuals = {
            ...actualsA(), contract: 'B_OTHER', currency: 'EUR' as const, year: '2031/32', expenditure: { amount: '1.00', currency: 'EUR' as const },
            penalties: [{ title: 'Late', events: 1 }]
        };
        actuals.outcomes = [...actuals.outcomes, { id: 'M9', value: '1', denominator: 100, dataComplete: true }];
        const diagnostics = diagnosticsOf(() => settle(contractA(), actuals));
        expect(diagnostics.map(d => [d.code, d.pointer])).toEqual([
            ['settle/contract-mismatch', '/contract'],
            ['settle/currency-mismatch', '/currency'],
            ['settle/year-not-in-term', '/year'],
            ['settle/unknown-outcome', '/outcomes/5/id'],
            ['settle/unknown-penalty', '/penalties/0/title']
        ]);
        expect(diagnostics[2]?.message).toBe('2031/32 is not a contract year of A_DIAB_NSH_2025 (years: 2025/26, 2026/27, 2027/28, 2028/29, 2029/30)');
    });

    test('an exposure tier that is not a capitation tier', () => {
        const actuals = { ...actualsA(), exposure: { memberMonths: { T1: 157248, T4: 10 } } };
        const diagnostics = diagnosticsOf(() => settle(contractA(), actuals));
        expect(diagnostics).toMatchObject([{ code: 'settle/contract-mismatch', pointer: '/exposure/memberMonths/T4' }]);
    });

    test('the error message lists every error without a stack trace', () => {
        expect.assertions(1);
        try {
            settle(contractA(), { ...actualsA(), contract: 'X' });
        } catch (e) {
            expect((e as Error).message).toBe('error settle/contract-mismatch /contract: the actuals are for X, not A_DIAB_NSH_2025');
        }
    });
});
