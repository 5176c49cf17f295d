import { testCodeAction } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { CareCodeActionProvider } from '../../src/language/lsp/care-code-actions.js';
import { mergeFixEdits } from '../../src/language/lsp/fixes/merge-edits.js';
import { CANONICAL, check, services, variant, withCode } from '../helpers.js';
import { actionsFor, applied } from './code-actions-helpers.js';

const REGROUPED = variant('value £610,000 per year', 'value £61,0000 per year', variant('size 21,840 as_at', 'size 2,1840 as_at',
    variant('size 312,000 as_at', 'size 3,12000 as_at')));

/** Asks for the actions of the first diagnostic of `code` in `text`. */
async function actionsOfFirst(text: string, code: string, only?: string[]) {
    const document = await check(text);
    const diagnostic = withCode(document, code)[0];
    expect(diagnostic, `no ${code}`).toBeDefined();
    return { document, actions: await actionsFor(document, diagnostic!, only) };
}

describe("Langium's testCodeAction", () => {
    it('regroups digits: one action, the diagnostic gone', async () => {
        const input = variant('size 21,840 as_at', 'size 2,1840 as_at');
        const result = await testCodeAction(services.Care)(input, 'syntax/bad-digit-grouping', CANONICAL);
        expect(result.action?.isPreferred).toBe(true);
        await result.dispose();
    });

    it('turns M1 weight 35% into the remainder on M5', async () => {
        const input = variant('weight 30%', 'weight 35%');
        const expected = variant('weight 15%\n            baseline 82.0', 'weight 10%\n            baseline 82.0', input);
        await (await testCodeAction(services.Care)(input, 'outcome/weights-not-100', expected)).dispose();
    });
});

describe('fix all of this kind in the file', () => {
    it('offers one action for all three digit groupings and clears them', async () => {
        const { document, actions } = await actionsOfFirst(REGROUPED, 'syntax/bad-digit-grouping');
        expect(actions).toHaveLength(2);
        expect(actions[0]!.title).toMatch(/^Regroup the digits: (312,000|21,840|£610,000)$/);
        const all = actions[1]!;
        expect(all.title).toBe('Regroup the digits: all 3 syntax/bad-digit-grouping in the file');
        expect(all.kind).toBe('quickfix');
        expect(all.diagnostics).toHaveLength(3);
        expect(applied(document, all)).toBe(CANONICAL);
    });

    it('inserts two missing budget years at one point in year order', async () => {
        const years = '        year 2028/29 capitation uplift national_cost_uplift less efficiency_factor\n'
            + '        year 2029/30 capitation uplift national_cost_uplift less efficiency_factor\n';
        const { document, actions } = await actionsOfFirst(variant(years, ''), 'budget/year-missing');
        const all = actions.find(a => a.title.includes('all 2'))!;
        const text = applied(document, all);
        expect(text).toBe(variant(years, '        year 2028/29 capitation\n        year 2029/30 capitation\n'));
        expect(withCode(await check(text), 'budget/year-missing')).toEqual([]);
    });

    it('adds three outcomes to one report without a covers list', async () => {
        const { document, actions } = await actionsOfFirst(variant(' covers M1, M3, M4, M5', ''), 'reporting/no-reporting-path');
        const text = applied(document, actions.find(a => a.title.includes('all 3'))!);
        expect(text).toBe(variant(' covers M1, M3, M4, M5', '', variant('due 15 working_days', 'due 15 working_days covers M1, M4, M5')));
        expect(withCode(await check(text), 'reporting/no-reporting-path')).toEqual([]);
    });

    it('gives two duplicates two different new names', async () => {
        const input = variant('outcome M5 "Involved', 'outcome M3 "Involved', variant('outcome M4 "Structured', 'outcome M3 "Structured'));
        const { document, actions } = await actionsOfFirst(input, 'ref/duplicate-name');
        const text = applied(document, actions.find(a => a.title.includes('all 2'))!);
        expect(text).toBe(CANONICAL);
    });

    it('is not offered for a single diagnostic of the code', async () => {
        const { actions } = await actionsOfFirst(variant('size 21,840 as_at', 'size 2,1840 as_at'), 'syntax/bad-digit-grouping');
        expect(actions).toHaveLength(1);
    });

    it('leaves out a fix that overlaps one already taken, and counts identical edits once', () => {
        const at = (line: number, from: number, to: number, newText: string) =>
            ({ range: { start: { line, character: from }, end: { line, character: to } }, newText });
        const { edits, applied: count } = mergeFixEdits([
            [at(1, 0, 5, 'a')],
            [at(1, 3, 8, 'b')],
            [at(1, 5, 5, 'c')],
            [at(2, 0, 0, 'x'), at(1, 0, 5, 'a')],
            [at(2, 0, 0, 'y')]
        ]);
        expect(edits.map(e => e.newText)).toEqual(['a', 'x', 'y']);
        expect(count).toBe(3);
    });
});

describe('the code action request', () => {
    it('is served by the carec provider from the one composition root', () => {
        expect(services.Care.lsp.CodeActionProvider).toBeInstanceOf(CareCodeActionProvider);
    });

    it('marks the preferred fix and links it to its diagnostic', async () => {
        const { document, actions } = await actionsOfFirst(variant('denominator NewlyDiagnosed', 'denominator NewlyDiagnose'), 'ref/unknown-reference');
        expect(actions.map(a => [a.title, a.isPreferred ?? false])).toEqual([
            ["Use the closest declared name: 'NewlyDiagnosed'", true],
            ["Declare a stub cohort 'NewlyDiagnose'", false]
        ]);
        expect(actions[0]!.diagnostics?.[0]?.code).toBe('ref/unknown-reference');
        expect(Object.keys(actions[0]!.edit!.changes!)).toEqual([document.textDocument.uri]);
    });

    it("keeps the document's CRLF line ends in inserted clauses", async () => {
        const { document, actions } = await actionsOfFirst(CANONICAL.replace(/\n/g, '\r\n'), 'governance/no-change-control');
        const lf = variant('            also "Two patient representatives"\n        }\n',
            '            also "Two patient representatives"\n        }\n        variations agreed_by all_parties\n');
        expect(applied(document, actions[0]!)).toBe(lf.replace(/\n/g, '\r\n'));
    });

    it('offers nothing for a code without a fix', async () => {
        const { actions } = await actionsOfFirst(variant('as_at 2025-01-01 source "National', 'as_at 2026-02-29 source "National'), 'syntax/bad-date');
        expect(actions).toEqual([]);
    });

    it('honours `only`: no quick fixes for a refactor request', async () => {
        const { actions } = await actionsOfFirst(REGROUPED, 'syntax/bad-digit-grouping', ['refactor']);
        expect(actions).toEqual([]);
    });

    it('answers source.fixAll with the preferred fix of every error and warning in one action', async () => {
        const input = variant('shadow 2025/26', 'shadow 2025/27', REGROUPED);
        const { document, actions } = await actionsOfFirst(input, 'syntax/bad-digit-grouping', ['source.fixAll']);
        expect(actions.map(a => [a.kind, a.title])).toEqual([['source.fixAll.care', 'Fix all auto-fixable problems (4)']]);
        expect(applied(document, actions[0]!)).toBe(CANONICAL);
    });
});
