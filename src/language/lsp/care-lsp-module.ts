import type { Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumLSPServices, PartialLangiumSharedServices } from 'langium/lsp';
import { CareCodeActionProvider } from './care-code-actions.js';
import { CareConfigurationProvider } from './care-configuration.js';
import { CareCodeLensProvider } from './care-code-lens.js';
import { CareCommandHandler } from './care-commands.js';
import { CareCompletionProvider } from './care-completion.js';
import { CareDocumentSymbolProvider } from './care-document-symbols.js';
import { CareFormatter } from './care-formatter.js';
import { CareHoverProvider } from './care-hover.js';
import { CareInlayHintProvider } from './care-inlay-hints.js';
import { CareSemanticTokenProvider } from './care-semantic-tokens.js';
import { CareWorkspaceSymbolProvider } from './care-workspace-symbols.js';
import type { CareServices } from '../care-module.js';

/**
 * The editor features carec adds to or changes in Langium's defaults. Folding, highlights, definition,
 * references and rename are Langium's own, working through carec's scoping.
 */
export const CareLspModule: Module<CareServices, PartialLangiumLSPServices> = {
    lsp: {
        HoverProvider: services => new CareHoverProvider(services),
        InlayHintProvider: services => new CareInlayHintProvider(services),
        CodeLensProvider: services => new CareCodeLensProvider(services),
        CodeActionProvider: services => new CareCodeActionProvider(services),
        CompletionProvider: services => new CareCompletionProvider(services),
        DocumentSymbolProvider: services => new CareDocumentSymbolProvider(services),
        SemanticTokenProvider: services => new CareSemanticTokenProvider(services),
        Formatter: () => new CareFormatter()
    }
};

/**
 * Shared (language-independent) editor services: workspace symbols include contract declarations;
 * the commands behind "Build JSON", "Settle…" and "Show budget summary"; settings under `carec.*`.
 */
export const CareSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        ConfigurationProvider: services => new CareConfigurationProvider(services)
    },
    lsp: {
        WorkspaceSymbolProvider: services => new CareWorkspaceSymbolProvider(services),
        ExecuteCommandHandler: services => new CareCommandHandler(services)
    }
};
