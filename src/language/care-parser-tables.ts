import type { IProduction, TokenType } from 'chevrotain';
import { Alternation, Alternative, NonTerminal, Option, Repetition, RepetitionMandatory, Rule, Terminal } from 'chevrotain';
import { tokenNamed, type CareLookaheadStrategy, type Decision, type DecisionKind } from './care-lookahead.js';
import type { KeywordTable } from './care-token-builder.js';
import type { DatatypeSymbol } from 'langium';

/**
 * What Chevrotain's self-analysis derives from the grammar, as data: the lookahead decisions, the
 * follow sets that error recovery resynchronises on, and the grammar model (GAST) that recovery walks.
 * `scripts/bundle-cli.mjs` computes them once from the built parser and puts them in the bundles, so
 * that a parser starts without recording its rules or analysing them (a third of a cold start).
 */
export interface ParserTables {
    /** The grammar model, one entry per rule in definition order. */
    rules: { name: string; definition: Production[] }[];
    decisions: Decision[];
    /** Chevrotain's resync follow sets, by its key, as token names. */
    follows: [key: string, tokens: string[]][];
    /**
     * What may follow each repetition (a token and its occurrence, or the end of the rule), which
     * Chevrotain works out by walking the rule's grammar model the first time a parse leaves the
     * repetition; as many as parsing the example contracts met when the tables were made.
     */
    afterRepetitions: [rule: string, key: number, token: string | null, occurrence: number | null, isEndOfRule: boolean | null][];
    /** The lexer's keyword tokens (`CareTokenBuilder`). */
    keywords: KeywordTable;
    /** The keywords the lexer may look up as the identifier it lexes, or null if it must match them all (`CareLexer`). */
    identifierKeywords: string[] | null;
    /** The names of the rules the entry rule reaches (`reachableRules`). */
    reachable: string[];
    /** What each parser rule builds: an AST type, a data type value (`$datatype`) or, for a fragment, nothing (`null`). */
    ruleTypes: [rule: string, type: string | null][];
}

/** What the tables hold of the grammar itself, rather than of the parser's analysis (`grammarTables`). */
export type GrammarTables = Pick<ParserTables, 'keywords' | 'identifierKeywords' | 'reachable' | 'ruleTypes'>;

/** The type of a rule's node as Langium's parser computes it (`computeRuleType`), from the tables. */
export type RuleType = string | typeof DatatypeSymbol | undefined;

/** A production of Chevrotain's grammar model, compactly. */
export type Production =
    | { terminal: string; idx: number }
    | { nonTerminal: string; idx: number }
    | { kind: 'Option' | 'Repetition' | 'RepetitionMandatory'; idx: number; definition: Production[] }
    | { kind: 'Alternation'; idx: number; alternatives: Production[][] };

/** The members of Chevrotain's parser (13.2) that self-analysis sets and that the tables replace. */
export interface ChevrotainInternals {
    definedRulesNames: string[];
    fullRuleNameToShort: Record<string, number>;
    gastProductionsCache: Record<string, Rule>;
    resyncFollows: Record<string, TokenType[]>;
    selfAnalysisDone: boolean;
    firstAfterRepMap: (AfterRepetition | undefined)[][];
    performSelfAnalysis(): void;
    getGAstProductions(): Record<string, Rule>;
    setLaFuncCache(ruleIdx: number, key: number, value: unknown): void;
}

/** Chevrotain's record of what follows a repetition (recoverable.js). */
interface AfterRepetition {
    token: TokenType | undefined;
    occurrence: number | undefined;
    isEndOfRule: boolean | undefined;
}

/** Chevrotain's lookahead cache keys: the kind of production in the bits above the occurrence (grammar/keys.js). */
const DECISION_KEYS: Record<DecisionKind, number> = {
    Alternation: 1 << 8,
    Option: 2 << 8,
    Repetition: 3 << 8,
    RepetitionMandatory: 4 << 8,
    RepetitionWithSeparator: 5 << 8,
    RepetitionMandatoryWithSeparator: 6 << 8
};

/**
 * The tables of a parser that has run Chevrotain's self-analysis with the Care lookahead strategy.
 * Throws when the grammar is not LL(1), for which one-token tables would choose wrongly.
 */
export function computeParserTables(parser: ChevrotainInternals, strategy: CareLookaheadStrategy, vocabulary: Record<string, TokenType>,
    grammar: GrammarTables): ParserTables {
    const gast = parser.getGAstProductions();
    const conflicts = strategy.validate({ rules: Object.values(gast), tokenTypes: Object.values(vocabulary), grammarName: 'Care' });
    if (conflicts.length > 0) {
        throw new Error(`the grammar is not LL(1):\n${conflicts.map(c => c.message).join('\n')}`);
    }
    return {
        rules: parser.definedRulesNames.map(name => ({ name, definition: gast[name]!.definition.map(toProduction) })),
        decisions: strategy.decisions.map(([rule, kind, occurrence, alternatives]) => [rule, kind, occurrence, alternatives.map(a => [...a])]),
        follows: Object.entries(parser.resyncFollows).map(([key, types]) => [key, types.map(type => type.name)]),
        afterRepetitions: parser.definedRulesNames.flatMap(rule => Object.entries(parser.firstAfterRepMap[parser.fullRuleNameToShort[rule]!] ?? {})
            .map(([key, after]): ParserTables['afterRepetitions'][number] => [rule, Number(key), after?.token?.name ?? null, after?.occurrence ?? null, after?.isEndOfRule ?? null])),
        ...grammar
    };
}

/**
 * Makes the parser's self-analysis install the tables instead: the lookahead functions at once, the
 * grammar model and follow sets when error recovery first asks for them. Tables that do not fit the
 * parser's rules or tokens (a stale build) are ignored, and the parser analyses itself as usual.
 */
export function useParserTables(parser: ChevrotainInternals, tables: ParserTables, strategy: CareLookaheadStrategy, vocabulary: Record<string, TokenType>): void {
    const analyse = parser.performSelfAnalysis;
    parser.performSelfAnalysis = function (this: ChevrotainInternals) {
        const functions = lookaheadFunctions(this, tables, strategy);
        if (!functions) {
            analyse.call(this);
            return;
        }
        this.selfAnalysisDone = true;
        for (const [rule, key, lookahead] of functions) {
            this.setLaFuncCache(rule, key, lookahead);
        }
        for (const [rule, key, token, occurrence, isEndOfRule] of tables.afterRepetitions) {
            (this.firstAfterRepMap[this.fullRuleNameToShort[rule]!] ??= [])[key] = {
                token: token === null ? undefined : tokenNamed(vocabulary, token),
                occurrence: occurrence ?? undefined,
                isEndOfRule: isEndOfRule ?? undefined
            };
        }
        let gast: Record<string, Rule> | undefined;
        this.getGAstProductions = () => gast ??= (this.gastProductionsCache = toGast(tables.rules, vocabulary));
        let follows: Record<string, TokenType[]> | undefined;
        Object.defineProperty(this, 'resyncFollows', {
            configurable: true,
            get: () => follows ??= Object.fromEntries(tables.follows.map(([key, names]) => [key, names.map(name => tokenNamed(vocabulary, name))]))
        });
        toFastProperties(this);
    };
}

function lookaheadFunctions(parser: ChevrotainInternals, tables: ParserTables, strategy: CareLookaheadStrategy): [number, number, unknown][] | undefined {
    if (parser.definedRulesNames.length !== tables.rules.length || parser.definedRulesNames.some((name, i) => tables.rules[i]!.name !== name)) {
        return undefined;
    }
    try {
        return tables.decisions.map(([rule, kind, occurrence, alternatives]) => [
            parser.fullRuleNameToShort[rule]!,
            DECISION_KEYS[kind] | occurrence,
            kind === 'Alternation' ? strategy.alternationFunction(alternatives) : strategy.optionalFunction(alternatives[0] ?? [])
        ]);
    } catch {
        return undefined;
    }
}

/**
 * What Chevrotain does at the end of its self-analysis: using the parser object as a prototype once
 * makes V8 give it fast properties, which its authors measured at three to four times the parsing speed.
 */
function toFastProperties(object: object): void {
    function Fake(): void { /* only its prototype matters */ }
    Fake.prototype = object;
    const instance = new (Fake as unknown as new () => { probe?: unknown })();
    const access = (): string => typeof instance.probe;
    access();
    access();
}

function toProduction(production: IProduction): Production {
    if (production instanceof Terminal) {
        return { terminal: production.terminalType.name, idx: production.idx };
    }
    if (production instanceof NonTerminal) {
        return { nonTerminal: production.nonTerminalName, idx: production.idx };
    }
    if (production instanceof Alternation) {
        return { kind: 'Alternation', idx: production.idx, alternatives: production.definition.map(alternative => (alternative as Alternative).definition.map(toProduction)) };
    }
    const kind = production instanceof Option ? 'Option' : production instanceof RepetitionMandatory ? 'RepetitionMandatory'
        : production instanceof Repetition ? 'Repetition' : undefined;
    if (!kind) {
        throw new Error(`the parser tables do not support ${production.constructor.name} productions`);
    }
    const { idx, definition } = production as Option;
    return { kind, idx, definition: definition.map(toProduction) };
}

function toGast(rules: ParserTables['rules'], vocabulary: Record<string, TokenType>): Record<string, Rule> {
    const byName = new Map(rules.map(rule => [rule.name, new Rule({ name: rule.name, definition: [] })]));
    const build = (production: Production): IProduction => {
        if ('terminal' in production) {
            return new Terminal({ terminalType: tokenNamed(vocabulary, production.terminal), idx: production.idx });
        }
        if ('nonTerminal' in production) {
            return new NonTerminal({ nonTerminalName: production.nonTerminal, referencedRule: byName.get(production.nonTerminal)!, idx: production.idx });
        }
        if (production.kind === 'Alternation') {
            return new Alternation({ idx: production.idx, definition: production.alternatives.map(a => new Alternative({ definition: a.map(build) })) });
        }
        const Kind = production.kind === 'Option' ? Option : production.kind === 'Repetition' ? Repetition : RepetitionMandatory;
        return new Kind({ idx: production.idx, definition: production.definition.map(build) });
    };
    for (const { name, definition } of rules) {
        // Each rule's productions are built when first read: on valid input Chevrotain reads only the rules
        // whose repetitions the parse leaves (to know what may follow them), a fraction of the grammar.
        const rule = byName.get(name)!;
        Object.defineProperty(rule, 'definition', {
            configurable: true,
            enumerable: true,
            get: () => {
                const built = definition.map(build);
                Object.defineProperty(rule, 'definition', { configurable: true, enumerable: true, writable: true, value: built });
                return built;
            },
            set: (value: IProduction[]) => Object.defineProperty(rule, 'definition', { configurable: true, enumerable: true, writable: true, value })
        });
    }
    return Object.fromEntries(byName);
}
