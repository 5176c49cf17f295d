import { UriUtils } from 'langium';
import type { URI } from 'langium';
import type { CareFile, Import } from './generated/ast.js';

/** Resolves an import path relative to the importing file (LANGUAGE.md §3.12). */
export function resolveImport(fileUri: URI, imp: Import): URI | undefined {
    const path = imp.path;
    if (!path) {
        return undefined;
    }
    return UriUtils.resolvePath(UriUtils.dirname(fileUri), path);
}

export function importedUris(root: CareFile, fileUri: URI): URI[] {
    return root.imports.flatMap(imp => {
        const uri = resolveImport(fileUri, imp);
        return uri ? [uri] : [];
    });
}
