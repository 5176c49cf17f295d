import * as vscode from 'vscode';
import type { ExecuteCommandSignature } from 'vscode-languageclient/node';
import type { ReadOnlyViews } from './read-only-views.js';

/**
 * The client half of the server's commands (src/language/lsp/care-commands.ts). The server computes;
 * the client supplies what only the editor knows (the active contract, the actuals file the user picks)
 * and shows the result. Replies are plain JSON, described by these interfaces.
 */
export interface BuildJsonReply {
    /** URI of the JSON file written beside the contract; absent when the contract has errors. */
    written?: string;
    message: string;
}

export interface SettleReply {
    /** The statement as `carec settle --format table` prints it; absent when settlement failed. */
    table?: string;
    message: string;
}

export interface BudgetSummaryReply {
    markdown: string;
}

export const CommandIds = {
    BuildJson: 'carec.buildJson',
    Settle: 'carec.settle',
    BudgetSummary: 'carec.budgetSummary'
} as const;

type Next = ExecuteCommandSignature;

/** Middleware for `workspace/executeCommand`: completes the arguments, runs the command, shows the reply. */
export function commandMiddleware(views: ReadOnlyViews) {
    return async (command: string, args: unknown[], next: Next): Promise<unknown> => {
        try {
            switch (command) {
                case CommandIds.BuildJson:
                    return await buildJson(args, next);
                case CommandIds.Settle:
                    return await settle(args, next, views);
                case CommandIds.BudgetSummary:
                    return await budgetSummary(args, next, views);
                default:
                    return await next(command, args);
            }
        } catch (error) {
            void vscode.window.showErrorMessage(`Care: ${error instanceof Error ? error.message : String(error)}`);
            return undefined;
        }
    };
}

async function buildJson(args: unknown[], next: Next): Promise<BuildJsonReply | undefined> {
    const contract = contractUri(args);
    if (!contract) {
        return undefined;
    }
    const reply = await next(CommandIds.BuildJson, [contract.toString()]) as BuildJsonReply;
    if (!reply.written) {
        void vscode.window.showErrorMessage(reply.message);
        return reply;
    }
    const written = vscode.Uri.parse(reply.written);
    void vscode.window.showInformationMessage(reply.message, 'Open').then(choice => {
        if (choice === 'Open') {
            void vscode.window.showTextDocument(written, { viewColumn: vscode.ViewColumn.Beside });
        }
    });
    return reply;
}

async function settle(args: unknown[], next: Next, views: ReadOnlyViews): Promise<SettleReply | undefined> {
    const contract = contractUri(args);
    const actuals = contract && (typeof args[1] === 'string' ? vscode.Uri.parse(args[1]) : await pickActuals(contract));
    if (!contract || !actuals) {
        return undefined;
    }
    const reply = await next(CommandIds.Settle, [contract.toString(), actuals.toString()]) as SettleReply;
    if (reply.table === undefined) {
        void vscode.window.showErrorMessage(reply.message);
        return reply;
    }
    await views.show(`Settlement — ${baseName(actuals).replace(/\.json$/i, '')}.txt`, reply.table);
    return reply;
}

async function budgetSummary(args: unknown[], next: Next, views: ReadOnlyViews): Promise<BudgetSummaryReply | undefined> {
    const contract = contractUri(args);
    if (!contract) {
        return undefined;
    }
    const reply = await next(CommandIds.BudgetSummary, [contract.toString()]) as BudgetSummaryReply;
    await views.show(`Budget summary — ${baseName(contract).replace(/\.care$/i, '')}.md`, reply.markdown);
    return reply;
}

/** The contract named by the first argument (code lens, explorer menu) or else the active editor. */
function contractUri(args: unknown[]): vscode.Uri | undefined {
    const [first] = args;
    if (typeof first === 'string') {
        return vscode.Uri.parse(first);
    }
    if (first instanceof vscode.Uri) {
        return first;
    }
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId === 'care') {
        return document.uri;
    }
    void vscode.window.showWarningMessage('Care: open a .care contract first.');
    return undefined;
}

/** Actuals files in the workspace (names containing "actuals" first), or a file dialog. */
async function pickActuals(contract: vscode.Uri): Promise<vscode.Uri | undefined> {
    const browse = 'Browse…';
    const found = await vscode.workspace.findFiles('**/*actuals*.json', '**/node_modules/**', 100);
    if (found.length > 0) {
        const items = [...found.map(uri => ({ label: baseName(uri), description: vscode.workspace.asRelativePath(uri), uri })), { label: browse }];
        const choice = await vscode.window.showQuickPick(items, { title: 'Settle with actuals', placeHolder: 'Actuals file for one contract year' });
        if (!choice || !('uri' in choice)) {
            return choice ? browseForActuals(contract) : undefined;
        }
        return choice.uri;
    }
    return browseForActuals(contract);
}

async function browseForActuals(contract: vscode.Uri): Promise<vscode.Uri | undefined> {
    const [picked] = await vscode.window.showOpenDialog({
        title: 'Settle with actuals',
        defaultUri: vscode.Uri.joinPath(contract, '..'),
        filters: { 'Actuals JSON': ['json'] },
        canSelectMany: false
    }) ?? [];
    return picked;
}

function baseName(uri: vscode.Uri): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
