import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection
} from 'vscode-languageserver-protocol/node';
import { ROOT, readRepoFile } from '../helpers.js';

/**
 * The language server as an editor other than VS Code runs it: `carec lsp --stdio` in its own process,
 * spoken to over its stdio with a real LSP client. Needs the built CLI (`npx tsc -b tsconfig.json`).
 */

const WAIT_MS = 20_000;
const EXAMPLE = 'examples/diabetes-pathway.care';
const URI = pathToFileURL(join(ROOT, EXAMPLE)).toString();
const ORIGINAL = readRepoFile(EXAMPLE);

/** Rejects when `promise` takes longer than `ms`, naming what was awaited. */
function within<T>(promise: Promise<T>, what: string, ms = WAIT_MS): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function positionOf(text: string, needle: string, delta = 0) {
    const offset = text.indexOf(needle);
    if (offset < 0) {
        throw new Error(`'${needle}' not found`);
    }
    return TextDocument.create(URI, 'care', 0, text).positionAt(offset + delta);
}

function codesOf(diagnostics: Diagnostic[]): string[] {
    return diagnostics.map(d => String(d.code));
}

describe('carec lsp --stdio with a real LSP client', () => {
    let child: ChildProcess;
    let connection: ProtocolConnection;
    let exited: Promise<number | null>;
    let published: PublishDiagnosticsParams[] = [];
    let onPublish: () => void = () => undefined;
    let version = 1;
    let text = ORIGINAL;

    /** The next diagnostics published for the example that satisfy `accept` (including ones already received). */
    function diagnosticsWhere(accept: (d: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
        return within(new Promise<Diagnostic[]>(resolve => {
            const check = () => {
                const latest = published.filter(p => p.uri === URI && (p.version === undefined || p.version === version)).at(-1);
                if (latest && accept(latest.diagnostics)) {
                    onPublish = () => undefined;
                    resolve(latest.diagnostics);
                }
            };
            onPublish = check;
            check();
        }), what);
    }

    function change(newText: string): void {
        text = newText;
        void connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: URI, version: ++version },
            contentChanges: [{ text }]
        });
    }

    beforeAll(async () => {
        const cli = join(ROOT, 'bin/carec.js');
        expect(existsSync(join(ROOT, 'out/cli/main.js')), 'build the CLI first: npx tsc -b tsconfig.json').toBe(true);
        child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { cwd: ROOT, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
        exited = new Promise(resolve => child.once('exit', code => resolve(code)));
        connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            published.push(params);
            onPublish();
        });
        connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create']) {
            connection.onRequest(method, () => null);
        }
        connection.listen();
        const initialized = await within(connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: null,
            workspaceFolders: null,
            capabilities: {
                textDocument: {
                    publishDiagnostics: {},
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    completion: { completionItem: { snippetSupport: true } },
                    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } }
                },
                workspace: { configuration: true }
            }
        }), 'initialize') as { capabilities: { codeActionProvider?: unknown; hoverProvider?: unknown } };
        expect(initialized.capabilities.codeActionProvider).toBeTruthy();
        expect(initialized.capabilities.hoverProvider).toBeTruthy();
        await connection.sendNotification('initialized', {});
    }, 60_000);

    afterAll(async () => {
        connection?.dispose();
        if (child && child.exitCode === null && child.pid) {
            try {
                process.kill(-child.pid, 'SIGKILL');
            } catch {
                // already gone
            }
        }
    });

    it('publishes no errors for the canonical example', async () => {
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'care', version, text } });
        const diagnostics = await diagnosticsWhere(() => true, 'diagnostics of the opened example');
        expect(diagnostics.filter(d => d.severity === 1)).toEqual([]);
        expect(codesOf(diagnostics)).toContain('governance/no-change-control');
    });

    it('reports outcome/weights-not-100 with its figures after M1 weight 30% → 35%', async () => {
        change(text.replace('weight 30%', 'weight 35%'));
        const diagnostics = await diagnosticsWhere(d => codesOf(d).includes('outcome/weights-not-100'), 'outcome/weights-not-100');
        const weights = diagnostics.find(d => d.code === 'outcome/weights-not-100')!;
        expect(weights.severity).toBe(1);
        expect(weights.message).toContain('Weights in P1 sum to 105%');
        expect(weights.data).toMatchObject({ code: 'outcome/weights-not-100', pot: 'P1', total: '105', lastOutcome: 'M5', remainder: '10' });
    });

    it('hovers a capitation rate with its computed figure', async () => {
        const hover = await within(connection.sendRequest('textDocument/hover', {
            textDocument: { uri: URI }, position: positionOf(text, 'T1 £520.00', 4)
        }), 'hover') as Hover | null;
        const contents = hover?.contents;
        const value = contents && typeof contents === 'object' && 'value' in contents ? contents.value : JSON.stringify(contents);
        expect(value).toContain('£6,814,080.00');
    });

    it('completes the cohorts a denominator may name', async () => {
        const result = await within(connection.sendRequest('textDocument/completion', {
            textDocument: { uri: URI }, position: positionOf(text, 'denominator DiabetesRegister', 'denominator '.length)
        }), 'completion') as CompletionList | CompletionItem[] | null;
        const items = Array.isArray(result) ? result : result?.items ?? [];
        expect(items.map(i => i.label)).toContain('DiabetesRegister');
    });

    it('fixes the weights through a code action and the diagnostic clears', async () => {
        const diagnostic = published.filter(p => p.uri === URI).at(-1)!.diagnostics.find(d => d.code === 'outcome/weights-not-100')!;
        const actions = await within(connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri: URI }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }), 'code actions') as CodeAction[];
        const action = actions.find(a => a.title === 'Set the last weight to the remainder: M5 10%');
        expect(action, JSON.stringify(actions.map(a => a.title))).toBeDefined();
        expect(action!.kind).toBe('quickfix');
        expect(action!.isPreferred).toBe(true);
        const edits = action!.edit!.changes![URI]!;
        change(TextDocument.applyEdits(TextDocument.create(URI, 'care', version, text), edits));
        expect(text).toContain('weight 10%');
        const diagnostics = await diagnosticsWhere(d => !codesOf(d).includes('outcome/weights-not-100'), 'the weights diagnostic to clear');
        expect(diagnostics.filter(d => d.severity === 1)).toEqual([]);
    });

    it('shuts down and exits', async () => {
        await within(connection.sendRequest('shutdown'), 'shutdown');
        await connection.sendNotification('exit');
        expect(await within(exited, 'the server process to exit')).toBe(0);
    });
});
