import { describe, expect, it } from 'vitest';
import { check, diagnosticsOf, readRepoFile, variant } from '../helpers.js';
import { CalendarDate, Period, parseYearLabel } from '../../src/model/period.js';

/**
 * Every bug the fuzzer found, each with its minimised input (test/fuzz/replay.test.ts with
 * FUZZ_MINIMISE=1 shrank the mutant). A crash inside a check shows as Langium's
 * "An error occurred during validation" diagnostic; none may appear.
 */
const SMALL = readRepoFile('test/fixtures/lsp/small.care');

async function diagnose(text: string): Promise<{ codes: string[]; messages: string[] }> {
    const document = await check(text);
    const diagnostics = diagnosticsOf(document);
    const messages = diagnostics.map(d => typeof d.message === 'string' ? d.message : d.message.value);
    expect(messages.filter(m => /An error occurred/.test(m))).toEqual([]);
    return { codes: diagnostics.map(d => String(d.code)), messages };
}

describe('fuzz regressions', () => {
    it('an evaluation beside a nameless outcome (syntax error) does not crash evaluationMustMeasureImpact', async () => {
        const { codes } = await diagnose('contract C_MH_WESTBRIDGE_2026 pot{outcome\n    evaluation\n');
        expect(codes).toContain('syntax/unexpected-token');
    });

    it('an age with neither + nor to (`age 45`) does not crash the population model', async () => {
        const { codes } = await diagnose('contract B_MSK_ASHDOWN_2026 population Adults age 45');
        expect(codes).toContain('syntax/unexpected-token');
    });

    it('a term ending in 9999 tiles its years up to 9999/00 without running out of year labels', async () => {
        const { codes } = await diagnose(variant('term 2025-04-01 to 2028-03-31', 'term 9998-04-01 to 9999-12-31', SMALL));
        expect(codes).not.toContain('term/bad-order');
    });

    it('`version -1` is an error, so a clean build never emits a version the schema rejects', async () => {
        const { codes, messages } = await diagnose(variant('version 1', 'version -1', SMALL));
        expect(codes).toContain('syntax/expected-integer');
        expect(messages).toContain('version -1 must be a whole number of at least 0');
    });

    it('150,000 diagnostics in one file do not overflow the stack (Langium spread them into one push)', async () => {
        // Minimised from a 5 MB file of 320,000 repeated clauses: the spread fails from about 125,000 arguments.
        const { codes } = await diagnose(SMALL.replace('    version 1\n', '    version 1\n' + '    currency GBP\n'.repeat(150_000)));
        expect(codes.filter(c => c === 'structure/duplicate-clause')).toHaveLength(150_000);
    }, 120_000);

    it('`quorum 0` is an error (the schema wants at least 1)', async () => {
        const text = variant('    term 2025-04-01', '    governance { board "Board" meets quarterly decides by majority quorum 0 { members ICB, Trust } }\n    term 2025-04-01', SMALL);
        const { messages } = await diagnose(text);
        expect(messages).toContain('quorum 0 must be a whole number of at least 1');
    });
});

describe('calendar arithmetic for every four-digit year', () => {
    it('counts days across years 0001–0099 (Date.UTC reads them as 1901–1999)', () => {
        const start = CalendarDate.parse('0099-04-01')!;
        const end = CalendarDate.parse('0100-03-31')!;
        expect(start.isBefore(end)).toBe(true);
        expect(Period.inclusive(start, end).days).toBe(366 - 1); // 0100 is not a leap year
        expect(CalendarDate.parse('0004-02-29')?.toString()).toBe('0004-02-29');
        expect(CalendarDate.parse('0100-02-29')).toBeUndefined();
        expect(CalendarDate.parse('2000-02-29')?.addDays(1).toString()).toBe('2000-03-01');
    });

    it('agrees with Date for every day from 1900 to 2200', () => {
        const wrong: string[] = [];
        for (let day = CalendarDate.parse('1900-01-01')!.dayNumber; day < CalendarDate.parse('2200-01-01')!.dayNumber; day += 1) {
            const date = CalendarDate.fromDayNumber(day);
            if (date.dayNumber !== day || date.toString() !== new Date(day * 86_400_000).toISOString().slice(0, 10)) {
                wrong.push(`${day} ${date}`);
            }
        }
        expect(wrong).toEqual([]);
    });

    it('has no year 0000: its dates and labels are not dates, and 9999/00 is the last label', () => {
        expect(CalendarDate.parse('0000-01-01')).toBeUndefined();
        expect('label' in parseYearLabel('0000/01')).toBe(false);
        expect('label' in parseYearLabel('PY0000')).toBe(false);
        expect(parseYearLabel('9999/00')).toMatchObject({ label: '9999/00', startYear: 9999 });
    });
});
