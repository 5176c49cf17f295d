import type { LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, Range, TextEdit } from 'vscode-languageserver';
import { layoutOf, type Layout, type Token } from './care-layout.js';

const INDENT = '    ';

/**
 * The formatter (LANGUAGE.md §10): 4-space indent, `{` on the declaration line, one item per line in
 * blocks that span lines, single-line blocks kept on one line, aligned columns in year tables. It only
 * ever rewrites the whitespace between tokens, so digit grouping and every literal stay as written,
 * and it leaves documents with syntax errors alone.
 */
export class CareFormatter implements Formatter {
    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return formatEdits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        return formatEdits(document).filter(edit => within(edit.range, params.range));
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}

/** The whitespace edits that format a document; none when it has lexer or parser errors. */
export function formatEdits(document: LangiumDocument): TextEdit[] {
    const { lexerErrors, parserErrors } = document.parseResult;
    const layout = lexerErrors.length || parserErrors.length ? undefined : layoutOf(document);
    if (!layout || layout.tokens.length === 0) {
        return [];
    }
    const text = document.textDocument.getText();
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const edits: TextEdit[] = [];
    const replace = (from: number, to: number, wanted: string) => {
        if (text.slice(from, to) !== wanted) {
            edits.push({ range: { start: document.textDocument.positionAt(from), end: document.textDocument.positionAt(to) }, newText: wanted });
        }
    };
    replace(0, layout.tokens[0]!.offset, '');
    let depth = 0;
    for (let i = 1; i < layout.tokens.length; i++) {
        const prev = layout.tokens[i - 1]!;
        depth += braceDelta(layout, i - 1);
        const cur = layout.tokens[i]!;
        const source = text.slice(prev.end, cur.offset);
        replace(prev.end, cur.offset, gap(layout, i, depth, source).replace(/\n/g, eol));
    }
    replace(layout.tokens.at(-1)!.end, text.length, eol);
    return edits;
}

function braceDelta(layout: Layout, index: number): number {
    return layout.blockByOpen.has(index) ? 1 : layout.blockByClose.has(index) ? -1 : 0;
}

/** The whitespace wanted before token `i`; `depth` counts the braces open before it. */
function gap(layout: Layout, i: number, depth: number, source: string): string {
    const prev = layout.tokens[i - 1]!;
    const cur = layout.tokens[i]!;
    const newlines = (source.match(/\n/g) ?? []).length;
    const line = (level: number, blank = 0) => '\n'.repeat(1 + blank) + INDENT.repeat(Math.max(0, level));
    const keptBlank = Math.min(1, Math.max(0, newlines - 1));

    const closing = layout.blockByClose.get(i);
    if (closing) {
        if (!closing.singleLine) {
            return line(closing.itemLevel - 1);
        }
        return layout.blockByOpen.has(i - 1) && source === '' ? '' : ' ';
    }
    if (cur.text === '{' && !cur.comment) {
        return prev.lineComment ? line(depth + 1) : ' ';
    }
    const opened = layout.blockByOpen.get(i - 1);
    if (opened) {
        if (cur.comment && newlines === 0) {
            return ' ';
        }
        return opened.singleLine ? ' ' : line(opened.itemLevel);
    }
    const item = layout.itemStarts.get(i);
    if (item) {
        if (item.block.singleLine) {
            return item.tableRow ? '  ' : ' ';
        }
        return line(item.block.itemLevel, keptBlank);
    }
    if (cur.comment) {
        return newlines > 0 ? line(depth, keptBlank) : ' ';
    }
    if (prev.lineComment || newlines > 0) {
        // A clause the author broke over lines stays broken, its continuation one level in.
        return line(depth + 1);
    }
    return inlineSpace(layout, i, prev, cur);
}

function inlineSpace(layout: Layout, i: number, prev: Token, cur: Token): string {
    if (cur.text === ',' || cur.text === '.' || prev.text === '.' || cur.text === '+') {
        return '';
    }
    return ' '.repeat(layout.alignment.get(i) ?? 1);
}

function within(inner: Range, outer: Range): boolean {
    const le = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return le(outer.start, inner.start) && le(inner.end, outer.end);
}
