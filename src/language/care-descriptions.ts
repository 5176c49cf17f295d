import type { AstNode, AstNodeDescription, DocumentSegment, LangiumDocument, NameProvider, URI } from 'langium';
import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, DefaultAstNodeLocator } from 'langium';

/**
 * Langium's node paths (`/contract/members@12/outcomes@3`), built as one flat string: Langium's
 * recursive concatenation leaves a chain of partial strings per path, and a file's paths (one per
 * declaration and two per reference in the index) held more memory than its syntax tree's names.
 */
export class CareAstNodeLocator extends DefaultAstNodeLocator {
    override getAstNodePath(node: AstNode): string {
        const segments: string[] = [''];
        for (let current = node; current.$container; current = current.$container) {
            segments.push(this.getPathSegment(current));
        }
        if (segments.length === 1) {
            return '';
        }
        return [segments[0]!, ...segments.slice(1).reverse()].join(this.segmentSeparator);
    }
}

/**
 * Langium's descriptions of named nodes, as small objects of one class: Langium's are object literals
 * with a getter and two closures each, which V8 keeps in dictionary mode, several hundred bytes apiece.
 * The same fields, computed at the same moments (the name's segment on first use, the rest now).
 */
export class CareAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const doc = document ?? AstUtils.getDocument(node);
        name ??= this.nameProvider.getName(node);
        const path = this.astNodeLocator.getAstNodePath(node);
        if (!name) {
            throw new Error(`Node at path ${path} has no name.`);
        }
        return new NodeDescription(node, name, CstUtils.toDocumentSegment(node.$cstNode), node.$type, doc.uri, path, this.nameProvider);
    }
}

class NodeDescription implements AstNodeDescription {
    private segment: DocumentSegment | undefined;

    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly selectionSegment: DocumentSegment | undefined,
        readonly type: string,
        readonly documentUri: URI,
        readonly path: string,
        private readonly nameProvider: NameProvider
    ) {}

    get nameSegment(): DocumentSegment | undefined {
        return this.segment ??= CstUtils.toDocumentSegment(this.nameProvider.getNameNode(this.node) ?? this.node.$cstNode);
    }
}
