import { readFileSync } from 'node:fs';

/** One snippet of `language/snippets.json` (VS Code snippet format), as completion offers it. */
export interface CareSnippet {
    name: string;
    prefix: string;
    description: string;
    /** The body lines joined with newlines; placeholders in VS Code snippet syntax. */
    body: string;
    /** The keyword the snippet starts with: completion offers it wherever that keyword is valid. */
    keyword: string;
}

interface SnippetFileEntry {
    prefix: string | string[];
    description?: string;
    body: string | string[];
}

let cached: CareSnippet[] | undefined;

/**
 * The snippets of `language/snippets.json`, the one copy shared with the VS Code extension. Read
 * once, relative to this module (`src/language/lsp` and `out/language/lsp` sit at the same depth);
 * a missing file means no snippets rather than a failing server.
 */
export function careSnippets(): CareSnippet[] {
    cached ??= readSnippets(new URL('../../../language/snippets.json', import.meta.url));
    return cached;
}

/** Parses a snippet file in VS Code format. */
export function readSnippets(file: URL): CareSnippet[] {
    let entries: Record<string, SnippetFileEntry>;
    try {
        entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, SnippetFileEntry>;
    } catch {
        return [];
    }
    return Object.entries(entries).map(([name, entry]) => {
        const body = Array.isArray(entry.body) ? entry.body.join('\n') : entry.body;
        return {
            name,
            prefix: Array.isArray(entry.prefix) ? entry.prefix[0] ?? name : entry.prefix,
            description: entry.description ?? name,
            body,
            keyword: /^[a-z_]+/.exec(body)?.[0] ?? name
        };
    });
}
