import type { AstNode, LangiumDocument, LeafCstNode } from 'langium';
import { AstUtils, CstUtils, GrammarUtils, isLeafCstNode } from 'langium';
import { isBudget, isBudgetYear, isCareFile, isContract, isLibrary, isWithhold } from '../generated/ast.js';
import { firstAtOrAfter } from '../sorted.js';

/**
 * The token structure the formatter lays out: every token and comment of a document in order, the
 * blocks (`{ … }`) with their items, and the column alignment of year tables. Built from the CST of
 * an error-free document only.
 */
export interface Token {
    leaf: LeafCstNode;
    text: string;
    offset: number;
    end: number;
    line: number;
    comment: boolean;
    lineComment: boolean;
}

export interface Block {
    open: number;
    close: number;
    /** Indent level of the items; the closing brace sits one level out. */
    itemLevel: number;
    /** Written on one line in the source: kept on one line. */
    singleLine: boolean;
}

export interface Layout {
    tokens: Token[];
    /** Block by the index of its `{` and of its `}`. */
    blockByOpen: Map<number, Block>;
    blockByClose: Map<number, Block>;
    /** Token index of each block item's first token → its block and whether it is a table row. */
    itemStarts: Map<number, { block: Block; tableRow: boolean }>;
    /** Spaces before a token that aligns a column in a multi-line table of years. */
    alignment: Map<number, number>;
}

/** Items that form tables: on one line they are separated by two spaces, as in LANGUAGE.md. */
const TABLE_ROWS = new Set(['Tier', 'WithholdPhase', 'Band', 'CapitationRate', 'SavingsPlanItem']);

/** The layout of a document, or undefined when its text is not exactly tokens and whitespace. */
export function layoutOf(document: LangiumDocument): Layout | undefined {
    const root = document.parseResult.value;
    const text = document.textDocument.getText();
    if (!root.$cstNode) {
        return undefined;
    }
    const tokens = readTokens(root, document);
    for (let i = 0; i <= tokens.length; i++) {
        const from = i === 0 ? 0 : tokens[i - 1]!.end;
        const to = i === tokens.length ? text.length : tokens[i]!.offset;
        if (to < from || text.slice(from, to).trim() !== '') {
            return undefined; // something the CST does not cover: never risk changing more than whitespace
        }
    }
    const indexByOffset = new Map(tokens.map((t, i) => [t.offset, i]));
    const firstTokenAt = (node: AstNode): number | undefined => {
        const start = node.$cstNode?.offset;
        return start === undefined ? undefined : firstCodeTokenFrom(tokens, start);
    };
    const layout: Layout = { tokens, blockByOpen: new Map(), blockByClose: new Map(), itemStarts: new Map(), alignment: new Map() };
    matchBraces(layout);
    addItems(layout, root, firstTokenAt);
    addAlignment(layout, root, indexByOffset);
    return layout;
}

/** Index of the first non-comment token at or after `offset` (tokens are in offset order), or -1. */
function firstCodeTokenFrom(tokens: Token[], offset: number): number {
    let lo = firstAtOrAfter(tokens, token => token.offset, offset);
    while (lo < tokens.length && tokens[lo]!.comment) {
        lo++;
    }
    return lo < tokens.length ? lo : -1;
}

function readTokens(root: AstNode, document: LangiumDocument): Token[] {
    const leaves = CstUtils.streamCst(root.$cstNode!).filter(isLeafCstNode).toArray()
        .filter(leaf => leaf.length > 0)
        .sort((a, b) => a.offset - b.offset);
    return leaves.map(leaf => ({
        leaf,
        text: leaf.text,
        offset: leaf.offset,
        end: leaf.end,
        line: document.textDocument.positionAt(leaf.offset).line,
        comment: leaf.hidden,
        lineComment: leaf.hidden && leaf.text.startsWith('//')
    }));
}

function matchBraces(layout: Layout): void {
    const stack: number[] = [];
    layout.tokens.forEach((token, index) => {
        if (token.comment) {
            return;
        }
        if (token.text === '{') {
            stack.push(index);
        } else if (token.text === '}' && stack.length) {
            const open = stack.pop()!;
            const owner = layout.tokens[open]!.leaf.astNode;
            const alwaysMultiLine = isContract(owner) || isLibrary(owner);
            const block: Block = {
                open,
                close: index,
                itemLevel: stack.length + 1,
                singleLine: !alwaysMultiLine && layout.tokens[open]!.line === token.line
            };
            layout.blockByOpen.set(open, block);
            layout.blockByClose.set(index, block);
        }
    });
}

/** Items are the direct children of the node that owns the braces; the file's items are imports and its one declaration. */
function addItems(layout: Layout, root: AstNode, firstTokenAt: (node: AstNode) => number | undefined): void {
    for (const block of layout.blockByOpen.values()) {
        const owner = layout.tokens[block.open]!.leaf.astNode;
        for (const child of AstUtils.streamContents(owner)) {
            const start = firstTokenAt(child);
            if (start !== undefined && start > block.open && start < block.close) {
                layout.itemStarts.set(start, { block, tableRow: TABLE_ROWS.has(child.$type) });
            }
        }
    }
    const fileBlock: Block = { open: -1, close: layout.tokens.length, itemLevel: 0, singleLine: false };
    if (isCareFile(root)) {
        for (const item of [...root.imports, root.contract, root.library]) {
            const start = item && firstTokenAt(item);
            if (start !== undefined && start >= 0) {
                layout.itemStarts.set(start, { block: fileBlock, tableRow: false });
            }
        }
    }
}

/**
 * Multi-line withhold phases and budget years line up: years left-aligned, then rates and amounts
 * right-aligned in their column (`capitation` starts where the amounts' column starts).
 */
function addAlignment(layout: Layout, root: AstNode, indexByOffset: Map<number, number>): void {
    const blockOwners = new Map([...layout.blockByOpen.values()].map(b => [layout.tokens[b.open]!.leaf.astNode, b] as const));
    const isMultiLine = (node: AstNode) => blockOwners.get(node)?.singleLine === false;
    const align = (rows: { year?: string; value?: string; valueIndex?: number }[]) => {
        const yearWidth = Math.max(0, ...rows.map(r => r.year?.length ?? 0));
        const valueWidth = Math.max(0, ...rows.map(r => r.value?.length ?? 0));
        for (const row of rows) {
            if (row.valueIndex !== undefined && row.year) {
                const pad = row.value === undefined ? 0 : valueWidth - row.value.length;
                layout.alignment.set(row.valueIndex, 1 + yearWidth - row.year.length + pad);
            }
        }
    };
    const indexOf = (node: AstNode | undefined, property: string) => {
        const cst = node?.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, property);
        return cst ? indexByOffset.get(cst.offset) : undefined;
    };
    for (const node of AstUtils.streamAst(root)) {
        if (isWithhold(node) && isMultiLine(node)) {
            align(node.phases.map(p => ({ year: p.year, value: p.rate, valueIndex: indexOf(p, 'rate') })));
        }
        if (isBudget(node) && isMultiLine(node)) {
            const years = node.clauses.filter(isBudgetYear);
            align(years.map(y => ({
                year: y.year,
                value: y.amount,
                valueIndex: y.amount ? indexOf(y, 'amount') : nextTokenIndex(layout, indexOf(y, 'year'))
            })));
        }
    }
}

function nextTokenIndex(layout: Layout, index: number | undefined): number | undefined {
    return index !== undefined && index + 1 < layout.tokens.length ? index + 1 : undefined;
}
