import { describe, expect, it } from 'vitest';
import { expectCompletion } from 'langium/test';
import type { CompletionList } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { checkWithFiles, readRepoFile, services, variant } from '../helpers.js';
import { lsp, params, positionOf } from './lsp-helpers.js';

const SMALL = readRepoFile('test/fixtures/lsp/small.care');
const complete = expectCompletion(services.Care);

/** Completion labels at `<|>`, after replacing `from` with `to` (which holds the marker). */
async function labelsAt(from: string, to: string): Promise<string[]> {
    let labels: string[] = [];
    await complete({
        text: variant(from, to, SMALL),
        index: 0,
        disposeAfterCheck: true,
        assert: (list: CompletionList) => { labels = list.items.map(i => i.label); }
    });
    return labels;
}

describe('completion', () => {
    it('offers only the contract clauses not yet used, keeping repeatable ones', async () => {
        const labels = await labelsAt('    provider Trust { statutory }\n', '    provider Trust { statutory }\n    <|>\n');
        for (const used of ['version', 'jurisdiction', 'form', 'currency', 'rounding', 'term', 'population', 'services', 'budget', 'payment']) {
            expect(labels, used).not.toContain(used);
        }
        for (const open of ['status', 'policy', 'commissioner', 'provider', 'subcontractor', 'cohort', 'pot', 'reporting', 'governance']) {
            expect(labels, open).toContain(open);
        }
    });

    it('filters clauses per block, not across blocks', async () => {
        const labels = await labelsAt('{ kind icb lead }', '{ kind icb lead <|> }');
        expect(labels).not.toContain('kind');
        expect(labels).not.toContain('lead');
        expect(labels).toEqual(expect.arrayContaining(['statutory', 'value', 'legal_form', 'vat']));
    });

    it('offers the term years not yet targeted after target', async () => {
        expect(await labelsAt('target 2026/27 full 5\n', 'target 2026/27 full 5\n            target <|>\n')).toEqual(['2025/26', '2027/28']);
    });

    it('offers the term years not yet listed in a withhold', async () => {
        expect(await labelsAt('2025/26 0%\n', '2025/26 0%\n            <|>\n')).toEqual(['2026/27', '2027/28']);
    });

    it('offers references of the right kind only', async () => {
        expect(await labelsAt('denominator Pop', 'denominator <|>')).toEqual(['Pop']);
        expect(await labelsAt('into P {', 'into <|> {')).toEqual(['P']);
    });

    it('offers snippets where their first keyword is valid', async () => {
        const payment = await labelsAt('    payment {\n', '    payment {\n        <|>\n');
        expect(payment).toEqual(expect.arrayContaining(['withhold', 'corridor', 'shared_savings', 'gate']));
        const pot = await labelsAt('    pot P {\n', '    pot P {\n        <|>\n');
        expect(pot).toEqual(expect.arrayContaining(['outcome', 'outcome-linear', 'outcome-tiered']));
        expect(await labelsAt('    budget {\n', '    budget {\n        <|>\n')).toContain('pooled_budget');
    });

    it('inserts the contract snippet from language/snippets.json in an empty file', async () => {
        await complete({
            text: '<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: (list: CompletionList) => {
                const snippet = list.items.find(i => i.kind === CompletionItemKind.Snippet && i.label === 'contract');
                expect(snippet?.insertTextFormat).toBe(InsertTextFormat.Snippet);
                const body = (snippet?.textEdit as { newText: string }).newText;
                for (const section of ['version 1', 'jurisdiction', 'form', 'currency', 'rounding', 'commissioner', 'provider', 'term', 'population', 'budget', 'payment', 'pot']) {
                    expect(body, section).toContain(section);
                }
            }
        });
    });

    it('offers the imported library metrics after uses Lib.', async () => {
        const library = 'library RespLib "R" { metric CarePlan { unit percent } metric Other { unit percent } }';
        const text = 'import "lib/resp.care"\n' + variant('denominator Pop', 'uses RespLib.\n            denominator Pop', SMALL);
        const doc = await checkWithFiles(text, { 'lib/resp.care': library });
        const list = await lsp.CompletionProvider!.getCompletion(doc, { ...params(doc), position: positionOf(doc, 'RespLib.\n', 8) });
        expect(list?.items.map(i => i.label)).toEqual(['RespLib.CarePlan', 'RespLib.Other']);
    });
});
