import { describe, expect, it } from 'vitest';
import { AstUtils, loadGrammarFromJson as langiumLoad, type AstNode, type Grammar } from 'langium';
import { readRepoFile } from '../helpers.js';
import { loadGrammarFromJson } from '../../src/language/care-grammar-loader.js';

/** The grammar JSON the generated module loads (a string literal in src/language/generated/grammar.ts). */
const generated = readRepoFile('src/language/generated/grammar.ts');
const literal = generated.slice(generated.indexOf("loadGrammarFromJson('") + 'loadGrammarFromJson('.length, generated.lastIndexOf("')") + 1);
const JSON_TEXT = new Function(`return ${literal};`)() as string;

/**
 * Everything a loaded grammar says, as text: each node's properties in order, its container by path,
 * property and index, and each reference's text and target by path.
 */
function describeGrammar(grammar: Grammar): string {
    const paths = new Map<AstNode, string>();
    const nodes = [grammar, ...AstUtils.streamAllContents(grammar)];
    nodes.forEach((node, i) => paths.set(node, `#${i}`));
    const value = (v: unknown): unknown => {
        if (Array.isArray(v)) {
            return v.map(value);
        }
        if (v && typeof v === 'object') {
            if (paths.has(v as AstNode)) {
                return paths.get(v as AstNode);
            }
            const { ref, $refText, error, ...rest } = v as { ref?: AstNode; $refText?: string; error?: { message: string } };
            return { ref: ref && paths.get(ref), $refText, error: error?.message, ...rest };
        }
        return v;
    };
    return JSON.stringify(nodes.map(node => Object.entries(node).filter(([key]) => key !== '$document')
        .map(([key, v]) => [key, key === '$container' ? paths.get(v as AstNode) : value(v)])));
}

describe('the grammar loader', () => {
    it('loads the same grammar as Langium\'s, container links, references and document included', () => {
        const ours = loadGrammarFromJson(JSON_TEXT);
        const theirs = langiumLoad(JSON_TEXT);
        expect(JSON_TEXT.length).toBeGreaterThan(10_000);
        expect(describeGrammar(ours)).toBe(describeGrammar(theirs));
        expect(ours.$document?.uri.toString()).toBe(theirs.$document?.uri.toString());
        expect(AstUtils.streamAllContents(ours).filter(n => n.$document === undefined && n.$container === undefined).count()).toBe(0);
    });

    it('leaves a reference it cannot resolve to Langium\'s loader, which reports it', () => {
        const broken = JSON_TEXT.replace('"$ref":"#/rules@1"', '"$ref":"#/rules@9999"');
        expect(broken).not.toBe(JSON_TEXT);
        const description = describeGrammar(loadGrammarFromJson(broken));
        expect(description).toBe(describeGrammar(langiumLoad(broken)));
        expect(description).toContain('Could not resolve path');
    });
});
