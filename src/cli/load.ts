import { statSync, accessSync, constants } from 'node:fs';
import { dirname, resolve, relative, isAbsolute } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { CareCoreServices } from '../language/care-core-module.js';
import type { LangiumSharedCoreServices } from 'langium';
import type { CareFile } from '../language/generated/ast.js';
import { importedUris } from '../language/imports.js';
import { IoError, UsageError } from './errors.js';

export interface Workspace {
    shared: LangiumSharedCoreServices;
    Care: CareCoreServices;
}

/**
 * Whether an input has any of the characters of glob syntax (picomatch's, which tinyglobby reads). One
 * without is a plain path, and the glob library, whose file walker sets itself up as it loads (1 ms of
 * a cold check), is not loaded for it.
 */
export function mayBeGlob(input: string): boolean {
    return /[*?[\]{}()!+@\\]/.test(input);
}

/** Expands files and globs to `.care` paths, in a stable order; a path that is not a readable file is an error. */
export async function expandInputs(inputs: readonly string[], cwd = process.cwd()): Promise<string[]> {
    if (inputs.length === 0) {
        throw new UsageError('no input files: give one or more .care files or globs');
    }
    const paths: string[] = [];
    for (const input of inputs) {
        const globs = mayBeGlob(input) ? await import('tinyglobby') : undefined;
        if (globs?.isDynamicPattern(input)) {
            const matches = (await globs.glob(input, { cwd, absolute: true, onlyFiles: true })).sort();
            if (matches.length === 0) {
                throw new IoError(`${input}: no file matches this pattern`);
            }
            paths.push(...matches);
        } else {
            paths.push(readableFile(resolve(cwd, input), input));
        }
    }
    return [...new Set(paths)];
}

/** Checks that a path names a readable regular file; returns it absolute. */
export function readableFile(absolute: string, asGiven: string): string {
    let stats;
    try {
        stats = statSync(absolute);
    } catch {
        throw new IoError(`${asGiven}: no such file`);
    }
    if (stats.isDirectory()) {
        throw new IoError(`${asGiven}: is a directory; give .care files or a glob such as '${asGiven.replace(/\/$/, '')}/**/*.care'`);
    }
    if (!stats.isFile()) {
        throw new IoError(`${asGiven}: not a regular file`);
    }
    try {
        accessSync(absolute, constants.R_OK);
    } catch {
        throw new IoError(`${asGiven}: permission denied`);
    }
    return absolute;
}

export interface LoadOptions {
    /** Follow imports anywhere (`--allow-outside-imports`), not only under the working directory and the inputs' folders. */
    allowOutsideImports?: boolean;
    cwd?: string;
}

/** The folders imports may reach: the working directory and the folder of every file named on the command line. */
export function importRoots(paths: readonly string[], cwd: string): string[] {
    return [...new Set([resolve(cwd), ...paths.map(p => dirname(resolve(cwd, p)))])];
}

/**
 * Loads the given files and, transitively, every file they import that exists under the import roots
 * (or anywhere, with `allowOutsideImports`), then parses, links and validates them together. Imports
 * that cannot be loaded are left for `import/unresolved` to report.
 */
export async function loadDocuments(workspace: Workspace, paths: readonly string[], options: LoadOptions = {}): Promise<LangiumDocument<CareFile>[]> {
    const documents = workspace.shared.workspace.LangiumDocuments;
    const scope = workspace.Care.imports.ImportScope;
    scope.roots = options.allowOutsideImports ? undefined : importRoots(paths, options.cwd ?? process.cwd());
    const roots: LangiumDocument<CareFile>[] = [];
    const all = new Map<string, LangiumDocument>();
    const queue = paths.map(p => URI.file(p));
    const rootKeys = new Set(queue.map(u => u.toString()));
    while (queue.length > 0) {
        const uri = queue.shift()!;
        const key = uri.toString();
        if (all.has(key)) {
            continue;
        }
        let document: LangiumDocument<CareFile>;
        try {
            document = await documents.getOrCreateDocument(uri) as LangiumDocument<CareFile>;
        } catch (error) {
            if (rootKeys.has(key)) {
                throw new IoError(`${displayPath(uri.fsPath)}: cannot read (${(error as Error).message})`);
            }
            continue;
        }
        all.set(key, document);
        if (rootKeys.has(key)) {
            roots.push(document);
        }
        for (const imported of importedUris(document.parseResult.value, uri)) {
            // An import outside the allowed folders is never read: import/unresolved reports it.
            if (!all.has(imported.toString()) && scope.allows(imported) && isReadableFile(imported.fsPath)) {
                queue.push(imported);
            }
        }
    }
    await workspace.shared.workspace.DocumentBuilder.build([...all.values()], { validation: true });
    return roots;
}

function isReadableFile(path: string): boolean {
    try {
        return statSync(path).isFile();
    } catch {
        return false;
    }
}

/** A path as the user sees it: relative to the working directory when inside it. */
export function displayPath(path: string, cwd = process.cwd()): string {
    const rel = relative(cwd, path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
