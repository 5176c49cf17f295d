import type { AstNode, Grammar, LangiumCoreServices, LangiumSharedCoreServices, Module } from 'langium';
import { createDefaultCoreModule, createDefaultSharedCoreModule, EmptyFileSystem, GrammarAST, inject, loadGrammarFromJson as langiumLoadGrammarFromJson, URI } from 'langium';

/**
 * Langium's `loadGrammarFromJson`, which the generated `grammar.ts` calls (scripts/langium-generate.mjs
 * points it here), giving the same grammar: every node with its container, property and index, every
 * `{ $ref }` replaced by `{ $refText, ref }` to the node its path names, and the grammar in a document of
 * its own. Langium's serializer walks the tree with `Object.entries` and resolves each path through its
 * generic services; on Care's grammar that was 6 of a cold start's milliseconds, and this takes one.
 * A reference this does not resolve (or a kind it does not know) leaves the work to Langium's loader.
 */
export function loadGrammarFromJson(json: string): Grammar {
    const root = JSON.parse(json) as Grammar;
    if (!linkNode(root as unknown as JsonNode, root as unknown as JsonNode)) {
        return langiumLoadGrammarFromJson(json);
    }
    grammarServices().workspace.LangiumDocumentFactory.fromModel(root, URI.parse(`memory:/${root.name ?? 'grammar'}.langium`));
    return root;
}

type JsonNode = Record<string, unknown>;

/** Links a node and what it contains, as Langium's `JsonSerializer.linkNode`; false if a reference does not resolve. */
function linkNode(node: JsonNode, root: JsonNode, container?: JsonNode, property?: string, index?: number): boolean {
    for (const key in node) {
        const value = node[key];
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
                const element = value[i] as JsonNode | null;
                if (isReference(element)) {
                    const reference = revive(element, root);
                    if (!reference) {
                        return false;
                    }
                    value[i] = reference;
                } else if (isNode(element) && !linkNode(element, root, node, key, i)) {
                    return false;
                }
            }
        } else if (isReference(value)) {
            const reference = revive(value, root);
            if (!reference) {
                return false;
            }
            node[key] = reference;
        } else if (isNode(value) && !linkNode(value, root, node, key)) {
            return false;
        }
    }
    node.$container = container;
    node.$containerProperty = property;
    node.$containerIndex = index;
    return true;
}

function isNode(value: unknown): value is JsonNode {
    return typeof value === 'object' && value !== null && typeof (value as JsonNode).$type === 'string';
}

/** A reference as the serializer writes it (Langium's `isIntermediateReference`). */
function isReference(value: unknown): value is { $ref?: unknown; $refText?: string } {
    return typeof value === 'object' && value !== null && ('$ref' in value || '$refs' in value || '$error' in value);
}

/** `{ $refText, ref }`, the text being the target's name when the JSON gives none; undefined if the path leads nowhere. */
function revive(reference: { $ref?: unknown; $refText?: string }, root: JsonNode): { $refText: string; ref: AstNode } | undefined {
    // Multi-references, errors and references into other documents are left to Langium's loader.
    if (typeof reference.$ref !== 'string' || !reference.$ref.startsWith('#') || '$refs' in reference || '$error' in reference) {
        return undefined;
    }
    let target: unknown = root;
    // The path's segments, as Langium's AstNodeLocator reads them: `property` or `property@index`.
    for (const segment of reference.$ref.slice(1).split('/')) {
        if (segment.length === 0 || target === undefined) {
            continue;
        }
        const at = segment.indexOf('@');
        target = at > 0
            ? ((target as JsonNode)[segment.slice(0, at)] as unknown[] | undefined)?.[parseInt(segment.slice(at + 1))]
            : (target as JsonNode)[segment];
    }
    if (!isNode(target)) {
        return undefined;
    }
    const name = target.name;
    return { $refText: reference.$refText ?? (typeof name === 'string' ? name : ''), ref: target as unknown as AstNode };
}

/** Services of Langium's grammar language, just enough to give the grammar its document (Langium's loader makes the same). */
function grammarServices(): LangiumSharedCoreServices {
    const sharedModule: Module<LangiumSharedCoreServices, Partial<LangiumSharedCoreServices>> = {
        AstReflection: () => new GrammarAST.LangiumGrammarAstReflection()
    };
    const languageModule: Module<LangiumCoreServices, Partial<LangiumCoreServices>> = {
        Grammar: () => undefined as unknown as Grammar,
        LanguageMetaData: () => ({ caseInsensitive: false, fileExtensions: ['.langium'], languageId: 'langium', mode: 'production' })
    };
    const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), sharedModule);
    shared.ServiceRegistry.register(inject(createDefaultCoreModule({ shared }), languageModule));
    return shared;
}
