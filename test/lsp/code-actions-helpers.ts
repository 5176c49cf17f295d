import type { LangiumDocument } from 'langium';
import { expect } from 'vitest';
import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatEdits } from '../../src/language/lsp/care-formatter.js';
import { checkWithFiles, withCode } from '../helpers.js';
import { lsp, params } from './lsp-helpers.js';

/** One quick-fix fixture: a contract with the diagnostic, the action to take and what the text becomes. */
export interface FixCase {
    code: string;
    /** What the case shows, e.g. 'M4 weight 20%: M5 takes the remainder 10%'. */
    name: string;
    text: string;
    /** Extra files the case needs (imports), by path relative to the contract. */
    files?: Record<string, string>;
    /** Which diagnostic of the code, when the text has several: a piece of its message. */
    message?: string;
    /** Which action: a piece of its title; the first action when absent. */
    title?: string;
    /** The text after the fix: exact replacements on the input, in order. */
    after?: [string, string][];
    /** Error codes a skeleton may leave for the author to fill in. */
    allowErrors?: string[];
}

/** The code actions for one diagnostic, as a client asks for them at the diagnostic's range. */
export async function actionsFor(document: LangiumDocument, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    const request: CodeActionParams = {
        ...params(document),
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], ...(only ? { only } : {}) }
    };
    return (await lsp.CodeActionProvider!.getCodeActions(document, request) ?? []) as CodeAction[];
}

/** The document's text with an action's edits applied. */
export function applied(document: LangiumDocument, action: CodeAction): string {
    const edits = action.edit?.changes?.[document.textDocument.uri] ?? [];
    return TextDocument.applyEdits(document.textDocument as TextDocument, edits);
}

function errorCounts(document: LangiumDocument): Map<string, number> {
    const counts = new Map<string, number>();
    for (const d of document.diagnostics ?? []) {
        if (d.severity === DiagnosticSeverity.Error) {
            counts.set(String(d.code), (counts.get(String(d.code)) ?? 0) + 1);
        }
    }
    return counts;
}

export interface FixOutcome {
    before: LangiumDocument;
    after: LangiumDocument;
    action: CodeAction;
    text: string;
}

/**
 * Runs one fix case end to end and asserts what every fix promises: the action is a quick fix for the
 * diagnostic, the diagnostic is gone after the edit, no error appears that was not there, and a file
 * the formatter had nothing to change in stays that way (any other gets no more to change).
 */
export async function runFixCase(c: FixCase): Promise<FixOutcome> {
    const before = await checkWithFiles(c.text, c.files);
    const found = withCode(before, c.code).filter(d => c.message === undefined || String(d.message).includes(c.message));
    const describe = (doc: LangiumDocument) => (doc.diagnostics ?? []).map(d => `${d.code}: ${d.message}`).join('\n');
    expect(found.length, `no ${c.code}${c.message ? ` with '${c.message}'` : ''}:\n${describe(before)}`).toBeGreaterThan(0);
    const diagnostic = found[0]!;
    const actions = await actionsFor(before, diagnostic);
    const action = actions.find(a => c.title === undefined || a.title.includes(c.title));
    expect(action, `no action${c.title ? ` titled '${c.title}'` : ''} among ${JSON.stringify(actions.map(a => a.title))}`).toBeDefined();
    expect(action!.kind).toBe('quickfix');
    expect(action!.diagnostics).toContainEqual(diagnostic);
    const text = applied(before, action!);
    if (c.after) {
        const wanted = c.after.reduce((t, [from, to]) => {
            expect(t.includes(from), `'${from}' not in the input`).toBe(true);
            return t.replace(from, to);
        }, c.text);
        expect(text).toBe(wanted);
    }
    const after = await checkWithFiles(text, c.files);
    const same = (d: Diagnostic) => d.message === diagnostic.message;
    expect(withCode(after, c.code).filter(same).length, `still there after '${action!.title}':\n${text}`)
        .toBeLessThan(withCode(before, c.code).filter(same).length);
    const was = errorCounts(before);
    const newErrors = [...errorCounts(after)].filter(([code, n]) => n > (was.get(code) ?? 0) && !c.allowErrors?.includes(code));
    expect(newErrors, `new errors after '${action!.title}':\n${describe(after)}\n---\n${text}`).toEqual([]);
    const unformatted = formatEdits(before).length;
    const laidOut = formatEdits(after).map(e => `${e.range.start.line + 1}:${e.range.start.character} ${JSON.stringify(e.newText)}`);
    if (unformatted === 0) {
        expect(laidOut, `not as the formatter lays it out:\n${text}`).toEqual([]);
    } else {
        expect(laidOut.length, `the fix gave the formatter more to do:\n${laidOut.join('\n')}`).toBeLessThanOrEqual(unformatted);
    }
    return { before, after, action: action!, text };
}
