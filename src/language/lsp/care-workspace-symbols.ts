import type { LangiumDocuments } from 'langium';
import { interruptAndCheck } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DefaultWorkspaceSymbolProvider } from 'langium/lsp';
import type { CancellationToken, WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';

/**
 * Workspace symbols from every document's declarations. A contract exports nothing to the global
 * index (names are file-local, LANGUAGE.md §3), so the default provider, which reads only the index,
 * would list library metrics alone; the local symbols Langium already computed are used as well.
 */
export class CareWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
    }

    override async getSymbols(params: WorkspaceSymbolParams, cancelToken?: CancellationToken): Promise<WorkspaceSymbol[]> {
        const symbols = await super.getSymbols(params, cancelToken);
        const query = params.query.toLowerCase();
        for (const document of this.documents.all) {
            if (cancelToken) {
                await interruptAndCheck(cancelToken);
            }
            const root = document.parseResult.value;
            for (const description of document.localSymbols?.getStream(root) ?? []) {
                if (this.fuzzyMatcher.match(query, description.name)) {
                    const symbol = this.getWorkspaceSymbol(description);
                    if (symbol) {
                        symbols.push(symbol);
                    }
                }
            }
        }
        return symbols;
    }
}
