import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ROOT } from '../helpers.js';

/**
 * A real LSP client for `node bin/carec.js lsp --stdio`: JSON-RPC over the child's stdio, the
 * requests an editor sends, every diagnostics notification kept, and the child's resident memory.
 */
export class LspSession {
    readonly child: ChildProcess;
    readonly connection: ProtocolConnection;
    /** Every publishDiagnostics, in arrival order, with the time it arrived. */
    readonly published: { at: number; params: PublishDiagnosticsParams }[] = [];
    readonly stderr: string[] = [];

    constructor(readonly workspace: string) {
        const nodeArgs = process.env.FUZZ_LSP_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
        this.child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'bin', 'carec.js'), 'lsp', '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
        this.child.stderr!.on('data', chunk => this.stderr.push(String(chunk)));
        this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.published.push({ at: performance.now(), params });
        });
        // The server asks for configuration, registers capabilities and reports progress: answer as an editor would.
        this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'window/showMessageRequest',
            'workspace/semanticTokens/refresh', 'workspace/inlayHint/refresh', 'workspace/codeLens/refresh', 'workspace/diagnostic/refresh']) {
            this.connection.onRequest(method, () => null);
        }
        this.connection.listen();
    }

    async initialize(): Promise<void> {
        const rootUri = pathToFileURL(this.workspace).toString();
        await this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri,
            workspaceFolders: [{ uri: rootUri, name: 'fuzz' }],
            capabilities: {
                workspace: { configuration: true, workspaceFolders: true },
                textDocument: {
                    synchronization: { didSave: true },
                    publishDiagnostics: { relatedInformation: true },
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    completion: { completionItem: { snippetSupport: true } },
                    documentSymbol: { hierarchicalDocumentSymbolSupport: true }
                }
            }
        });
        await this.connection.sendNotification('initialized', {});
    }

    /** The child's resident set size in bytes (Linux /proc). */
    rss(): number {
        const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
        const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
        return kb ? Number(kb) * 1024 : NaN;
    }

    /** The last diagnostics published for `uri` at or after `since`, once none has arrived for `quietMs`. */
    async settledDiagnostics(uri: string, since: number, quietMs: number, limitMs: number): Promise<Diagnostic[] | undefined> {
        const deadline = performance.now() + limitMs;
        for (;;) {
            const mine = this.published.filter(p => p.params.uri === uri && p.at >= since);
            const last = mine.at(-1);
            if (last && performance.now() - last.at >= quietMs) {
                return last.params.diagnostics;
            }
            if (performance.now() > deadline) {
                return last?.params.diagnostics;
            }
            await new Promise(resolve => setTimeout(resolve, 100));
        }
    }

    async shutdown(): Promise<void> {
        try {
            await withTimeout(this.connection.sendRequest('shutdown'), 10_000, 'shutdown');
            await this.connection.sendNotification('exit');
        } finally {
            this.connection.dispose();
            this.child.kill();
        }
    }
}

/** Rejects when `promise` has not settled within `ms`: a request the server never answers is a hang. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([
        promise.finally(() => clearTimeout(timer)),
        new Promise<T>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms); })
    ]);
}
