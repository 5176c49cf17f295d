import '../polyfills.js';
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createCareServices } from './care-module.js';
import { watchPolicyProfile } from './lsp/care-configuration.js';
import { CareNodeFileSystem } from './care-file-system.js';

/**
 * Starts the Care language server on the process's stdio (or whatever transport the client passed on
 * the command line, as `vscode-languageserver/node` reads it). Document updates are Langium's own:
 * debounced, cancellable rebuilds of the changed documents and their dependants.
 */
export function startServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    const { shared, Care } = createCareServices({ connection, ...CareNodeFileSystem });
    watchPolicyProfile(shared, Care);
    startLanguageServer(shared);
}
