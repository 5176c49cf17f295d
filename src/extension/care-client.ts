import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { commandMiddleware } from './command-ui.js';
import { firstProblems } from './problems.js';
import type { ReadOnlyViews } from './read-only-views.js';
import type { ContractStatusBar } from './status-bar.js';

interface ClientUi {
    views: ReadOnlyViews;
    statusBar: ContractStatusBar;
}

/** The language client for `.care` files, talking to dist/server.cjs over Node IPC. */
export function createCareClient(context: vscode.ExtensionContext, ui: ClientUi): LanguageClient {
    const module = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'care', scheme: 'file' }, { language: 'care', scheme: 'untitled' }],
        synchronize: {
            configurationSection: 'carec',
            // Imports: a library changed on disk must re-check the contracts that import it.
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.care')
        },
        outputChannel: vscode.window.createOutputChannel('Care Language Server', { log: true }),
        middleware: {
            executeCommand: commandMiddleware(ui.views),
            handleDiagnostics: (uri, diagnostics, next) => {
                ui.statusBar.update(uri, diagnostics);
                next(uri, firstProblems(diagnostics, setting('maxProblems', 1000)));
            },
            provideInlayHints: (document, range, token, next) =>
                setting('inlayHints.enabled', true) ? next(document, range, token) : []
        }
    };
    const client = new LanguageClient('carec', 'Care Language Server', serverOptions, clientOptions);
    context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration('carec.inlayHints.enabled')) {
            refreshInlayHints(client);
        }
    }));
    return client;
}

function setting<T>(name: string, fallback: T): T {
    return vscode.workspace.getConfiguration('carec').get<T>(name, fallback);
}

/** VS Code keeps showing cached hints until the provider says they changed. */
function refreshInlayHints(client: LanguageClient): void {
    const feature = client.getFeature('textDocument/inlayHint');
    for (const editor of vscode.window.visibleTextEditors) {
        feature?.getProvider(editor.document)?.onDidChangeInlayHints.fire();
    }
}
