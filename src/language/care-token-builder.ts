import type { AstNode, Grammar, Lexer, TokenBuilderOptions } from 'langium';
import { DefaultTokenBuilder, GrammarAST, isAstNode, RegExpUtils, stream } from 'langium';

type TokenType = Lexer['definition'][string];

/** Keyword tokens in the lexer's order: each keyword and the terminals that may match a longer text where it does. */
export type KeywordTable = [keyword: string, longerAlternatives: string[]][];

const reachable = new WeakMap<Grammar, Set<GrammarAST.AbstractRule>>();

/**
 * `GrammarUtils.getAllReachableRules(grammar, false)`, computed once per grammar for the lexer and the
 * parser: the rules the entry rule and the hidden terminals call, directly or not. Langium's walks each
 * rule with its generic AST streams, which took a tenth of a cold start; this walks the properties.
 */
export function reachableRules(grammar: Grammar, prebuilt?: readonly string[]): Set<GrammarAST.AbstractRule> {
    let rules = reachable.get(grammar);
    if (!rules) {
        const names = prebuilt && new Set(prebuilt);
        rules = names ? new Set(grammar.rules.filter(rule => names.has(rule.name))) : findReachableRules(grammar);
        reachable.set(grammar, rules);
    }
    return rules;
}

function findReachableRules(grammar: Grammar): Set<GrammarAST.AbstractRule> {
    const entry = grammar.rules.find(rule => GrammarAST.isParserRule(rule) && rule.entry);
    if (!entry) {
        return new Set(grammar.rules);
    }
    const hidden = grammar.rules.filter(rule => GrammarAST.isTerminalRule(rule) && rule.hidden);
    const names = new Set<string>();
    const visit = (rule: GrammarAST.AbstractRule): void => {
        names.add(rule.name);
        forEachContent(rule, node => {
            const called = GrammarAST.isRuleCall(node) ? node.rule.ref : undefined;
            if (called && !names.has(called.name)) {
                visit(called);
            }
        });
    };
    [entry, ...hidden].forEach(visit);
    return new Set(grammar.rules.filter(rule => names.has(rule.name) || (GrammarAST.isTerminalRule(rule) && rule.hidden)));
}

/** Every AST node inside `node` (as `AstUtils.streamAllContents`): the values of its properties not named `$…`. */
function forEachContent(node: object, action: (node: AstNode) => void): void {
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) {
            continue;
        }
        for (const item of Array.isArray(value) ? value as unknown[] : [value]) {
            if (isAstNode(item)) {
                action(item);
                forEachContent(item, action);
            }
        }
    }
}

/**
 * Langium's token builder, remembering the partial form of each terminal's pattern: Langium rebuilds it
 * for every keyword against every terminal (some 3,000 regular expressions for Care's 450 keywords),
 * which was a tenth of a cold start.
 */
export class CareTokenBuilder extends DefaultTokenBuilder {
    private readonly partials = new Map<string, RegExp>();
    /** The keyword tokens of the last build, in the lexer's order, with the names of their longer alternatives. */
    keywords: KeywordTable = [];

    /** @param prebuilt the keywords and reachable rules of a build of the same grammar (`care-parser-tables.ts`), if any */
    constructor(private readonly prebuilt?: { keywords: KeywordTable; reachable: readonly string[] }) {
        super();
    }

    /** As Langium's, with the reachable rules shared with the parser builder, and the keywords prebuilt if they are. */
    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenType[] {
        const rules = stream(reachableRules(grammar, this.prebuilt?.reachable));
        const terminalTokens = this.buildTerminalTokens(rules);
        const tokens = this.prebuilt && !options?.caseInsensitive
            ? this.prebuiltKeywordTokens(this.prebuilt.keywords, terminalTokens)
            : this.buildKeywordTokens(rules, terminalTokens, options);
        this.keywords = tokens.map(token => [token.name, (token.LONGER_ALT as TokenType[] | undefined ?? []).map(alt => alt.name)]);
        tokens.push(...terminalTokens);
        return tokens;
    }

    /** The keyword tokens from a table, which spares walking every rule and matching each keyword against each terminal. */
    private prebuiltKeywordTokens(table: KeywordTable, terminalTokens: TokenType[]): TokenType[] {
        const terminals = new Map(terminalTokens.map(token => [token.name, token]));
        return table.map(([value, longerAlt]) => this.withStringMatch({
            name: value,
            PATTERN: value,
            LONGER_ALT: longerAlt.map(name => terminals.get(name)!)
        }));
    }

    protected override buildKeywordToken(keyword: GrammarAST.Keyword, terminalTokens: TokenType[], caseInsensitive: boolean): TokenType {
        const token = super.buildKeywordToken(keyword, terminalTokens, caseInsensitive);
        return caseInsensitive ? token : this.withStringMatch(token);
    }

    /**
     * A keyword of several characters matches by comparing strings, where Chevrotain would make it a
     * regular expression: V8 compiles each expression the first time the lexer tries it, and the lexer
     * tries every keyword that starts with the character it is at — for Care's 450 keywords, half of a
     * cold `tokenize`. The match is the same: the keyword, exactly, at the offset.
     */
    private withStringMatch(token: TokenType): TokenType {
        const value = token.name;
        if (value.length > 1) {
            const match = Object.freeze([value]);
            token.PATTERN = { exec: (text: string, offset: number) => (text.startsWith(value, offset) ? match : null) } as unknown as TokenType['PATTERN'];
            token.START_CHARS_HINT = [value.charCodeAt(0)];
            token.LINE_BREAKS = /[\r\n]/.test(value);
        }
        return token;
    }

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => {
            const source = (token?.PATTERN as { source?: string } | undefined)?.source;
            return source ? this.partialMatches(`^${source}$`, keyword.value) : false;
        });
    }

    /** `RegExpUtils.partialMatches`, with the partial expression built once per pattern. */
    private partialMatches(pattern: string, input: string): boolean {
        let partial = this.partials.get(pattern);
        if (!partial) {
            partial = RegExpUtils.partialRegExp(pattern);
            this.partials.set(pattern, partial);
        }
        const match = input.match(partial);
        return !!match && match[0].length > 0;
    }
}
