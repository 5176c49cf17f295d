import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ResponseError, type Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT } from '../helpers.js';
import { FUZZ_LSP_EDITS, FUZZ_SEED } from './fuzz-config.js';
import { carecInProcess } from './harness.js';
import { LspSession, withTimeout } from './lsp-client.js';
import { applyMutation, exampleSeeds, mutationArbitrary, type Mutation } from './mutate.js';

/** LSP errors that are the protocol working as intended: an edit made the request stale. */
const STALE = new Set([-32800 /* RequestCancelled */, -32801 /* ContentModified */]);
const REQUEST_TIMEOUT_MS = 30_000;
/** Resident memory may grow this much after warm-up (GC is lazy; a leak of one document per edit is far more). */
const RSS_GROWTH_LIMIT = 150 * 1024 * 1024;

interface Step {
    mutation: Mutation;
    /** Replace the whole text with a fresh example instead (keeps the document the size of a contract). */
    reset: number | null;
    requests: ('hover' | 'completion' | 'documentSymbol' | 'formatting' | 'inlayHint' | 'codeLens' | 'semanticTokens' | 'foldingRange')[];
    at: number;
}

const stepArbitrary: fc.Arbitrary<Step> = fc.record({
    mutation: mutationArbitrary,
    reset: fc.oneof({ weight: 1, arbitrary: fc.nat() }, { weight: 150, arbitrary: fc.constant(null) }),
    requests: fc.subarray(['hover', 'completion', 'documentSymbol', 'formatting', 'inlayHint', 'codeLens', 'semanticTokens', 'foldingRange'] as const, { maxLength: 2 }),
    at: fc.nat()
});

describe('language server under a stream of random edits', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'carec-lsp-fuzz-'));
    const checkDir = mkdtempSync(join(tmpdir(), 'carec-lsp-check-'));
    const seeds = exampleSeeds().filter(s => !s.name.includes('/'));
    const uri = pathToFileURL(join(workspace, 'edited.care')).toString();
    let session: LspSession;

    beforeAll(async () => {
        cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
        cpSync(join(ROOT, 'examples'), checkDir, { recursive: true });
        session = new LspSession(workspace);
        await session.initialize();
    });

    afterAll(async () => {
        await session?.shutdown().catch(() => undefined);
        rmSync(workspace, { recursive: true, force: true });
        rmSync(checkDir, { recursive: true, force: true });
    });

    it(`answers every request through ${FUZZ_LSP_EDITS} edits, stays within its memory, and ends with a fresh check's diagnostics`, async () => {
        const steps = fc.sample(stepArbitrary, { seed: FUZZ_SEED, numRuns: FUZZ_LSP_EDITS });
        let document = TextDocument.create(uri, 'care', 1, seeds[0]!.text);
        await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'care', version: 1, text: document.getText() } });

        const pending: Promise<unknown>[] = [];
        const failures: string[] = [];
        const tally = { edits: 0, requests: 0, answered: 0, stale: 0 };
        const rss: number[] = [];
        const started = performance.now();
        let lastChangeAt = started;
        for (const [index, step] of steps.entries()) {
            const before = document.getText();
            const after = step.reset !== null ? seeds[step.reset % seeds.length]!.text : applyMutation(Buffer.from(before, 'utf8'), step.mutation).toString('utf8');
            const change = step.reset !== null ? { text: after } : incrementalChange(document, before, after);
            document = TextDocument.update(document, [change], document.version + 1);
            lastChangeAt = performance.now();
            await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [change] });
            tally.edits++;
            for (const kind of step.requests) {
                tally.requests++;
                const request = requestFor(kind, uri, document, step.at);
                pending.push(withTimeout(session.connection.sendRequest(request.method, request.params), REQUEST_TIMEOUT_MS, `${kind} after edit ${index}`)
                    .then(() => { tally.answered++; })
                    .catch((error: unknown) => {
                        if (error instanceof ResponseError && STALE.has(error.code)) {
                            tally.stale++;
                        } else {
                            failures.push(`${kind} after edit ${index}: ${error instanceof Error ? error.message : String(error)}`);
                        }
                    }));
            }
            if (index % 50 === 49) {
                // An editor waits for answers now and then; so do we, which also bounds what is in flight.
                await Promise.all(pending.splice(0));
                rss.push(session.rss());
            }
        }
        await Promise.all(pending.splice(0));
        const finalText = document.getText();
        const diagnostics = await session.settledDiagnostics(uri, lastChangeAt, 2_000, 120_000);
        const seconds = (performance.now() - started) / 1000;
        rss.push(session.rss());
        console.log(`lsp fuzz: ${JSON.stringify(tally)} in ${seconds.toFixed(0)} s; RSS MB ${rss.map(r => Math.round(r / 1048576)).join(' ')}`);

        expect(failures).toEqual([]);
        expect(tally.answered + tally.stale).toBe(tally.requests);
        expect(session.stderr.join('')).not.toMatch(/An error occurred|^\s+at .+:\d+:\d+\)?$/m);
        expect(session.child.exitCode).toBeNull();

        // Memory: after a warm-up quarter, no growth beyond the limit.
        const warm = rss.slice(Math.floor(rss.length / 4), Math.floor(rss.length / 2));
        const late = rss.slice(Math.floor((rss.length * 3) / 4));
        expect(Math.max(...late) - Math.max(...warm)).toBeLessThan(RSS_GROWTH_LIMIT);

        // The final diagnostics are what a fresh `carec check` of the same text reports.
        expect(diagnostics, 'diagnostics for the final text').toBeDefined();
        writeFileSync(join(checkDir, 'edited.care'), finalText);
        const fresh = await carecInProcess(['check', '--format', 'json', join(checkDir, 'edited.care')]);
        const cli = (JSON.parse(fresh.stdout) as { files: { diagnostics: CliDiagnostic[] }[] }).files[0]!.diagnostics;
        expect(normaliseLsp(diagnostics!)).toEqual(normaliseCli(cli));
    }, 1_800_000);
});

/** The smallest single-range change that turns `before` into `after`: what an editor sends for a keystroke or paste. */
function incrementalChange(document: TextDocument, before: string, after: string) {
    let prefix = 0;
    while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) {
        prefix++;
    }
    let suffix = 0;
    while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) {
        suffix++;
    }
    // Never split a surrogate pair or a \r\n: widen the range by one character at either side instead.
    if (prefix > 0 && /[\uD800-\uDBFF\r]/.test(before[prefix - 1]!)) {
        prefix--;
    }
    if (suffix > 0 && /[\uDC00-\uDFFF\n]/.test(before[before.length - suffix]!)) {
        suffix--;
    }
    return {
        range: { start: document.positionAt(prefix), end: document.positionAt(before.length - suffix) },
        text: after.slice(prefix, after.length - suffix)
    };
}

function requestFor(kind: Step['requests'][number], uri: string, document: TextDocument, at: number): { method: string; params: object } {
    const textDocument = { uri };
    const position = document.positionAt(at % (document.getText().length + 1));
    const whole = { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
    switch (kind) {
        case 'hover': return { method: 'textDocument/hover', params: { textDocument, position } };
        case 'completion': return { method: 'textDocument/completion', params: { textDocument, position } };
        case 'documentSymbol': return { method: 'textDocument/documentSymbol', params: { textDocument } };
        case 'formatting': return { method: 'textDocument/formatting', params: { textDocument, options: { tabSize: 4, insertSpaces: true } } };
        case 'inlayHint': return { method: 'textDocument/inlayHint', params: { textDocument, range: whole } };
        case 'codeLens': return { method: 'textDocument/codeLens', params: { textDocument } };
        case 'semanticTokens': return { method: 'textDocument/semanticTokens/full', params: { textDocument } };
        case 'foldingRange': return { method: 'textDocument/foldingRange', params: { textDocument } };
    }
}

interface CliDiagnostic {
    code: string;
    severity: string;
    message: string;
    range: { start: { line: number; column: number }; end: { line: number; column: number } };
}

const SEVERITY = ['', 'error', 'warning', 'info', 'info'];

function normaliseLsp(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} `
        + `${SEVERITY[d.severity ?? 1]} ${String(d.code ?? 'syntax/unexpected-token')} ${d.message}`).sort();
}

function normaliseCli(diagnostics: readonly CliDiagnostic[]): string[] {
    return diagnostics.map(d => `${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column} ${d.severity} ${d.code} ${d.message}`).sort();
}
