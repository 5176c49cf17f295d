import type { ILookaheadStrategy, ILookaheadValidationError, IToken, OptionalProductionType, Rule, TokenType } from 'chevrotain';
import { EOF, getLookaheadPaths, LLkLookaheadStrategy } from 'chevrotain';

/** Where a decision is: the rule (Chevrotain's name for it), the kind of production and its occurrence index. */
export type DecisionKind = 'Alternation' | OptionalProductionType;
export type Decision = [rule: string, kind: DecisionKind, occurrence: number, alternatives: string[][]];

/** The token names that choose each alternative of a decision; `''` stands for an empty path, which always matches. */
type Alternatives = readonly (readonly string[])[];

/** What the parser reads of its input: the next token. */
interface TokenSource {
    LA(howMuch: number): IToken;
}

export type AlternationFunction = (this: TokenSource) => number | undefined;
export type OptionalFunction = (this: TokenSource) => boolean;

/**
 * One-token lookahead for Care's grammar, which is LL(1): Chevrotain's LL(k) validation finds no
 * ambiguity at k = 1 (a test keeps it so). Each decision is a table from the next token to the
 * alternative it starts, where Langium's default, ALL(*), builds an ATN of the whole grammar and
 * grows a DFA per decision while parsing — about a third of a cold start, for the same choices.
 *
 * The strategy records every decision it builds, so that the tables can be computed once at build time
 * (`care-parser-tables.ts`) and rebuilt from their token names when a parser starts.
 */
export class CareLookaheadStrategy implements ILookaheadStrategy {
    /** Every decision built so far, in the order Chevrotain asked for them. */
    readonly decisions: Decision[] = [];
    /** @param vocabulary the lexer's token types by name (Langium's `Lexer.definition`) */
    constructor(private readonly vocabulary: Record<string, TokenType>) {}

    validate(options: { rules: Rule[]; tokenTypes: TokenType[]; grammarName: string }): ILookaheadValidationError[] {
        return new LLkLookaheadStrategy({ maxLookahead: 1 }).validate(options);
    }

    buildLookaheadForAlternation(options: { prodOccurrence: number; rule: Rule }): AlternationFunction {
        const alternatives = firstTokens(getLookaheadPaths({ occurrence: options.prodOccurrence, rule: options.rule, prodType: 'Alternation', maxLookahead: 1 }));
        this.decisions.push([options.rule.name, 'Alternation', options.prodOccurrence, alternatives]);
        return this.alternationFunction(alternatives);
    }

    buildLookaheadForOptional(options: { prodOccurrence: number; prodType: OptionalProductionType; rule: Rule }): OptionalFunction {
        // The first sequence is what enters the production, the second what follows it; LL(1) enters on the first.
        const [inside] = firstTokens(getLookaheadPaths({ occurrence: options.prodOccurrence, rule: options.rule, prodType: options.prodType, maxLookahead: 1 }));
        this.decisions.push([options.rule.name, options.prodType, options.prodOccurrence, [inside ?? []]]);
        return this.optionalFunction(inside ?? []);
    }

    /** Chooses the first alternative one of whose paths the next token starts, as Chevrotain's LL(k) does. */
    alternationFunction(alternatives: Alternatives): AlternationFunction {
        const choice = new Map<number, number>();
        let fallback: number | undefined;
        alternatives.forEach((names, alternative) => {
            for (const name of names) {
                if (name === '') {
                    fallback ??= alternative;
                } else if (fallback === undefined) {
                    this.forEachMatch(name, idx => choice.has(idx) || choice.set(idx, alternative));
                }
            }
        });
        const table = TokenTable.of(choice);
        return function (this: TokenSource) {
            const alternative = table.get(this.LA(1).tokenTypeIdx!);
            return alternative < 0 ? fallback : alternative;
        };
    }

    /** Enters the production when the next token starts one of its paths (always, if a path is empty). */
    optionalFunction(names: readonly string[]): OptionalFunction {
        if (names.includes('')) {
            return () => true;
        }
        const enters = new Map<number, number>();
        for (const name of names) {
            this.forEachMatch(name, idx => enters.set(idx, 1));
        }
        const table = TokenTable.of(enters);
        return function (this: TokenSource) {
            return table.get(this.LA(1).tokenTypeIdx!) > 0;
        };
    }

    /** The token type of this name and, when it is a category, every type in it. */
    private forEachMatch(name: string, action: (tokenTypeIdx: number) => void): void {
        const type = tokenNamed(this.vocabulary, name);
        action(type.tokenTypeIdx!);
        type.categoryMatches?.forEach(action);
    }
}

/**
 * A small number (an alternative, or 1 to enter) per token type, over the range of token indices the
 * decision names: a few bytes per decision, where an array indexed by token would have hundreds of holes.
 */
class TokenTable {
    private constructor(private readonly first: number, private readonly values: Int16Array) {}

    static of(entries: ReadonlyMap<number, number>): TokenTable {
        const indices = [...entries.keys()];
        const first = indices.length > 0 ? Math.min(...indices) : 0;
        const values = new Int16Array(indices.length > 0 ? Math.max(...indices) - first + 1 : 0).fill(-1);
        entries.forEach((value, idx) => values[idx - first] = value);
        return new TokenTable(first, values);
    }

    /** The value for this token type, or -1. */
    get(tokenTypeIdx: number): number {
        const offset = tokenTypeIdx - this.first;
        return offset >= 0 && offset < this.values.length ? this.values[offset]! : -1;
    }
}

/** The lexer's token type of this name, or Chevrotain's end of file; throws for a name the lexer does not define. */
export function tokenNamed(vocabulary: Record<string, TokenType>, name: string): TokenType {
    const type = name === EOF.name ? EOF : vocabulary[name];
    if (!type) {
        throw new Error(`the parser tables name a token the lexer does not define: ${name}`);
    }
    return type;
}

/** The first token of every path, per alternative; a path of no tokens becomes `''`. */
function firstTokens(sequences: TokenType[][][]): string[][] {
    return sequences.map(paths => [...new Set(paths.map(path => path[0]?.name ?? ''))]);
}
