import type { URI } from 'langium';
import { AstUtils, UriUtils } from 'langium';
import type { CareFile, Import } from '../generated/ast.js';
import type { CareCoreServices } from '../care-core-module.js';
import { importedUris, resolveImport } from '../imports.js';
import { IssueCodes } from './catalogue.js';
import type { ContractCheck, Report } from './reporter.js';

type Documents = CareCoreServices['shared']['workspace']['LangiumDocuments'];

/**
 * V-02: every import names a file of the workspace that holds a library (a contract cannot be imported).
 */
export function importsMustResolve(file: CareFile, report: Report, services: CareCoreServices): void {
    const documents = services.shared.workspace.LangiumDocuments;
    const scope = services.imports.ImportScope;
    const home = AstUtils.getDocument(file).uri;
    for (const imp of file.imports) {
        const uri = resolveImport(home, imp);
        if (!uri) {
            continue;
        }
        if (!scope.allows(uri)) {
            unresolved(report, imp, `import "${imp.path}": ${uri.fsPath} is outside the folders carec may read (${scope.describe()}); `
                + 'run carec from a folder that contains it, or pass --allow-outside-imports', { reason: 'outside-workspace', resolved: uri.fsPath });
            continue;
        }
        const document = documents.getDocument(uri);
        if (!document) {
            const kind = fileKind(services, uri);
            const problem = kind === 'directory' ? 'is a folder, not a .care file' : kind === 'other' ? 'is not a regular file' : 'file not found';
            unresolved(report, imp, `import "${imp.path}": ${problem}`, { reason: kind === 'missing' ? 'not-found' : 'not-a-file', resolved: relativeName(home, uri) });
            continue;
        }
        const contract = (document.parseResult.value as CareFile).contract;
        if (contract) {
            unresolved(report, imp, `import "${imp.path}": the file holds contract ${contract.name}, not a library`,
                { reason: 'not-a-library', resolved: relativeName(home, uri), contract: contract.name ?? null });
        }
    }
}

function fileKind(services: CareCoreServices, uri: URI): 'missing' | 'directory' | 'other' {
    try {
        const node = services.shared.workspace.FileSystemProvider.statSync(uri);
        return node.isDirectory ? 'directory' : node.isFile ? 'missing' : 'other';
    } catch {
        return 'missing';
    }
}

/** V-02: following imports from a file never leads back to it. */
export function importsMustNotCycle(file: CareFile, report: Report, services: CareCoreServices): void {
    const documents = services.shared.workspace.LangiumDocuments;
    const home = AstUtils.getDocument(file).uri;
    for (const imp of file.imports) {
        const uri = resolveImport(home, imp);
        const back = uri ? pathBack(uri, home.toString(), documents, new Set()) : undefined;
        if (!back) {
            continue;
        }
        const chain = [home, ...back].map(u => relativeName(home, u));
        unresolved(report, imp, `import "${imp.path}": import cycle ${chain.join(' → ')}`, { reason: 'cycle', chain });
    }
}

/** The imports leading from `from` back to `home`, ending with `home`; undefined when there is no way back. */
function pathBack(from: URI, home: string, documents: Documents, visited: Set<string>): URI[] | undefined {
    const key = from.toString();
    if (key === home) {
        return [from];
    }
    if (visited.has(key)) {
        return undefined;
    }
    visited.add(key);
    const document = documents.getDocument(from);
    if (!document) {
        return undefined;
    }
    for (const next of importedUris(document.parseResult.value as CareFile, document.uri)) {
        const rest = pathBack(next, home, documents, visited);
        if (rest) {
            return [from, ...rest];
        }
    }
    return undefined;
}

function relativeName(home: URI, uri: URI): string {
    return UriUtils.relative(UriUtils.dirname(home), uri);
}

function unresolved(report: Report, imp: Import, message: string, figures: Record<string, string | null | readonly string[]>): void {
    report({ code: IssueCodes.ImportUnresolved, node: imp, property: 'path', message, figures: { path: imp.path, ...figures } });
}

/** Import rules need the workspace, so they run per file (LIBRARY_CHECKS in library.ts), not per contract. */
export const importsChecks: ContractCheck[] = [];
