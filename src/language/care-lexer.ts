import type { IToken, TokenType } from 'chevrotain';
import { Lexer as ChevrotainLexer } from 'chevrotain';
import type { LangiumCoreServices, Lexer, LexerResult, TokenBuilder } from 'langium';

type TokenTypeDictionary = Lexer['definition'];

/**
 * Langium's lexer, with the keywords that are spelt like identifiers looked up rather than matched.
 * Care has some 440 of them (`capitation`, `withhold`…). Chevrotain matched each as a token of its own,
 * trying at every word the keywords that start with its first letter, and analysed every one of them
 * when the lexer was built. Here Chevrotain's lexer has only the terminals and the other keywords (`{`,
 * `<=`…), and a word it lexes as an identifier becomes the keyword it spells, if any.
 *
 * The tokens are the same. Chevrotain takes a keyword unless one of its longer alternatives (the
 * terminals that can match a longer text starting with it) matches more; so a word is a keyword exactly
 * when the identifier it starts is that keyword, provided no terminal tried before the identifier matches
 * where the keyword does. `identifierKeywords` checks that; if any keyword fails, all of them stay in
 * Chevrotain's lexer, as in Langium's.
 */
export class CareLexer implements Lexer {
    private readonly tokenBuilder: TokenBuilder;
    private readonly tokenTypes: TokenTypeDictionary;
    private readonly chevrotainLexer: ChevrotainLexer;
    /** The identifier terminal and the keywords it may spell, when they are looked up. */
    private readonly lookup?: KeywordLookup;

    /** @param prebuilt the keywords a build of the same grammar found may be looked up (`care-parser-tables.ts`), if any */
    constructor(services: LangiumCoreServices, prebuilt?: readonly string[] | null) {
        this.tokenBuilder = services.parser.TokenBuilder;
        const tokens = this.tokenBuilder.buildTokens(services.Grammar, { caseInsensitive: services.LanguageMetaData.caseInsensitive }) as TokenType[];
        this.tokenTypes = byName(tokens);
        if (!services.LanguageMetaData.caseInsensitive) {
            this.lookup = (prebuilt && prebuiltLookup(this.tokenTypes, prebuilt)) ?? identifierKeywords(tokens);
        }
        const keywords = this.lookup?.keywords;
        this.chevrotainLexer = new ChevrotainLexer(keywords ? tokens.filter(token => !keywords.has(token.name)) : tokens, {
            positionTracking: 'full',
            skipValidations: services.LanguageMetaData.mode === 'production',
            errorMessageProvider: services.parser.LexerErrorMessageProvider
        });
    }

    get definition(): TokenTypeDictionary {
        return this.tokenTypes;
    }

    /** The keywords this lexer looks up, by name, for the parser tables; undefined when it matches them all. */
    get lookedUpKeywords(): string[] | undefined {
        return this.lookup && [...this.lookup.keywords.keys()];
    }

    tokenize(text: string): LexerResult {
        const result = this.chevrotainLexer.tokenize(text);
        if (this.lookup) {
            indexTokenTypes(this.lookup);
            spellKeywords(result.tokens, this.lookup);
        }
        return {
            tokens: result.tokens,
            errors: result.errors,
            hidden: result.groups['hidden'] ?? [],
            report: this.tokenBuilder.flushLexingReport?.(text)
        };
    }
}

export interface KeywordLookup {
    identifier: TokenType;
    keywords: Map<string, TokenType>;
}

/**
 * The tokens by name, in an object that is a dictionary from the start: added one by one to an ordinary
 * object, Care's 460 tokens made V8 build a hidden class for each (with Object.fromEntries, 2 ms of a
 * cold start).
 */
function byName(tokens: readonly TokenType[]): TokenTypeDictionary {
    const dictionary = Object.create(null) as TokenTypeDictionary;
    for (const token of tokens) {
        dictionary[token.name] = token;
    }
    return dictionary;
}

/**
 * Chevrotain gives a token type its index (`tokenTypeIdx`, by which the parser matches tokens) when a
 * lexer or a parser is built with it. The parser's vocabulary has the looked-up keywords, Chevrotain's
 * lexer does not: a lexing before any parser exists (which Langium does not do) indexes them here.
 */
function indexTokenTypes({ keywords }: KeywordLookup): void {
    const [first] = keywords.values();
    if (first && first.tokenTypeIdx === undefined) {
        new ChevrotainLexer([...keywords.values()], { skipValidations: true, positionTracking: 'onlyOffset' });
    }
}

/** Gives each identifier token that spells a keyword the keyword's type. */
function spellKeywords(tokens: IToken[], { identifier, keywords }: KeywordLookup): void {
    for (const token of tokens) {
        if (token.tokenType === identifier) {
            const keyword = keywords.get(token.image);
            if (keyword) {
                token.tokenType = keyword;
                token.tokenTypeIdx = keyword.tokenTypeIdx!;
            }
        }
    }
}

const IDENTIFIER_LIKE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Texts after a keyword on which the terminals before the identifier are tried (see `identifierKeywords`). */
const FOLLOWERS = ['', ' ', 'a', '_', '0'];

/**
 * The identifier terminal and the keywords that may be looked up once it has matched, or undefined when
 * some keyword must be matched as a token of its own. Each keyword spelt as an identifier must list the
 * identifier last among its longer alternatives and, before it, only terminals the lexer tries before
 * the identifier. And each terminal tried before the identifier, on the keyword followed by the end of
 * the text, a space, a letter, an underscore or a digit, must match nothing, or more than the keyword
 * and be one of its longer alternatives: then Chevrotain and the lookup choose the same token.
 */
export function identifierKeywords(tokens: readonly TokenType[]): KeywordLookup | undefined {
    const lookup = lookupOf(tokens.filter(token => !(token.PATTERN instanceof RegExp) && IDENTIFIER_LIKE.test(token.name)));
    if (!lookup) {
        return undefined;
    }
    const { identifier, keywords } = lookup;
    const terminals = tokens.filter(token => token.PATTERN instanceof RegExp);
    const before = terminals.slice(0, terminals.indexOf(identifier)).map(token => ({ token, sticky: new RegExp((token.PATTERN as RegExp).source, 'y') }));
    for (const [name, keyword] of keywords) {
        const alternatives = keyword.LONGER_ALT as TokenType[];
        if (alternatives.some(alternative => alternative !== identifier && !before.some(terminal => terminal.token === alternative))) {
            return undefined;
        }
        for (const { token, sticky } of before) {
            for (const follower of FOLLOWERS) {
                sticky.lastIndex = 0;
                const match = sticky.exec(name + follower);
                if (match && (match[0].length <= name.length || !alternatives.includes(token))) {
                    return undefined;
                }
            }
        }
    }
    return { identifier, keywords };
}

/** The lookup from the names a build of the same grammar found, if they still describe the tokens. */
function prebuiltLookup(tokens: TokenTypeDictionary, names: readonly string[]): KeywordLookup | undefined {
    const keywords = names.map(name => tokens[name]);
    return keywords.every((keyword): keyword is TokenType => keyword !== undefined) ? lookupOf(keywords) : undefined;
}

/** The keywords by name, with the identifier terminal they all list last among their longer alternatives; undefined if there is none. */
function lookupOf(keywords: readonly TokenType[]): KeywordLookup | undefined {
    const named = new Map<string, TokenType>();
    let identifier: TokenType | undefined;
    for (const keyword of keywords) {
        const alternatives = (keyword.LONGER_ALT ?? []) as TokenType[];
        const last = alternatives[alternatives.length - 1];
        if (!last || (identifier && last !== identifier)) {
            return undefined;
        }
        identifier = last;
        named.set(keyword.name, keyword);
    }
    return identifier && { identifier, keywords: named };
}
