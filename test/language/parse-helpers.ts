import { createLangiumParser, isCompositeCstNode, isReference, type AstNode, type CstNode, type LangiumCoreServices, type LangiumParser, type ParseResult } from 'langium';

/** Everything a parse result says, as text: AST properties, containers, references, CST nodes with positions, errors. */
export function describeParse(result: ParseResult): string {
    const out: string[] = [];
    const ast = (node: AstNode): void => {
        for (const [key, value] of Object.entries(node)) {
            if (key === '$document') {
                continue;
            }
            if (key === '$container') {
                out.push(`container ${(value as AstNode | undefined)?.$type}`);
            } else if (key === '$cstNode') {
                const cst = value as CstNode | undefined;
                out.push(`cst ${cst?.offset} ${cst?.length} ${JSON.stringify(cst?.range)}`);
            } else if (isReference(value)) {
                out.push(`ref ${value.$refText} ${value.$refNode?.offset}`);
            } else if (Array.isArray(value)) {
                out.push(`${key}[${value.length}]`);
                value.forEach(item => (isReference(item) ? out.push(`ref ${item.$refText} ${item.$refNode?.offset}`)
                    : typeof item === 'object' && item ? ast(item as AstNode) : out.push(JSON.stringify(item))));
            } else if (typeof value === 'object' && value && '$type' in value) {
                ast(value as AstNode);
            } else {
                out.push(`${key}=${JSON.stringify(value)}`);
            }
        }
    };
    const cst = (node: CstNode): void => {
        out.push(`${node.offset}+${node.length} ${JSON.stringify(node.range)} ${node.hidden} ${node.grammarSource?.$type} ${node.text}`);
        if (isCompositeCstNode(node)) {
            node.content.forEach(cst);
        }
    };
    ast(result.value);
    cst(result.value.$cstNode!);
    out.push(JSON.stringify(result.lexerErrors), JSON.stringify(result.parserErrors.map(e => [e.message, e.token.startOffset])));
    return out.join('\n');
}

/** A small deterministic random source, so that a failure can be replayed. */
export function random(seed: number): () => number {
    return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** Langium's own parser for the grammar, with its default lookahead (ALL(*)) rather than Care's tables. */
export function langiumReferenceParser(services: LangiumCoreServices): LangiumParser {
    const parser = Object.create(services.parser, { ParserConfig: { value: {} } }) as LangiumCoreServices['parser'];
    return createLangiumParser(Object.create(services, { parser: { value: parser } }) as LangiumCoreServices);
}

/** The canonical contract and mutants of it: characters deleted, or junk that breaks its syntax inserted. */
export function mutants(base: string, count: number, seed: number): string[] {
    const next = random(seed);
    const texts = [base];
    for (let i = 0; i < count; i++) {
        const at = Math.floor(next() * base.length);
        const junk = ['{', '}', ' 12,3 ', ' £', '"', ' outcome ', ' 2025/27 ', 'xyz'][i % 8]!;
        texts.push(i % 2 ? base.slice(0, at) + junk + base.slice(at) : base.slice(0, at) + base.slice(at + 1 + (i % 9)));
    }
    return texts;
}
