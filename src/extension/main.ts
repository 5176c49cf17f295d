import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createCareClient } from './care-client.js';
import { ContractStatusBar } from './status-bar.js';
import { ReadOnlyViews } from './read-only-views.js';

let client: LanguageClient | undefined;

/**
 * Starts the bundled Care language server for `.care` files. The commands "Build JSON", "Settle with
 * actuals…" and "Show budget summary" are declared by the server and completed here (see care-commands).
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const views = new ReadOnlyViews();
    const statusBar = new ContractStatusBar();
    context.subscriptions.push(views, statusBar);
    client = createCareClient(context, { views, statusBar });
    await client.start();
}

/** Stops the language server; VS Code waits for the returned promise. */
export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
