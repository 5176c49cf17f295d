import * as vscode from 'vscode';

interface Counts {
    errors: number;
    warnings: number;
    infos: number;
}

/**
 * The error count of the contract in the active editor. Counts come from the server's full diagnostic
 * list, before `carec.maxProblems` trims what the Problems panel shows, so the number is never capped.
 */
export class ContractStatusBar implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('carec.errors', vscode.StatusBarAlignment.Left, 100);
    private readonly counts = new Map<string, Counts>();
    private readonly subscription = vscode.window.onDidChangeActiveTextEditor(() => this.refresh());

    constructor() {
        this.item.name = 'Care contract errors';
        this.item.command = 'workbench.actions.view.problems';
        this.refresh();
    }

    /** Records the diagnostics the server published for `uri`. */
    update(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): void {
        const count = (severity: vscode.DiagnosticSeverity) => diagnostics.filter(d => d.severity === severity).length;
        this.counts.set(uri.toString(), {
            errors: count(vscode.DiagnosticSeverity.Error),
            warnings: count(vscode.DiagnosticSeverity.Warning),
            infos: count(vscode.DiagnosticSeverity.Information) + count(vscode.DiagnosticSeverity.Hint)
        });
        this.refresh();
    }

    private refresh(): void {
        const document = vscode.window.activeTextEditor?.document;
        const counts = document?.languageId === 'care' ? this.counts.get(document.uri.toString()) : undefined;
        if (!counts) {
            this.item.hide();
            return;
        }
        const { errors, warnings, infos } = counts;
        this.item.text = errors === 0 ? '$(pass) Care: no errors' : `$(error) Care: ${errors} ${errors === 1 ? 'error' : 'errors'}`;
        this.item.tooltip = `${errors} errors, ${warnings} warnings, ${infos} infos in this contract. Click to open Problems.`;
        this.item.backgroundColor = errors === 0 ? undefined : new vscode.ThemeColor('statusBarItem.errorBackground');
        this.item.show();
    }

    dispose(): void {
        this.subscription.dispose();
        this.item.dispose();
    }
}
