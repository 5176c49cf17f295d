import type { AstNode, DocumentationProvider, LangiumDocument, MaybePromise } from 'langium';
import { CstUtils } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { CareServices } from '../care-module.js';
import { declarationFigures, declarationHeading } from './care-hover-declarations.js';
import { clauseHover } from './care-hover-clauses.js';
import { modelFor } from './care-figures.js';

/**
 * Hover on declarations and references (doc comment, kind, title, the model's figures) and on the
 * clauses that carry figures without declaring a name (budget years, withhold phases, policy).
 */
export class CareHoverProvider extends AstNodeHoverProvider {
    private readonly documentation: DocumentationProvider;

    constructor(private readonly services: CareServices) {
        super(services);
        this.documentation = services.documentation.DocumentationProvider;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const declaration = await super.getHoverContent(document, params);
        return declaration ?? this.clauseHoverAt(document, params);
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        const heading = declarationHeading(node);
        if (!heading) {
            return this.documentation.getDocumentation(node);
        }
        const doc = this.documentation.getDocumentation(node);
        const figures = declarationFigures(node, modelFor(this.services, node));
        return [heading, doc, figures.join('\n')].filter(Boolean).join('\n\n');
    }

    /** The innermost clause around the cursor that has something to explain. */
    private clauseHoverAt(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        const model = leaf && modelFor(this.services, leaf.astNode);
        if (!leaf || !model) {
            return undefined;
        }
        for (let node: AstNode | undefined = leaf.astNode; node; node = node.$container) {
            const value = clauseHover(node, model);
            if (value) {
                return { contents: { kind: 'markdown', value }, range: node.$cstNode?.range };
            }
        }
        return undefined;
    }
}
