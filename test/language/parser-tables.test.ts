import { describe, expect, it } from 'vitest';
import { serializeGrammar, type TokenType } from 'chevrotain';
import { AstUtils, DatatypeSymbol, DefaultLexer, EmptyFileSystem, DefaultTokenBuilder, GrammarAST, GrammarUtils, type LangiumCoreServices, type LexerResult } from 'langium';
import { readdirSync } from 'node:fs';
import { CANONICAL, readRepoFile, services } from '../helpers.js';
import { CareLookaheadStrategy } from '../../src/language/care-lookahead.js';
import { CareTokenBuilder, reachableRules } from '../../src/language/care-token-builder.js';
import { CareLexer, identifierKeywords } from '../../src/language/care-lexer.js';
import { createCareCoreServices } from '../../src/language/care-core-module.js';
import { chevrotainOf, createCareParser, grammarTables } from '../../src/language/care-parser.js';
import { computeParserTables, type ChevrotainInternals, type ParserTables } from '../../src/language/care-parser-tables.js';
import { describeParse, langiumReferenceParser, mutants } from './parse-helpers.js';

const { Care } = services;
const vocabulary = Care.parser.Lexer.definition;
const strategy = Care.parser.ParserConfig!.lookaheadStrategy as CareLookaheadStrategy;
const analysed = Care.parser.LangiumParser;
const examples = readdirSync(new URL('../../examples', import.meta.url), { recursive: true, encoding: 'utf8' })
    .filter(path => path.endsWith('.care')).map(path => readRepoFile(`examples/${path}`));
// As scripts/parser-tables.mjs does: the examples parsed first, so that Chevrotain has recorded what
// follows the repetitions they leave.
examples.forEach(text => analysed.parse(text));
const tables: ParserTables = computeParserTables(chevrotainOf(analysed), strategy, vocabulary, grammarTables(Care));
const fromTables = createCareParser(Care, tables);

/** Every example contract and library, with broken variants of the canonical one. */
const corpus = [...examples, ...mutants(CANONICAL, 400, 1234)];

/** The lookahead cache as rule → decision keys, which says which decisions a parser has functions for. */
function decisionKeys(parser: ChevrotainInternals): string[] {
    const cache = (parser as unknown as { lookAheadFuncsCache: unknown[][] }).lookAheadFuncsCache;
    return cache.flatMap((decisions, rule) => Object.keys(decisions ?? {}).map(key => `${rule}:${key}`)).sort();
}

describe('one-token lookahead', () => {
    it('suffices: the grammar is LL(1), by Chevrotain\'s own validation', () => {
        const rules = Object.values(chevrotainOf(analysed).getGAstProductions());
        expect(strategy.validate({ rules, tokenTypes: Object.values(vocabulary), grammarName: 'Care' })).toEqual([]);
    });

    it('parses every example and broken variant exactly as Langium\'s ALL(*) lookahead does', () => {
        const reference = langiumReferenceParser(Care);
        for (const text of corpus) {
            expect(describeParse(analysed.parse(text))).toBe(describeParse(reference.parse(text)));
        }
    });
});

describe('building the parser', () => {
    it('records, for every element it consumes, the assignment Langium\'s parser would search for', () => {
        const assignments = (createCareParser(Care, tables) as unknown as { assignmentMap: Map<GrammarAST.AbstractElement, { assignment?: GrammarAST.Assignment; crossRef?: string }> }).assignmentMap;
        const consumed = Care.Grammar.rules.filter(GrammarAST.isParserRule).flatMap(rule => AstUtils.streamAllContents(rule).toArray())
            .filter(element => GrammarAST.isKeyword(element) || GrammarAST.isRuleCall(element) || GrammarAST.isCrossReference(element))
            .filter(element => !GrammarAST.isCrossReference(element.$container));
        expect(consumed.length).toBeGreaterThan(1000);
        expect(new Set(assignments.keys())).toEqual(new Set(consumed));
        for (const element of consumed) {
            const assignment = AstUtils.getContainerOfType(element, GrammarAST.isAssignment);
            const crossRef = assignment && GrammarAST.isCrossReference(assignment.terminal) ? (assignment.terminal.isMulti ? 'multi' : 'single') : undefined;
            expect(assignments.get(element)).toEqual({ assignment, crossRef });
        }
    });
});

describe('prebuilt parser tables', () => {
    it('give a parser the lookahead, grammar model and follow sets its own analysis would', () => {
        const ours = chevrotainOf(fromTables);
        const theirs = chevrotainOf(analysed);
        expect(decisionKeys(ours)).toEqual(decisionKeys(theirs));
        expect(serializeGrammar(Object.values(ours.getGAstProductions()))).toEqual(serializeGrammar(Object.values(theirs.getGAstProductions())));
        const names = (follows: Record<string, TokenType[]>) => Object.fromEntries(Object.entries(follows).map(([k, v]) => [k, v.map(t => t.name)]));
        expect(names(ours.resyncFollows)).toEqual(names(theirs.resyncFollows));
        expect(tables.decisions).toHaveLength(decisionKeys(theirs).length);
    });

    it('parse and recover from errors as the analysed parser does', () => {
        for (const text of corpus) {
            expect(describeParse(fromTables.parse(text))).toBe(describeParse(analysed.parse(text)));
        }
    });

    it('know what follows each repetition as Chevrotain works it out', () => {
        expect(tables.afterRepetitions.length).toBeGreaterThan(20);
        const fresh = createCareParser(Care, undefined);
        corpus.forEach(text => fresh.parse(text));
        const describe = (parser: ChevrotainInternals) => JSON.stringify(Array.from(parser.firstAfterRepMap, rule => Object.entries(rule ?? {})
            .map(([key, after]) => [key, after?.token?.name, after?.occurrence, after?.isEndOfRule])));
        // Every fact the tables preload is one the parser computes for itself, and the same.
        const preloaded = createCareParser(Care, tables);
        const computed = JSON.parse(describe(chevrotainOf(fresh))) as unknown[][];
        JSON.parse(describe(chevrotainOf(preloaded))).forEach((rule: unknown[], i: number) => {
            rule.forEach(entry => expect(computed[i]).toContainEqual(entry));
        });
    });

    it('survive a round trip through JSON, as the bundles carry them', () => {
        const revived = createCareParser(Care, JSON.parse(JSON.stringify(tables)) as ParserTables);
        expect(describeParse(revived.parse(CANONICAL))).toBe(describeParse(analysed.parse(CANONICAL)));
    });

    it('are ignored when they do not fit the grammar (a stale build): the parser analyses itself', () => {
        const stale: ParserTables = { ...tables, rules: tables.rules.slice(1) };
        const parser = createCareParser(Care, stale);
        expect(decisionKeys(chevrotainOf(parser))).toEqual(decisionKeys(chevrotainOf(analysed)));
        expect(describeParse(parser.parse(CANONICAL))).toBe(describeParse(analysed.parse(CANONICAL)));
        const unknownToken: ParserTables = { ...tables, decisions: [['CareFile\u200B', 'Alternation', 1, [['no-such-token']]], ...tables.decisions] };
        expect(describeParse(createCareParser(Care, unknownToken).parse(CANONICAL))).toBe(describeParse(analysed.parse(CANONICAL)));
    });

    it('refuse a grammar that is not LL(1)', () => {
        const ambiguous = Object.create(strategy, { validate: { value: () => [{ message: 'Ambiguous alternatives' }] } }) as CareLookaheadStrategy;
        expect(() => computeParserTables(chevrotainOf(analysed), ambiguous, vocabulary, tables)).toThrow(/not LL\(1\)/);
    });
});

describe('the lexer', () => {
    /** What a lexing says: each token's type, offset and text; the hidden tokens; the errors. */
    const describeLexing = (result: LexerResult) => JSON.stringify([
        result.tokens.map(t => [t.tokenType.name, t.startOffset, t.image, t.startLine, t.startColumn, t.endLine, t.endColumn]),
        result.hidden.map(t => [t.tokenType.name, t.startOffset, t.image]),
        result.errors
    ]);
    const tokensOf = (builder: DefaultTokenBuilder) => builder.buildTokens(Care.Grammar, { caseInsensitive: false }) as TokenType[];
    const describeTokens = (tokens: TokenType[]) => tokens.map(t => [t.name, String(t.PATTERN), (t.LONGER_ALT as TokenType[] | undefined ?? []).map(a => a.name), t.START_CHARS_HINT, t.LINE_BREAKS]);

    it('reaches the rules Langium\'s own walk reaches, as do the tables', () => {
        const langium = [...GrammarUtils.getAllReachableRules(Care.Grammar, false)];
        expect([...reachableRules(Care.Grammar)]).toEqual(langium);
        expect(tables.reachable).toEqual(langium.map(rule => rule.name));
    });

    it('give each rule the node type Langium\'s parser computes', () => {
        const computeRuleType = (analysed as unknown as { computeRuleType(rule: GrammarAST.ParserRule): unknown }).computeRuleType.bind(analysed);
        const parserRules = Care.Grammar.rules.filter(GrammarAST.isParserRule).filter(rule => tables.reachable.includes(rule.name));
        expect(tables.ruleTypes.map(([name]) => name)).toEqual(parserRules.map(rule => rule.name));
        for (const rule of parserRules) {
            const type = tables.ruleTypes.find(([name]) => name === rule.name)![1];
            expect(type === '$datatype' ? DatatypeSymbol : type ?? undefined).toBe(computeRuleType(rule));
        }
        expect(tables.ruleTypes.some(([, type]) => type === '$datatype')).toBe(true);
    });

    it('builds the same keyword tokens from prebuilt tables as from the grammar', () => {
        expect(describeTokens(tokensOf(new CareTokenBuilder(tables)))).toEqual(describeTokens(tokensOf(new CareTokenBuilder())));
        expect(tables.keywords.length).toBeGreaterThan(100);
    });

    /** Words at the edges of keywords: each keyword alone, extended, prefixed, cut short, glued to others and to numbers. */
    const edges = tables.keywords.filter((_, i) => i % 7 === 0).map(([keyword]) =>
        [keyword, `${keyword}x`, `${keyword}_1`, `x${keyword}`, keyword.slice(0, -1), `${keyword}.${keyword}`, `${keyword}"s"`, `${keyword}2026/27`, `${keyword} 100`].join(' '))
        .concat(['GBP 100 GBP100 GBPx GBP\t1,000.50 USD 5 EUR', 'PY2026 PY2026x PY20 py2026 2026/27 2026-04-01 12% -3.5 1,000', 'n nx _n n_ N']);
    const stock = new DefaultLexer({ ...Care, parser: { ...Care.parser, TokenBuilder: new DefaultTokenBuilder() } } as LangiumCoreServices);
    const soup = Array.from({ length: 200 }, (_, i) => CANONICAL.slice(i * 37 % 4000, i * 37 % 4000 + 300).split('').reverse().join(''));

    it('lexes every example, broken variant and keyword edge as Langium\'s lexer does with keywords as regular expressions', () => {
        const ours = Care.parser.Lexer;
        for (const text of [...corpus, ...soup, ...edges]) {
            expect(describeLexing(ours.tokenize(text))).toBe(describeLexing(stock.tokenize(text)));
        }
    });

    it('looks up the keywords spelt as identifiers, and the tables say which', () => {
        const lookedUp = (Care.parser.Lexer as CareLexer).lookedUpKeywords!;
        expect(lookedUp.length).toBe(tables.keywords.filter(([keyword]) => /^[A-Za-z_]\w*$/.test(keyword)).length);
        expect(tables.identifierKeywords).toEqual(lookedUp);
        const fromTables = new CareLexer(Care, tables.identifierKeywords);
        const stale = new CareLexer(Care, [...lookedUp, 'no_such_keyword']);
        expect(stale.lookedUpKeywords).toEqual(lookedUp);
        for (const text of [...examples, ...edges]) {
            expect(describeLexing(fromTables.tokenize(text))).toBe(describeLexing(Care.parser.Lexer.tokenize(text)));
        }
    });

    it('matches every keyword as a token of its own when a terminal tried before the identifier could take one', () => {
        const ID = { name: 'ID', PATTERN: /[A-Za-z_]\w*/ } as TokenType;
        const YEAR = { name: 'YEAR', PATTERN: /PY\d{4}/ } as TokenType;
        const STRING = { name: 'STRING', PATTERN: /"[^"]*"/ } as TokenType;
        const keyword = (name: string, alternatives: TokenType[]) => ({ name, PATTERN: name, LONGER_ALT: alternatives }) as TokenType;
        expect(identifierKeywords([keyword('PY', [YEAR, ID]), keyword('age', [ID]), YEAR, ID])?.keywords.size).toBe(2);
        // YEAR takes all of PY2026, where Chevrotain would take the keyword.
        expect(identifierKeywords([keyword('PY2026', [YEAR, ID]), keyword('age', [ID]), YEAR, ID])).toBeUndefined();
        // A longer alternative tried after the identifier, or no identifier at all.
        expect(identifierKeywords([keyword('age', [ID, STRING]), ID, STRING])).toBeUndefined();
        expect(identifierKeywords([keyword('age', []), ID])).toBeUndefined();
    });

    it('lexes before any parser exists, the looked-up keywords indexed as the parser will match them', () => {
        const { Care: fresh } = createCareCoreServices(EmptyFileSystem);
        const [contract] = fresh.parser.Lexer.tokenize('contract X "t" {}').tokens;
        expect(contract!.tokenType.name).toBe('contract');
        expect(contract!.tokenTypeIdx).toBe(fresh.parser.Lexer.definition['contract']!.tokenTypeIdx);
        expect(contract!.tokenTypeIdx).toBeGreaterThan(0);
        expect(fresh.parser.LangiumParser.parse('contract X "t" {}').parserErrors).toEqual([]);
    });
});
