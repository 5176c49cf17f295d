import type { AstNode, LangiumDocument, Mutable } from 'langium';
import { Cancellation, DefaultLangiumDocumentFactory, DocumentState } from 'langium';
import { patchToken } from './care-token-patch.js';

/**
 * Langium's document factory, except that an edit that keeps every token's kind (typing inside a token,
 * white space between tokens) updates the parsed file in place (`patchToken`) instead of parsing it
 * again: typing in a large contract then costs linking and validation only. Everything else is
 * Langium's `update`.
 */
export class CareDocumentFactory extends DefaultLangiumDocumentFactory {
    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>,
        cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        // The CST full text property contains the original text that was used to create the AST.
        const oldText = document.parseResult.value.$cstNode?.root.fullText;
        const textDocument = this.textDocuments?.get(document.uri.toString());
        const text = await this.getUpdatedText(document, textDocument, cancellationToken);
        if (textDocument) {
            Object.defineProperty(document, 'textDocument', { value: textDocument });
        } else {
            const textDocumentGetter = this.createTextDocumentGetter(document.uri, text);
            Object.defineProperty(document, 'textDocument', { get: textDocumentGetter });
        }
        if (oldText !== text) {
            const services = this.serviceRegistry.getServices(document.uri);
            const patched = oldText === undefined ? undefined : patchToken(services, document.parseResult, oldText, text);
            document.parseResult = patched as typeof document.parseResult | undefined ?? await this.parseAsync<T>(document.uri, text, cancellationToken);
            (document.parseResult.value as Mutable<AstNode>).$document = document;
        }
        document.state = DocumentState.Parsed;
        return document;
    }
}
