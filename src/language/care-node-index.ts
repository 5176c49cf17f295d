import type { AstNode, CstNode, LeafCstNode, ReferenceInfo, RootCstNode } from 'langium';
import { isCompositeCstNode, isMultiReference, isReference } from 'langium';

/**
 * Every AST node and cross-reference of one parsed file, found in a single walk and kept for the life of
 * the parse. Scoping, linking, reference indexing and validation each used to stream the whole tree
 * again; they read these lists instead, in the same order (`AstUtils.streamAst`, then
 * `AstUtils.streamReferences` per node).
 */
export interface NodeIndex {
    /** The root first, then every node in document order, as `AstUtils.streamAst(root)` yields them. */
    readonly nodes: readonly AstNode[];
    /** Every cross-reference, node by node in document order, as the linker visits them. */
    readonly references: readonly ReferenceInfo[];
}

const indexes = new WeakMap<AstNode, NodeIndex>();

/** The index of the tree under `root`, built on first use; a new parse has a new root, hence a new index. */
export function nodeIndex(root: AstNode): NodeIndex {
    let index = indexes.get(root);
    if (!index) {
        const nodes: AstNode[] = [];
        const references: ReferenceInfo[] = [];
        collect(root, nodes, references);
        index = { nodes, references };
        indexes.set(root, index);
    }
    return index;
}

/** Records the index the parser built while it linked the tree (`linkAndIndex`). */
export function adoptNodeIndex(root: AstNode, index: NodeIndex): void {
    indexes.set(root, index);
}

/**
 * Sets every node's `$container`, `$containerProperty` and `$containerIndex` exactly as Langium's
 * `linkContentToContainer(root, { deep: true })` does after parsing, and indexes the tree in the same walk.
 */
export function linkAndIndex(root: AstNode): NodeIndex {
    const nodes: AstNode[] = [];
    const references: ReferenceInfo[] = [];
    link(root, nodes, references);
    return { nodes, references };
}

function link(node: AstNode, nodes: AstNode[], references: ReferenceInfo[]): void {
    nodes.push(node);
    const record = node as unknown as Record<string, unknown>;
    const keys = Object.keys(node);
    collectReferences(node, record, keys, references);
    for (const property of keys) {
        if (property.charCodeAt(0) === 36 /* $ */) {
            continue;
        }
        const value = record[property];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (isNode(item)) {
                    const child = item as { $container: AstNode; $containerProperty: string; $containerIndex: number };
                    child.$container = node;
                    child.$containerProperty = property;
                    child.$containerIndex = index;
                    link(item, nodes, references);
                }
            }
        } else if (isNode(value)) {
            const child = value as { $container: AstNode; $containerProperty: string };
            child.$container = node;
            child.$containerProperty = property;
            link(value, nodes, references);
        }
    }
}

/** A node's own references, in property order, as `AstUtils.streamReferences` yields them. */
function collectReferences(node: AstNode, record: Record<string, unknown>, keys: readonly string[], references: ReferenceInfo[]): boolean {
    let hasChildren = false;
    for (const property of keys) {
        if (property.charCodeAt(0) === 36 /* $ */) {
            continue;
        }
        const value = record[property];
        if (isReference(value) || isMultiReference(value)) {
            references.push({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const element: unknown = value[index];
                if (isReference(element) || isMultiReference(element)) {
                    references.push({ reference: element, container: node, property, index });
                } else if (isNode(element)) {
                    hasChildren = true;
                }
            }
        } else if (isNode(value)) {
            hasChildren = true;
        }
    }
    return hasChildren;
}

/** The nodes of `node`'s subtree (itself first), in document order, as `AstUtils.streamAst(node)` yields them. */
export function subtreeNodes(root: AstNode, node: AstNode): readonly AstNode[] {
    const all = nodeIndex(root).nodes;
    if (all[0] === node) {
        return all;
    }
    // A node belongs to one parse, and a patched parse keeps its shape, so the slice stays valid.
    let nodes = subtrees.get(node);
    if (!nodes) {
        nodes = sliceSubtree(all, node);
        subtrees.set(node, nodes);
    }
    return nodes;
}

/** The subtrees asked for, kept for the life of the parse (the contract's, read by three rules per check). */
const subtrees = new WeakMap<AstNode, readonly AstNode[]>();

function sliceSubtree(all: readonly AstNode[], node: AstNode): readonly AstNode[] {
    const start = all.indexOf(node);
    if (start < 0) {
        return [];
    }
    // A subtree is contiguous in document order; the contract, the file's last member, usually runs to the end.
    let end = all.length;
    if (end > start + 1 && !isInside(all[end - 1]!, node)) {
        end = start + 1;
        while (end < all.length && isInside(all[end]!, node)) {
            end++;
        }
    }
    return all.slice(start, end);
}

function isInside(candidate: AstNode, ancestor: AstNode): boolean {
    for (let n: AstNode | undefined = candidate.$container; n; n = n.$container) {
        if (n === ancestor) {
            return true;
        }
    }
    return false;
}

function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as AstNode).$type === 'string';
}

function collect(node: AstNode, nodes: AstNode[], references: ReferenceInfo[]): void {
    nodes.push(node);
    const record = node as unknown as Record<string, unknown>;
    const keys = Object.keys(node);
    if (!collectReferences(node, record, keys, references)) {
        return;
    }
    for (const property of keys) {
        if (property.charCodeAt(0) === 36) {
            continue;
        }
        const value = record[property];
        if (Array.isArray(value)) {
            for (const element of value) {
                if (isNode(element)) {
                    collect(element, nodes, references);
                }
            }
        } else if (isNode(value)) {
            collect(value, nodes, references);
        }
    }
}

/** The terminals the token-level rules read: the literals whose exact spelling matters. */
export const LITERAL_TERMINALS: ReadonlySet<string> = new Set(['NUMBER', 'MONEY', 'PERCENT', 'DATE', 'YEAR']);

/** Records the literal tokens the parser collected as it built the tree (CareCstNodeBuilder). */
export function adoptLiteralTokens(root: RootCstNode, tokens: Map<string, LeafCstNode[]>): void {
    tokenIndexes.set(root, tokens);
}

/**
 * The literal tokens (NUMBER, MONEY, PERCENT, DATE, YEAR) of a parsed file, grouped by terminal, each
 * group in document order. The token-level rules read one group each instead of walking the whole CST.
 */
export function literalTokens(root: RootCstNode): ReadonlyMap<string, readonly LeafCstNode[]> {
    let tokens = tokenIndexes.get(root);
    if (!tokens) {
        tokens = new Map();
        collectTokens(root, tokens);
        tokenIndexes.set(root, tokens);
    }
    return tokens;
}

const tokenIndexes = new WeakMap<RootCstNode, Map<string, LeafCstNode[]>>();

function collectTokens(node: CstNode, tokens: Map<string, LeafCstNode[]>): void {
    if (isCompositeCstNode(node)) {
        for (const child of node.content) {
            collectTokens(child, tokens);
        }
        return;
    }
    const leaf = node as LeafCstNode;
    const name = leaf.tokenType.name;
    if (leaf.hidden || !LITERAL_TERMINALS.has(name)) {
        return;
    }
    const group = tokens.get(name);
    if (group) {
        group.push(leaf);
    } else {
        tokens.set(name, [leaf]);
    }
}
