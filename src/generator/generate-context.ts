/**
 * What every section generator reads: the model, the options, and two helpers for objects built from
 * a declaration or clause — their `/** … *\/` doc comment and, with `--source-map`, their `$loc`.
 */
import { CstUtils, isJSDoc, parseJSDoc, type AstNode, type CstNode } from 'langium';
import type { ContractModel } from '../model/contract-model.js';
import type { CurrencyCode, Located } from './contract-json.js';
import type { GenerateOptions } from './generate-options.js';
import { locJson } from './json-values.js';

/** Shared inputs of the section generators. */
export interface GenerateContext {
    model: ContractModel;
    options: GenerateOptions;
    currency: CurrencyCode;
}

/** Comment terminals that can hold a doc comment (the grammar's multi-line comment). */
const DOC_COMMENT_RULES = ['ML_COMMENT'];

/**
 * `body` with `"$loc"` as its first key when the build asks for a source map, else `body` itself.
 * Object spread keeps insertion order, so the rest of the keys stay in schema order.
 */
export function located<T extends object>(ctx: GenerateContext, node: AstNode | undefined, body: T): T & Located {
    if (!ctx.options.sourceMap || !node) {
        return body;
    }
    const $loc = locJson(node, ctx.options.file);
    return $loc ? { $loc, ...body } : body;
}

/**
 * The text of the `/** … *\/` comment directly before a declaration, as Langium's documentation
 * provider reads it (the same text hover shows), or null.
 */
export function docOf(node: AstNode | undefined): string | null {
    const cst = node?.$cstNode;
    if (!cst) {
        return null;
    }
    const comment = CstUtils.findCommentNode(cst, DOC_COMMENT_RULES)
        // A declaration that opens the file: its comment is a child of the root node, before it.
        ?? (opensFile(cst) ? CstUtils.findCommentNode(cst.root, DOC_COMMENT_RULES) : undefined);
    if (!comment || !isJSDoc(comment)) {
        return null;
    }
    const text = parseJSDoc(comment).toString();
    return text === '' ? null : text;
}

/** True when nothing but comments and white space comes before the node. */
function opensFile(cst: CstNode): boolean {
    return cst.root.content.find(child => !child.hidden)?.offset === cst.offset;
}
