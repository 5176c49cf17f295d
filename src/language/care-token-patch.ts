import type { AstNode, CstNode, LangiumCoreServices, LeafCstNode, ParseResult, Reference, ReferenceInfo } from 'langium';
import { AstUtils, GrammarAST, isCompositeCstNode, isReference } from 'langium';
import { nodeIndex } from './care-node-index.js';
import { firstAtOrAfter } from './sorted.js';

/**
 * The parse of an edited file, when the edit leaves every token as it was but one, or all of them:
 * - typing inside one token that stays the same kind of token (a name, a title, a number, a comment);
 * - changing the white space between two tokens (a line break, indentation) without joining them.
 * Every token kind, hence every parser decision, is then as before, so the new tree is the old one with
 * that token's text and AST value and the positions after the edit updated in place: what a full parse
 * would build, for a fraction of the cost. Anything else (a new or merged token, a file with syntax
 * errors) returns undefined, and the file is parsed again.
 */
export function patchToken(services: LangiumCoreServices, parseResult: ParseResult, oldText: string, newText: string): ParseResult | undefined {
    if (parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0 || (parseResult.lexerReport?.diagnostics.length ?? 0) > 0) {
        return undefined;
    }
    const root = parseResult.value.$cstNode?.root;
    const edit = diff(oldText, newText);
    if (!root || !edit) {
        return undefined;
    }
    const removed = oldText.slice(edit.start, edit.oldEnd);
    const inserted = newText.slice(edit.start, edit.newEnd);
    if (oldText.charCodeAt(edit.start - 1) === 13 || removed.endsWith('\r') || inserted.endsWith('\r')) {
        // The edit would split or join a \r\n: leave line breaks to a full parse.
        return undefined;
    }
    const leaves: Leaf[] = [];
    // One walk collects the tokens and drops the composite nodes' cached ranges, which the edit may move
    // (a cache, so dropping it is harmless should the patch be refused).
    collectLeaves(root, leaves, true);
    // The first token that ends at or after the edit.
    const first = firstAtOrAfter(leaves, leaf => leaf.end, edit.start);
    const delta = newText.length - oldText.length;
    const candidate = leaves[first];
    let plan: Plan | undefined;
    if (/^\s*$/.test(removed) && /^\s*$/.test(inserted) && (!candidate || candidate.offset >= edit.oldEnd || candidate.end <= edit.start)) {
        // Between two tokens: `first` is the token after the edit, unless the edit touches the end of one.
        const next = candidate && candidate.end <= edit.start ? first + 1 : first;
        plan = relexesAlike(services, leaves, next - 1, undefined, next, newText, delta) ? { changedLeaf: undefined, after: next, astChange: noChange } : undefined;
    }
    if (!plan && candidate && !/[\r\n]/.test(removed) && !/[\r\n]/.test(inserted) && candidate.offset <= edit.start && edit.oldEnd <= candidate.end
        && !(edit.start === candidate.end && leaves[first + 1]?.offset === edit.start)) {
        const leaf = candidate;
        if (relexesAlike(services, leaves, first - 1, leaf, first + 1, newText, delta)) {
            const astChange = leaf.hidden ? noChange
                : valueChange(services, leaf, oldText.substring(leaf.offset, leaf.end), newText.substring(leaf.offset, leaf.end + delta));
            plan = astChange ? { changedLeaf: leaf, after: first + 1, astChange } : undefined;
        }
    }
    if (!plan) {
        return undefined;
    }
    // Nothing is changed before this point, so a refused patch leaves the old tree as it was.
    (root as unknown as { _text: string })._text = newText;
    shiftPositions(leaves, plan, oldText, newText, edit, delta);
    plan.astChange();
    return parseResult;
}

interface Plan {
    /** The token the edit is inside, whose length changes; undefined for an edit in white space. */
    changedLeaf: Leaf | undefined;
    /** The index of the first token after the edit. */
    after: number;
    astChange: () => void;
}

/**
 * Moves the tokens after the edit: offsets by the change in length, lines by the change in line breaks,
 * and columns on the line where the edit ends by the change in that line's length before them.
 */
function shiftPositions(leaves: Leaf[], plan: Plan, oldText: string, newText: string, edit: { start: number; oldEnd: number; newEnd: number },
    delta: number): void {
    const lineDelta = countLineBreaks(newText, edit.start, edit.newEnd) - countLineBreaks(oldText, edit.start, edit.oldEnd);
    // The line the edit ends on, counted from the token before it (or the edited one), which starts before it.
    const anchor = leaves[plan.after - 1];
    const oldEndLine = anchor ? anchor._startLine + countLineBreaks(oldText, anchor.offset, edit.oldEnd) : countLineBreaks(oldText, 0, edit.oldEnd);
    const columnDelta = columnOf(newText, edit.newEnd) - columnOf(oldText, edit.oldEnd);
    const leaf = plan.changedLeaf;
    if (leaf) {
        leaf._length += delta;
        if (leaf._endLine !== undefined) {
            if (leaf._endLine === oldEndLine) {
                leaf._endColumn! += columnDelta;
            }
            leaf._endLine += lineDelta;
        }
    }
    for (let i = plan.after; i < leaves.length; i++) {
        const next = leaves[i]!;
        next._offset += delta;
        if (next._startLine === oldEndLine) {
            next._startColumn += columnDelta;
            if (next._endLine === oldEndLine) {
                next._endColumn! += columnDelta;
            }
        }
        next._startLine += lineDelta;
        if (next._endLine !== undefined) {
            next._endLine += lineDelta;
        }
    }
}

/** The 0-based column of an offset: its distance from the start of its line. */
function columnOf(text: string, offset: number): number {
    let start = offset;
    while (start > 0) {
        const c = text.charCodeAt(start - 1);
        if (c === 10 || c === 13) {
            break;
        }
        start--;
    }
    return offset - start;
}

/**
 * A leaf CST node's fields, as Langium 4.4's LeafCstNodeImpl stores them; carec's LineLeafCstNode has
 * no end fields (its end follows from its start and length).
 */
interface Leaf extends LeafCstNode {
    _offset: number;
    _length: number;
    _startLine: number;
    _startColumn: number;
    _endLine?: number;
    _endColumn?: number;
}

const noChange = (): void => undefined;

/** The changed span: old text [start, oldEnd) became new text [start, newEnd). */
function diff(oldText: string, newText: string): { start: number; oldEnd: number; newEnd: number } | undefined {
    const shorter = Math.min(oldText.length, newText.length);
    let start = 0;
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) {
        start++;
    }
    let common = 0;
    while (common < shorter - start && oldText.charCodeAt(oldText.length - 1 - common) === newText.charCodeAt(newText.length - 1 - common)) {
        common++;
    }
    return start === oldText.length && start === newText.length ? undefined
        : { start, oldEnd: oldText.length - common, newEnd: newText.length - common };
}

function collectLeaves(node: CstNode, leaves: Leaf[], clearRanges = false): void {
    if (isCompositeCstNode(node)) {
        if (clearRanges) {
            (node as unknown as { _rangeCache: unknown })._rangeCache = undefined;
        }
        for (const child of node.content) {
            collectLeaves(child, leaves, clearRanges);
        }
    } else {
        leaves.push(node as Leaf);
    }
}

/**
 * Lexes the edit with the tokens either side: they must come back as the same tokens with the same
 * boundaries (the edited one, if any, longer or shorter by the edit, and nothing new between). The
 * lexer has one mode and looks at most one character past a token, so the tokens before and after are
 * then those of a full lex too.
 */
function relexesAlike(services: LangiumCoreServices, leaves: readonly Leaf[], previousIndex: number, edited: Leaf | undefined, nextIndex: number,
    newText: string, delta: number): boolean {
    const previous = leaves[previousIndex];
    const next = leaves[nextIndex];
    const from = previous ? previous.offset : 0;
    const to = next ? next.end + delta : newText.length;
    const result = services.parser.Lexer.tokenize(newText.substring(from, to));
    if (result.errors.length > 0) {
        return false;
    }
    const tokens = [...result.tokens, ...result.hidden].sort((a, b) => a.startOffset - b.startOffset);
    const expected = [
        ...(previous ? [{ offset: previous.offset, length: previous.length, type: previous.tokenType }] : []),
        ...(edited ? [{ offset: edited.offset, length: edited.length + delta, type: edited.tokenType }] : []),
        ...(next ? [{ offset: next.offset + delta, length: next.length, type: next.tokenType }] : [])
    ];
    return tokens.length === expected.length && tokens.every((token, i) => {
        const want = expected[i]!;
        return token.tokenType === want.type && token.startOffset + from === want.offset && token.image.length === want.length;
    });
}

/**
 * The change to the AST for the token's new text: the value assigned from it, as the parser's `consume`
 * assigns it (keywords as written, terminals through the value converter, cross-references as a new
 * reference with that text). Undefined when the token is not assigned directly (part of a data type
 * rule such as `Lib.Metric`, or an unassigned keyword that a different spelling would not be).
 */
function valueChange(services: LangiumCoreServices, leaf: Leaf, oldImage: string, image: string): (() => void) | undefined {
    const feature = leaf.grammarSource;
    const assignment = feature && AstUtils.getContainerOfType(feature, GrammarAST.isAssignment);
    if (!feature || !assignment || GrammarAST.isKeyword(feature)) {
        // A keyword keeps its spelling while it stays the same token: only an unassigned one is certain to change nothing.
        return GrammarAST.isKeyword(feature) && !assignment ? noChange : undefined;
    }
    const node = leaf.astNode;
    const property = assignment.feature;
    const record = node as unknown as Record<string, unknown>;
    const crossReference = GrammarAST.isCrossReference(assignment.terminal);
    const converter = services.parser.ValueConverter;
    const oldValue = converter.convert(oldImage, leaf);
    const value = converter.convert(image, leaf);
    // Each target is checked to hold the old token's value: anything unexpected means a full parse.
    const holdsOld = (item: unknown) => crossReference ? isReference(item) && item.$refNode === leaf && item.$refText === oldValue : item === oldValue;
    if (assignment.operator === '=') {
        if (!holdsOld(record[property])) {
            return undefined;
        }
        return () => {
            record[property] = crossReference ? rebuildReference(services, node, property, undefined, leaf, record[property], String(value)) : value;
        };
    }
    const list = record[property];
    if (assignment.operator !== '+=' || !Array.isArray(list)) {
        return undefined;
    }
    const at = crossReference ? list.findIndex(item => isReference(item) && item.$refNode === leaf) : assignedIndex(node, property, leaf);
    if (at < 0 || !holdsOld(list[at])) {
        return undefined;
    }
    return () => {
        list[at] = crossReference ? rebuildReference(services, node, property, at, leaf, list[at], String(value)) : value;
    };
}

/** The position, in `node[property]`, of the value a token assigned: how many of the node's own tokens assigned to it come before. */
function assignedIndex(node: AstNode, property: string, leaf: LeafCstNode): number {
    const leaves: Leaf[] = [];
    if (node.$cstNode) {
        collectLeaves(node.$cstNode, leaves);
    }
    let count = 0;
    for (const cst of leaves) {
        if (cst === leaf) {
            return count;
        }
        const owner = !cst.hidden && cst.grammarSource ? AstUtils.getContainerOfType(cst.grammarSource, GrammarAST.isAssignment) : undefined;
        if (owner?.feature === property && cst.astNode === node) {
            count++;
        }
    }
    return -1;
}

/** A new reference for the new text, as the parser builds one, replacing the old in the node index too. */
function rebuildReference(services: LangiumCoreServices, node: AstNode, property: string, index: number | undefined, leaf: LeafCstNode,
    old: unknown, refText: string): Reference {
    const reference = services.references.Linker.buildReference(node, property, leaf, refText);
    const references = nodeIndex(AstUtils.findRootNode(node)).references as ReferenceInfo[];
    const at = references.findIndex(info => info.reference === old);
    if (at >= 0) {
        references[at] = index === undefined ? { reference, container: node, property } : { reference, container: node, property, index };
    }
    return reference;
}

function countLineBreaks(text: string, from: number, to: number): number {
    let count = 0;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
            count++;
        }
    }
    return count;
}
