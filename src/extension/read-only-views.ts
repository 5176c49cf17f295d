import * as vscode from 'vscode';

/**
 * Virtual documents for computed output (budget summary, settlement statement): they open in an editor
 * tab the user can read, search and copy from, but never edit or accidentally save over a real file.
 */
export class ReadOnlyViews implements vscode.TextDocumentContentProvider, vscode.Disposable {
    static readonly scheme = 'carec-view';

    private readonly contents = new Map<string, string>();
    private readonly changed = new vscode.EventEmitter<vscode.Uri>();
    private readonly registration = vscode.workspace.registerTextDocumentContentProvider(ReadOnlyViews.scheme, this);
    readonly onDidChange = this.changed.event;

    provideTextDocumentContent(uri: vscode.Uri): string {
        return this.contents.get(uri.toString()) ?? '';
    }

    /**
     * Shows `text` beside the active editor under `name`; the extension of `name` picks the language
     * (`.md` renders headings and tables in colour). Showing the same name again refreshes the tab.
     */
    async show(name: string, text: string): Promise<vscode.TextEditor> {
        const uri = vscode.Uri.from({ scheme: ReadOnlyViews.scheme, path: `/${name}` });
        this.contents.set(uri.toString(), text);
        this.changed.fire(uri);
        const document = await vscode.workspace.openTextDocument(uri);
        return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    }

    dispose(): void {
        this.registration.dispose();
        this.changed.dispose();
    }
}
