import { relative, isAbsolute, sep } from 'node:path';
import type { URI } from 'langium';

/**
 * Where imports may lead (LANGUAGE.md §3.12). The CLI confines them to the folders it was asked to
 * work in — the working directory and the folder of each file named on the command line — so that a
 * contract cannot make carec read, and quote in its diagnostics, a file elsewhere on the machine
 * (`import "../../../etc/passwd"`) unless `--allow-outside-imports` says so. Without roots (the
 * language server, whose workspace manager loads only the workspace anyway) every path is allowed.
 */
export class ImportScope {
    /** Absolute folder paths; undefined: no restriction. */
    roots: string[] | undefined;

    /** True when `uri` lies inside one of the roots (or there are none). */
    allows(uri: URI): boolean {
        if (!this.roots || uri.scheme !== 'file') {
            return true;
        }
        return this.roots.some(root => isInside(root, uri.fsPath));
    }

    /** The roots as a person reads them, for a diagnostic. */
    describe(): string {
        return (this.roots ?? []).join(', ');
    }
}

function isInside(root: string, path: string): boolean {
    const rel = relative(root, path);
    return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}
