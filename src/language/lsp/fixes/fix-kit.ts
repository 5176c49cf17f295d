import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import type { Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { CareFile, Contract } from '../../generated/ast.js';
import type { ContractModel } from '../../../model/contract-model.js';

/** One indent level, as the formatter lays blocks out. */
export const INDENT = '    ';

/** A diagnostic's figures (`data`), as the validators put them there. */
export type FixData = Readonly<Record<string, unknown>>;

/** What a fix function is given: the diagnostic, its figures and the document it was reported on. */
export interface FixContext {
    document: LangiumDocument<CareFile>;
    diagnostic: Diagnostic;
    data: FixData;
    contract: Contract | undefined;
    /** The semantic model of the contract, for fixes that insert a computed or declared figure. */
    model: () => ContractModel | undefined;
    /** Shared by the fixes of one "fix all" run, so two fixes do not pick the same new name. */
    session: Set<string>;
}

/** One way of fixing a diagnostic: a title the user reads and the text edits in the diagnostic's document. */
export interface Fix {
    title: string;
    edits: TextEdit[];
    preferred?: boolean;
}

/** A quick fix: the ways of fixing one diagnostic, best first; none when its figures do not allow one. */
export type QuickFix = (ctx: FixContext) => Fix[];

/** A string figure, or undefined when absent or null. */
export function text(data: FixData, key: string): string | undefined {
    const value = data[key];
    return typeof value === 'string' ? value : undefined;
}

/** A list-of-strings figure; empty when absent. */
export function texts(data: FixData, key: string): string[] {
    const value = data[key];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function replace(range: Range, newText: string): TextEdit {
    return { range, newText };
}

/** Replaces the diagnostic's own range (the token it marks) with the figure `replacement`. */
export function replaceDiagnosticToken(ctx: FixContext, title: (replacement: string) => string, preferred = true): Fix[] {
    const replacement = text(ctx.data, 'replacement');
    return replacement ? [{ title: title(replacement), edits: [replace(ctx.diagnostic.range, replacement)], preferred }] : [];
}

/** The range of the `index`-th token or sub-node assigned to `property` of a node. */
export function propertyRange(node: AstNode, property: string, index = 0): Range | undefined {
    return GrammarUtils.findNodesForProperty(node.$cstNode, property)[index]?.range;
}

/** The innermost AST node at a position of the document. */
export function nodeAt(document: LangiumDocument, position: Position): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    const offset = document.textDocument.offsetAt(position);
    return root ? CstUtils.findLeafNodeAtOffset(root, offset)?.astNode : undefined;
}

/** The nearest node of a type that contains the start of the diagnostic's range. */
export function containerAt<T extends AstNode>(ctx: FixContext, is: (node: unknown) => node is T): T | undefined {
    return AstUtils.getContainerOfType(nodeAt(ctx.document, ctx.diagnostic.range.start), is);
}

/** The leading whitespace of a line. */
function lineIndent(document: LangiumDocument, line: number): string {
    const lineText = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return /^[ \t]*/.exec(lineText)![0];
}

/** Where new clauses go in a block: after or before a clause of it, at its start, or (default) at its end. */
export interface Placement {
    after?: AstNode;
    before?: AstNode;
    atStart?: boolean;
    /** Separates inserted sections from the one before by a blank line, as in the canonical contract. */
    blankLine?: boolean;
    /** Between items of a block written on one line: two spaces for table rows (phases, tiers, bands). */
    separator?: string;
}

/**
 * Edits that add clauses to the block a node owns, laid out as the formatter lays it out: one clause
 * per line, indented one level deeper than the line the block starts on; appended with spaces in a
 * block written on one line; a new multi-line block when the node has none yet. A clause may span lines
 * (a section skeleton), its lines indented relative to the clause. Line ends follow the document's.
 */
export function insertClauses(document: LangiumDocument, owner: AstNode, clauses: readonly string[], placement: Placement = {}): TextEdit[] {
    const eol = document.textDocument.getText().includes('\r\n') ? '\r\n' : '\n';
    const edits = layOutClauses(document, owner, clauses, placement);
    return eol === '\n' ? edits : edits.map(edit => ({ ...edit, newText: edit.newText.replace(/\n/g, eol) }));
}

function layOutClauses(document: LangiumDocument, owner: AstNode, clauses: readonly string[], placement: Placement): TextEdit[] {
    const cst = owner.$cstNode;
    if (!cst || clauses.length === 0) {
        return [];
    }
    const base = lineIndent(document, cst.range.start.line);
    const itemIndent = base + INDENT;
    const laidOut = clauses.map(c => c.split('\n').map(line => (line ? itemIndent + line : line)).join('\n'));
    const open = GrammarUtils.findNodesForKeyword(cst, '{')[0];
    const close = GrammarUtils.findNodesForKeyword(cst, '}').at(-1);
    if (!open || !close) {
        return [insertAt(cst.range.end, ` {\n${laidOut.join('\n')}\n${base}}`)];
    }
    if (open.range.start.line === close.range.start.line) {
        return insertInOneLineBlock(document, open.range, close.range, clauses, placement);
    }
    const blank = placement.blankLine ? '\n' : '';
    if (placement.before?.$cstNode) {
        const start = placement.before.$cstNode.range.start;
        return [insertAt({ line: start.line, character: 0 }, laidOut.map(c => c + '\n' + blank).join(''))];
    }
    if (placement.after?.$cstNode || placement.atStart) {
        const end = placement.after?.$cstNode?.range.end ?? open.range.end;
        return [insertAt(endOfLine(document, end), laidOut.map(c => '\n' + blank + c).join(''))];
    }
    const closeStart = close.range.start;
    const closeLine = document.textDocument.getText({ start: { line: closeStart.line, character: 0 }, end: closeStart });
    if (closeLine.trim() === '') {
        return [insertAt({ line: closeStart.line, character: 0 }, laidOut.map(c => blank + c + '\n').join(''))];
    }
    return [insertAt(closeStart, laidOut.map(c => '\n' + blank + c).join('') + '\n' + base)];
}

function insertInOneLineBlock(document: LangiumDocument, open: Range, close: Range, clauses: readonly string[], placement: Placement): TextEdit[] {
    const separator = placement.separator ?? ' ';
    const joined = clauses.join(separator);
    if (placement.before?.$cstNode) {
        return [insertAt(placement.before.$cstNode.range.start, joined + separator)];
    }
    if (placement.after?.$cstNode) {
        return [insertAt(placement.after.$cstNode.range.end, separator + joined)];
    }
    const inner = document.textDocument.getText({ start: open.end, end: close.start });
    if (placement.atStart || inner.trim() === '') {
        return [insertAt(open.end, ' ' + joined + (inner === '' ? ' ' : ''))];
    }
    return [insertAt(lastContentEnd(document, close.start), separator + joined)];
}

/** Inserts text right after a node (`, Service` after the last name of a list, ` then expert_determination`). */
export function insertAfter(node: AstNode | undefined, newText: string): TextEdit[] {
    const end = node?.$cstNode?.range.end;
    return end ? [insertAt(end, newText)] : [];
}

/** Inserts text right after a range (`, referral_choice` after the last right of a list). */
export function insertAfterRange(range: Range | undefined, newText: string): TextEdit[] {
    return range ? [insertAt(range.end, newText)] : [];
}

/** Removes a clause together with its line when it stands alone on it, else with the space before it. */
export function removeClause(document: LangiumDocument, node: AstNode): TextEdit[] {
    const range = node.$cstNode?.range;
    if (!range) {
        return [];
    }
    const doc = document.textDocument;
    const before = doc.getText({ start: { line: range.start.line, character: 0 }, end: range.start });
    const after = doc.getText({ start: range.end, end: { line: range.end.line + 1, character: 0 } });
    if (before.trim() === '' && after.trim() === '') {
        return [replace({ start: { line: range.start.line, character: 0 }, end: { line: range.end.line + 1, character: 0 } }, '')];
    }
    const spaces = /[ \t]*$/.exec(before)![0].length;
    return [replace({ start: { line: range.start.line, character: range.start.character - spaces }, end: range.end }, '')];
}

function insertAt(position: Position, newText: string): TextEdit {
    return { range: { start: position, end: position }, newText };
}

/** After a clause, past a trailing comment on its line, so the comment stays with its clause. */
function endOfLine(document: LangiumDocument, position: Position): Position {
    const rest = document.textDocument.getText({ start: position, end: { line: position.line + 1, character: 0 } });
    const trimmed = rest.replace(/\r?\n$/, '');
    if (trimmed.trim() === '' || trimmed.trim().startsWith('//')) {
        return { line: position.line, character: position.character + trimmed.length };
    }
    return position;
}

/** The end of the last non-blank text before a position on its line (before ` }` of a one-line block). */
function lastContentEnd(document: LangiumDocument, position: Position): Position {
    const before = document.textDocument.getText({ start: { line: position.line, character: 0 }, end: position });
    return { line: position.line, character: before.replace(/\s+$/, '').length };
}

/** A name not yet declared in the contract (nor taken by another fix of the same run): `base`, `base2`, … */
export function freshName(ctx: FixContext, base: string): string {
    const taken = declaredNames(ctx.contract);
    const free = (name: string) => !taken.has(name) && !ctx.session.has(`name:${name}`);
    const numbered = /^(.*?)(\d+)$/.exec(base);
    let candidate = base;
    for (let i = numbered ? Number(numbered[2]) + 1 : 2; !free(candidate); i++) {
        candidate = numbered ? `${numbered[1]}${i}` : `${base}${i}`;
    }
    ctx.session.add(`name:${candidate}`);
    return candidate;
}

function declaredNames(contract: Contract | undefined): Set<string> {
    const names = new Set<string>();
    if (!contract) {
        return names;
    }
    for (const node of AstUtils.streamAst(contract)) {
        const name = (node as { name?: unknown }).name;
        if (typeof name === 'string') {
            names.add(name);
        }
    }
    return names;
}
