import { describe, expect, it } from 'vitest';
import { AstUtils, CstUtils, isCompositeCstNode, URI, type LeafCstNode, type ParseResult } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CANONICAL, services } from '../helpers.js';
import { LITERAL_TERMINALS, literalTokens, nodeIndex } from '../../src/language/care-node-index.js';
import { patchToken } from '../../src/language/care-token-patch.js';
import { describeParse, langiumReferenceParser, mutants, random } from './parse-helpers.js';

const { Care, shared } = services;
const parser = Care.parser.LangiumParser;

/**
 * The node index must list what `streamAst` and `streamReferences` would, in their order, and the
 * literal tokens those a walk of the CST finds.
 */
function indexIsExact(result: ParseResult): boolean {
    const root = result.value.$cstNode!.root;
    const walked = CstUtils.streamCst(root).filter(n => !isCompositeCstNode(n) && !n.hidden && LITERAL_TERMINALS.has((n as LeafCstNode).tokenType.name)).toArray();
    const indexed = [...literalTokens(root).values()].flat().sort((a, b) => a.offset - b.offset);
    if (walked.length !== indexed.length || walked.some((leaf, i) => leaf !== indexed[i])) {
        return false;
    }
    const index = nodeIndex(result.value);
    const nodes = AstUtils.streamAst(result.value).toArray();
    const references = nodes.flatMap(node => AstUtils.streamReferences(node).toArray());
    return index.nodes.length === nodes.length && index.nodes.every((node, i) => node === nodes[i])
        && index.references.length === references.length
        && index.references.every((r, i) => r.reference === references[i]!.reference && r.container === references[i]!.container
            && r.property === references[i]!.property && r.index === references[i]!.index);
}

describe('carec parser', () => {
    const langium = langiumReferenceParser(Care);

    it('builds the same tree, errors and node index as Langium\'s parser, on valid and broken input', () => {
        for (const text of mutants(CANONICAL, 60, 42)) {
            const ours = parser.parse(text);
            expect(describeParse(ours)).toBe(describeParse(langium.parse(text)));
            expect(indexIsExact(ours)).toBe(true);
        }
    });
});

describe('edits inside one token or between two', () => {
    it('patch the tree into exactly what a fresh parse of the edited text builds', () => {
        const next = random(7);
        const typed = ['a', 'Z', '_', '1', ' ', '0', ',', '.', '"', '£', '%', 'x', '-', '/', '{', '}', '\t', '\n', '\r\n', '\n    '];
        let patched = 0;
        for (const base of [CANONICAL, CANONICAL.replace(/\r?\n/g, '\r\n')]) {
            for (let i = 0; i < 300; i++) {
                const at = Math.floor(next() * base.length);
                const ch = typed[Math.floor(next() * typed.length)]!;
                const kind = i % 3;
                const edited = kind === 0 ? base.slice(0, at) + ch + base.slice(at)
                    : kind === 1 ? base.slice(0, at) + base.slice(at + 1) : base.slice(0, at) + ch + base.slice(at + 1);
                const result = patchToken(Care, parser.parse(base), base, edited);
                if (result) {
                    patched++;
                    expect(describeParse(result)).toBe(describeParse(parser.parse(edited)));
                    expect(indexIsExact(result)).toBe(true);
                }
            }
        }
        expect(patched).toBeGreaterThan(100);
    });

    it('are refused when they make or merge tokens, break a token in two lines or the file has syntax errors', () => {
        const title = CANONICAL.indexOf('"North Shire ICB"');
        const parsed = () => parser.parse(CANONICAL);
        expect(patchToken(Care, parsed(), CANONICAL, CANONICAL.slice(0, title + 6) + 'x' + CANONICAL.slice(title + 6))).toBeDefined();
        expect(patchToken(Care, parsed(), CANONICAL, CANONICAL.slice(0, title + 6) + '"' + CANONICAL.slice(title + 6))).toBeUndefined();
        expect(patchToken(Care, parsed(), CANONICAL, CANONICAL.slice(0, title + 6) + '\n' + CANONICAL.slice(title + 6))).toBeUndefined();
        expect(patchToken(Care, parsed(), CANONICAL, CANONICAL.slice(0, title - 1) + '\n' + CANONICAL.slice(title - 1))).toBeDefined();
        const weight = CANONICAL.indexOf('weight 30%');
        expect(patchToken(Care, parsed(), CANONICAL, CANONICAL.slice(0, weight + 6) + CANONICAL.slice(weight + 7))).toBeUndefined();
        const broken = CANONICAL.replace('weight 30%', 'weight 30% }');
        expect(patchToken(Care, parser.parse(broken), broken, broken.replace('North Shire ICB', 'North Shire ICBx'))).toBeUndefined();
    });

    it('leave the language server with the diagnostics of a fresh check', async () => {
        const uri = URI.parse('file:///incremental/edited.care');
        let textDocument = TextDocument.create(uri.toString(), 'care', 1, CANONICAL);
        shared.workspace.TextDocuments.set(textDocument);
        await shared.workspace.DocumentBuilder.update([uri], []);
        const document = shared.workspace.LangiumDocuments.getDocument(uri)!;
        const weight = textDocument.positionAt(CANONICAL.indexOf('weight 30%') + 8);
        // 30% → 35%: one digit inside one token; the weights of P1 then sum to 105%.
        textDocument = TextDocument.update(textDocument, [{ range: { start: weight, end: { line: weight.line, character: weight.character + 1 } }, text: '5' }], 2);
        shared.workspace.TextDocuments.set(textDocument);
        const before = document.parseResult;
        await shared.workspace.DocumentBuilder.update([uri], []);
        expect(document.parseResult).toBe(before);
        const fresh = shared.workspace.LangiumDocumentFactory.fromString(textDocument.getText(), URI.parse('file:///incremental/fresh.care'));
        shared.workspace.LangiumDocuments.addDocument(fresh);
        await shared.workspace.DocumentBuilder.build([fresh], { validation: true });
        const summary = (d: typeof document) => (d.diagnostics ?? []).map(x => `${x.code} ${JSON.stringify(x.range)} ${x.message}`);
        expect(summary(document)).toEqual(summary(fresh));
        expect(summary(document).some(line => line.startsWith('outcome/weights-not-100'))).toBe(true);
        shared.workspace.LangiumDocuments.deleteDocument(uri);
        shared.workspace.LangiumDocuments.deleteDocument(fresh.uri);
    });
});
