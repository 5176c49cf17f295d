import type { LangiumDocument } from 'langium';
import type { CodeLens, InlayHint } from 'vscode-languageserver';
import { services } from '../helpers.js';

/** Shared set-up for the editor-feature tests: requests against an already built document. */
export const lsp = services.Care.lsp;

export function params(document: LangiumDocument) {
    return { textDocument: { uri: document.uri.toString() } };
}

/** The position just after the first occurrence of `needle` (plus `delta` characters). */
export function positionOf(document: LangiumDocument, needle: string, delta = 0) {
    const offset = document.textDocument.getText().indexOf(needle);
    if (offset < 0) {
        throw new Error(`'${needle}' not found`);
    }
    return document.textDocument.positionAt(offset + delta);
}

/** The hover markdown at the first occurrence of `needle`, `delta` characters in. */
export async function hoverText(document: LangiumDocument, needle: string, delta = 0): Promise<string | undefined> {
    const hover = await lsp.HoverProvider!.getHoverContent(document, { ...params(document), position: positionOf(document, needle, delta) });
    return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;
}

/** Every inlay hint as `line:character label` (1-based line), in document order. */
export async function hintsOf(document: LangiumDocument): Promise<string[]> {
    const range = { start: { line: 0, character: 0 }, end: { line: document.textDocument.lineCount, character: 0 } };
    const hints: InlayHint[] = await lsp.InlayHintProvider!.getInlayHints(document, { ...params(document), range }) ?? [];
    return hints
        .sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character)
        .map(h => `${h.position.line + 1}:${h.position.character} ${String(h.label)}`);
}

/** Every code lens as `line title [command]` (1-based line). */
export async function lensesOf(document: LangiumDocument): Promise<string[]> {
    const lenses: CodeLens[] = await lsp.CodeLensProvider!.provideCodeLens(document, params(document)) ?? [];
    return lenses.map(l => `${l.range.start.line + 1} ${l.command?.title ?? ''}${l.command?.command ? ` [${l.command.command}]` : ''}`);
}

/** The line (1-based) of the first occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
    return text.slice(0, text.indexOf(needle)).split('\n').length;
}
