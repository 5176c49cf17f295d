import { describe, expect, it } from 'vitest';
import { services } from '../helpers.js';

describe('language server entry', () => {
    it('exports startServer for `carec lsp --stdio` and the extension', async () => {
        const main = await import('../../src/language/main.js');
        expect(typeof main.startServer).toBe('function');
    });

    it('registers every editor feature in the one composition root', () => {
        const lsp = services.Care.lsp;
        for (const feature of ['HoverProvider', 'InlayHintProvider', 'CodeLensProvider', 'CompletionProvider', 'DocumentSymbolProvider',
            'SemanticTokenProvider', 'Formatter', 'FoldingRangeProvider', 'DocumentHighlightProvider', 'DefinitionProvider',
            'ReferencesProvider', 'RenameProvider'] as const) {
            expect(lsp[feature], feature).toBeDefined();
        }
        expect(services.shared.lsp.WorkspaceSymbolProvider).toBeDefined();
    });
});
