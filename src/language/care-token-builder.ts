import type { Grammar, GrammarAST, Lexer, TokenBuilderOptions } from 'langium';
import { DefaultTokenBuilder, GrammarUtils, RegExpUtils, stream } from 'langium';

type TokenType = Lexer['definition'][string];

const reachable = new WeakMap<Grammar, Set<GrammarAST.AbstractRule>>();

/** `GrammarUtils.getAllReachableRules(grammar, false)`, computed once per grammar for the lexer and the parser. */
export function reachableRules(grammar: Grammar): Set<GrammarAST.AbstractRule> {
    let rules = reachable.get(grammar);
    if (!rules) {
        rules = GrammarUtils.getAllReachableRules(grammar, false);
        reachable.set(grammar, rules);
    }
    return rules;
}

/**
 * Langium's token builder, remembering the partial form of each terminal's pattern: Langium rebuilds it
 * for every keyword against every terminal (some 3,000 regular expressions for Care's 450 keywords),
 * which was a tenth of a cold start.
 */
export class CareTokenBuilder extends DefaultTokenBuilder {
    private readonly partials = new Map<string, RegExp>();

    /** As Langium's, with the reachable rules shared with the parser builder. */
    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenType[] {
        const rules = stream(reachableRules(grammar));
        const terminalTokens = this.buildTerminalTokens(rules);
        const tokens = this.buildKeywordTokens(rules, terminalTokens, options);
        tokens.push(...terminalTokens);
        return tokens;
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
