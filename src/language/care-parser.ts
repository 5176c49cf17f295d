import type { AstNode, Grammar, LangiumCoreServices, LeafCstNode, Lexer, ParseResult, ParserOptions } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { AbstractCstNode, createParser, CstNodeBuilder, DatatypeSymbol, GrammarAST, GrammarUtils, LangiumParser, LeafCstNodeImpl } from 'langium';
import { adoptLiteralTokens, adoptNodeIndex, LITERAL_TERMINALS, linkAndIndex } from './care-node-index.js';
import { reachableRules, type CareTokenBuilder } from './care-token-builder.js';
import { CareLookaheadStrategy } from './care-lookahead.js';
import { useParserTables, type ChevrotainInternals, type GrammarTables, type ParserTables, type RuleType } from './care-parser-tables.js';
import type { CareLexer } from './care-lexer.js';
import { PREBUILT_PARSER_TABLES } from './care-prebuilt-tables.js';

/**
 * Langium's parser with changes that leave its result unchanged but allocate far less, which on a large
 * contract was a third of the time (most of it garbage collection) and much of the memory:
 * - the grammar's rules are built by `buildRules` below, which creates each rule's alternatives and
 *   repetition callbacks once instead of on every call (Langium's builder makes a fresh array of closures
 *   each time an alternative is chosen);
 * - the pass that links each AST node to its container also records the node index (`care-node-index.ts`),
 *   and the CST builder lists the literal tokens, so that scoping, linking and validation need not walk
 *   the trees again;
 * - Chevrotain's copy of the input tokens (about 100 bytes each) is released once the tree is built;
 * - a visible token on one line is stored without its end, which is its start plus its length.
 */
export class CareParser extends LangiumParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        (this as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new CareCstNodeBuilder();
    }

    override parse<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        const self = this as unknown as ParserInternals;
        try {
            self.nodeBuilder.buildRootNode(input);
            const lexerResult = self.lexerResult = this.lexer.tokenize(input);
            this.wrapper.input = lexerResult.tokens;
            const ruleMethod = options.rule ? this.allRules.get(options.rule) : this.mainRule;
            if (!ruleMethod) {
                throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
            }
            const result = self.doParse(ruleMethod) as T;
            self.nodeBuilder.addHiddenNodes(lexerResult.hidden);
            this.unorderedGroups.clear();
            self.lexerResult = undefined;
            adoptNodeIndex(result, linkAndIndex(result));
            if (result.$cstNode) {
                adoptLiteralTokens(result.$cstNode.root, self.nodeBuilder.literals);
            }
            return {
                value: result,
                lexerErrors: lexerResult.errors,
                lexerReport: lexerResult.report,
                parserErrors: this.wrapper.errors
            };
        } finally {
            this.wrapper.input = [];
        }
    }
}

/** The token fields Chevrotain provides and the CST node builder reads. */
interface Token {
    startOffset: number;
    image: string;
    startLine?: number;
    startColumn?: number;
    endLine?: number;
    endColumn?: number;
    tokenType: TokenType;
}

/**
 * Langium's CST builder, making the compact leaf below for every visible one-line token, and listing the
 * literal tokens (numbers, money, dates…) for the token-level rules as it goes, in document order.
 */
class CareCstNodeBuilder extends CstNodeBuilder {
    literals = new Map<string, LeafCstNode[]>();

    override buildRootNode(input: string): ReturnType<CstNodeBuilder['buildRootNode']> {
        this.literals = new Map();
        return super.buildRootNode(input);
    }

    protected override createLeafNode(token: Token, hidden: boolean): LeafCstNodeImpl {
        const { startLine, startColumn } = token;
        let leaf: LeafCstNode;
        if (!hidden && startLine !== undefined && startColumn !== undefined && token.endLine === startLine
            && token.endColumn === startColumn + token.image.length - 1) {
            leaf = new LineLeafCstNode(token.startOffset, token.image.length, startLine - 1, startColumn - 1, token.tokenType);
        } else {
            leaf = super.createLeafNode(token as Parameters<CstNodeBuilder['buildLeafNode']>[0], hidden);
        }
        const name = token.tokenType.name;
        if (!hidden && LITERAL_TERMINALS.has(name)) {
            const group = this.literals.get(name);
            if (group) {
                group.push(leaf);
            } else {
                this.literals.set(name, [leaf]);
            }
        }
        return leaf as LeafCstNodeImpl;
    }
}

/**
 * A visible token on one line, as LeafCstNodeImpl with positions 0-based and the end exclusive (the
 * LSP's conventions): its end line is its start line and its end column its start column plus its
 * length, so neither is stored — three fewer fields on the most numerous object of a parsed file.
 */
export class LineLeafCstNode extends AbstractCstNode implements LeafCstNode {
    _offset: number;
    _length: number;
    _startLine: number;
    _startColumn: number;
    readonly _tokenType: TokenType;

    constructor(offset: number, length: number, line: number, column: number, tokenType: TokenType) {
        super();
        // Small integers, so that V8 stores them in the object rather than as boxed numbers.
        this._offset = offset | 0;
        this._length = length | 0;
        this._startLine = line | 0;
        this._startColumn = column | 0;
        this._tokenType = tokenType;
    }

    get offset(): number {
        return this._offset;
    }

    get length(): number {
        return this._length;
    }

    get end(): number {
        return this._offset + this._length;
    }

    get hidden(): boolean {
        return false;
    }

    get tokenType(): TokenType {
        return this._tokenType;
    }

    get astNode(): AstNode {
        const container = this.container;
        if (!container) {
            throw new Error('This node has no associated AST element');
        }
        return container.astNode;
    }

    get range(): Range {
        return {
            start: { line: this._startLine, character: this._startColumn },
            end: { line: this._startLine, character: this._startColumn + this._length }
        };
    }
}

/** The members of Langium's parser that `parse` above uses, as LangiumParser 4.4 declares them privately. */
interface ParserInternals {
    nodeBuilder: CareCstNodeBuilder;
    lexerResult: unknown;
    doParse(rule: unknown): AstNode;
}

/**
 * Builds and finalises the parser as Langium's `createLangiumParser` does, with the class and builder
 * above and, when the lookahead is Care's (see `CareModule`), from prebuilt tables if there are some.
 */
export function createCareParser(services: LangiumCoreServices, tables: ParserTables | undefined = PREBUILT_PARSER_TABLES): LangiumParser {
    const parser = new CareParser(services);
    const tokens = services.parser.Lexer.definition;
    const strategy = services.parser.ParserConfig?.lookaheadStrategy;
    if (tables && strategy instanceof CareLookaheadStrategy) {
        useParserTables(chevrotainOf(parser), tables, strategy, tokens);
        useRuleTypes(parser, tables.ruleTypes);
    }
    // Tables are only computed for a grammar `buildRules` builds (`grammarTables`).
    if (tables || isSimpleGrammar(services.Grammar)) {
        buildRules(services.Grammar, parser, tokens);
    } else {
        createParser(services.Grammar, parser, tokens);
    }
    parser.finalize();
    return parser;
}

/**
 * What the tables hold of the grammar itself: the lexer's keywords and those it looks up, the reachable
 * rules and each rule's node type. Throws for a grammar `buildRules` cannot build, which the tables would
 * then misdescribe.
 */
export function grammarTables(services: LangiumCoreServices): GrammarTables {
    const grammar = services.Grammar;
    if (!isSimpleGrammar(grammar)) {
        throw new Error('parser tables need a grammar without parameters, guards, unordered groups or infix rules');
    }
    const keywords = (services.parser.TokenBuilder as CareTokenBuilder).keywords;
    const reachable = [...reachableRules(grammar)];
    const ruleTypes = reachable.filter(GrammarAST.isParserRule).map((rule): [string, string | null] => {
        const type = rule.fragment ? undefined : GrammarUtils.isDataTypeRule(rule) ? DatatypeSymbol : GrammarUtils.getTypeName(rule);
        return [rule.name, type === DatatypeSymbol ? DATATYPE : type ?? null];
    });
    const identifierKeywords = (services.parser.Lexer as CareLexer).lookedUpKeywords ?? null;
    return { keywords, identifierKeywords, reachable: reachable.map(rule => rule.name), ruleTypes };
}

const DATATYPE = '$datatype';

/**
 * Gives the parser each rule's type from the tables, where Langium's `computeRuleType` (private in
 * LangiumParser 4.4) walks the grammar to find whether a rule is a data type rule.
 */
function useRuleTypes(parser: LangiumParser, ruleTypes: ParserTables['ruleTypes']): void {
    const types = new Map<string, RuleType>(ruleTypes.map(([rule, type]) => [rule, type === DATATYPE ? DatatypeSymbol : type ?? undefined]));
    const computed = (parser as unknown as { computeRuleType(rule: GrammarAST.ParserRule): RuleType }).computeRuleType.bind(parser);
    Object.assign(parser, {
        computeRuleType: (rule: GrammarAST.ParserRule): RuleType => types.has(rule.name) ? types.get(rule.name) : computed(rule)
    });
}

/** The Chevrotain parser inside Langium's, which Langium 4.4 keeps in a protected field. */
export function chevrotainOf(parser: LangiumParser): ChevrotainInternals {
    return (parser as unknown as { wrapper: ChevrotainInternals }).wrapper;
}

/**
 * Whether the grammar uses only what `buildRules` builds: no rule parameters or guards (so every rule
 * call's arguments are empty), no unordered groups, infix rules or explicit end of file. Care's grammar
 * is; any other falls back to Langium's builder.
 */
function isSimpleGrammar(grammar: Grammar): boolean {
    return grammar.rules.every(rule => !GrammarAST.isInfixRule(rule)
        && !(GrammarAST.isParserRule(rule) && (rule.parameters.length > 0 || !isSimpleElement(rule.definition))));
}

function isSimpleElement(element: GrammarAST.AbstractElement): boolean {
    if (GrammarAST.isUnorderedGroup(element) || GrammarAST.isEndOfFile(element)) {
        return false;
    }
    if (GrammarAST.isGroup(element)) {
        return element.guardCondition === undefined && element.elements.every(isSimpleElement);
    }
    if (GrammarAST.isAlternatives(element)) {
        return element.elements.every(isSimpleElement);
    }
    if (GrammarAST.isAssignment(element)) {
        return isSimpleElement(element.terminal);
    }
    if (GrammarAST.isCrossReference(element)) {
        return !element.terminal || isSimpleElement(element.terminal);
    }
    return !GrammarAST.isRuleCall(element) || element.arguments.length === 0;
}

type Method = () => void;
/** Chevrotain's token types, as Langium's lexer defines them (chevrotain is not a direct dependency). */
type TokenTypeDictionary = Lexer['definition'];
type TokenType = TokenTypeDictionary[string];

interface BuildContext {
    parser: LangiumParser;
    tokens: TokenTypeDictionary;
    /** The assignment the element being built is part of, if any. */
    assignment: GrammarAST.Assignment | undefined;
    /** LangiumParser's (4.4, private) cache of each consumed element's assignment, which `buildRules` fills. */
    assignments: Map<GrammarAST.AbstractElement, ElementAssignment>;
    consume: number;
    optional: number;
    subrule: number;
    many: number;
    or: number;
}

/** The arguments of every rule call: the grammar has no parameters, so they are always empty. */
const NO_ARGUMENTS = Object.freeze({});

/**
 * Langium's `createParser` (parser-builder-base.ts) for simple grammars: the same rules, with the same
 * occurrence indices in the same order, so Chevrotain records the same grammar and parses the same way.
 */
function buildRules(grammar: Grammar, parser: LangiumParser, tokens: TokenTypeDictionary): void {
    const reachable = reachableRules(grammar);
    const assignments = (parser as unknown as { assignmentMap: Map<GrammarAST.AbstractElement, ElementAssignment> }).assignmentMap;
    for (const rule of grammar.rules) {
        if (GrammarAST.isParserRule(rule) && reachable.has(rule)) {
            const ctx: BuildContext = { parser, tokens, assignment: undefined, assignments, consume: 1, optional: 1, subrule: 1, many: 1, or: 1 };
            parser.rule(rule, buildElement(ctx, rule.definition));
        }
    }
}

function buildElement(ctx: BuildContext, element: GrammarAST.AbstractElement): Method {
    // Dispatched on the exact type: the grammar's elements are never subtypes of one another, and the
    // chain of `isX` reflection calls was most of building the parser in a cold start.
    let method: Method;
    switch (element.$type) {
        case GrammarAST.Keyword.$type:
            method = buildKeyword(ctx, element as GrammarAST.Keyword);
            break;
        case GrammarAST.Action.$type: {
            const type = GrammarUtils.getTypeName(element as GrammarAST.Action);
            method = () => ctx.parser.action(type, element as GrammarAST.Action);
            break;
        }
        case GrammarAST.Assignment.$type: {
            const outer = ctx.assignment;
            ctx.assignment = element as GrammarAST.Assignment;
            method = buildElement(ctx, ctx.assignment.terminal);
            ctx.assignment = outer;
            break;
        }
        case GrammarAST.CrossReference.$type:
            method = buildCrossReference(ctx, element as GrammarAST.CrossReference, (element as GrammarAST.CrossReference).terminal);
            break;
        case GrammarAST.RuleCall.$type:
            method = buildRuleCall(ctx, element as GrammarAST.RuleCall);
            break;
        case GrammarAST.Alternatives.$type:
            method = buildAlternatives(ctx, element as GrammarAST.Alternatives);
            break;
        case GrammarAST.Group.$type: {
            const methods = (element as GrammarAST.Group).elements.map(e => buildElement(ctx, e));
            method = () => {
                for (const m of methods) {
                    m();
                }
            };
            break;
        }
        default:
            throw new Error(`Unexpected element type: ${element.$type}`);
    }
    return wrap(ctx, method, element.cardinality);
}

function buildRuleCall(ctx: BuildContext, ruleCall: GrammarAST.RuleCall): Method {
    const rule = ruleCall.rule.ref;
    if (GrammarAST.isAbstractParserRule(rule)) {
        recordAssignment(ctx, ruleCall);
        const idx = ctx.subrule++;
        const fragment = GrammarAST.isParserRule(rule) && rule.fragment;
        let subrule: ReturnType<LangiumParser['getRule']>;
        return () => {
            subrule ??= ruleOf(ctx, rule.name);
            ctx.parser.subrule(idx, subrule!, fragment, ruleCall, NO_ARGUMENTS);
        };
    }
    if (GrammarAST.isTerminalRule(rule)) {
        recordAssignment(ctx, ruleCall);
        const idx = ctx.consume++;
        const token = tokenOf(ctx, rule.name);
        return () => ctx.parser.consume(idx, token, ruleCall);
    }
    throw new Error(`Undefined rule: ${ruleCall.rule.$refText}`);
}

function buildCrossReference(ctx: BuildContext, crossRef: GrammarAST.CrossReference, terminal: GrammarAST.AbstractElement | undefined): Method {
    if (!terminal) {
        const type = crossRef.type.ref;
        if (!type) {
            throw new Error('Could not resolve reference to type: ' + crossRef.type.$refText);
        }
        const nameTerminal = GrammarUtils.findNameAssignment(type)?.terminal;
        if (!nameTerminal) {
            throw new Error('Could not find name assignment for type: ' + GrammarUtils.getTypeName(type));
        }
        return buildCrossReference(ctx, crossRef, nameTerminal);
    }
    recordAssignment(ctx, crossRef);
    if (GrammarAST.isRuleCall(terminal) && GrammarAST.isParserRule(terminal.rule.ref)) {
        // A data type rule (`QualifiedName`).
        const rule = terminal.rule.ref;
        const idx = ctx.subrule++;
        let subrule: ReturnType<LangiumParser['getRule']>;
        return () => {
            subrule ??= ruleOf(ctx, rule.name);
            ctx.parser.subrule(idx, subrule!, false, crossRef, NO_ARGUMENTS);
        };
    }
    if (GrammarAST.isRuleCall(terminal) && GrammarAST.isTerminalRule(terminal.rule.ref)) {
        const idx = ctx.consume++;
        const token = tokenOf(ctx, terminal.rule.ref.name);
        return () => ctx.parser.consume(idx, token, crossRef);
    }
    if (GrammarAST.isKeyword(terminal)) {
        const idx = ctx.consume++;
        const token = tokenOf(ctx, terminal.value);
        return () => ctx.parser.consume(idx, token, crossRef);
    }
    throw new Error('Could not build cross reference parser');
}

function buildKeyword(ctx: BuildContext, keyword: GrammarAST.Keyword): Method {
    recordAssignment(ctx, keyword);
    const idx = ctx.consume++;
    const token = ctx.tokens[keyword.value];
    if (!token) {
        throw new Error('Could not find token for keyword: ' + keyword.value);
    }
    return () => ctx.parser.consume(idx, token, keyword);
}

/** What LangiumParser's `getAssignment` works out for a consumed element the first time the parse meets it. */
interface ElementAssignment {
    assignment: GrammarAST.Assignment | undefined;
    crossRef: 'single' | 'multi' | undefined;
}

/**
 * Records the assignment an element consumed by `consume` or `subrule` is part of, as LangiumParser's
 * `getAssignment` would find it (the nearest assignment around it) and cache it: it searched with the
 * grammar's reflection, one element at a time as a cold parse first met them.
 */
function recordAssignment(ctx: BuildContext, feature: GrammarAST.AbstractElement): void {
    const { assignment } = ctx;
    const crossRef = assignment && GrammarAST.isCrossReference(assignment.terminal) ? (assignment.terminal.isMulti ? 'multi' : 'single') : undefined;
    ctx.assignments.set(feature, { assignment, crossRef });
}

function buildAlternatives(ctx: BuildContext, alternatives: GrammarAST.Alternatives): Method {
    if (alternatives.elements.length === 1) {
        return buildElement(ctx, alternatives.elements[0]!);
    }
    // The alternatives are built before the index is taken, as Langium's builder does.
    const alts = alternatives.elements.map(element => ({ ALT: buildElement(ctx, element) }));
    const idx = ctx.or++;
    return () => ctx.parser.alternatives(idx, alts);
}

function wrap(ctx: BuildContext, method: Method, cardinality: '*' | '+' | '?' | undefined): Method {
    switch (cardinality) {
        case undefined:
            return method;
        case '*': {
            const idx = ctx.many++;
            const def = { DEF: method, GATE: undefined };
            return () => ctx.parser.many(idx, def);
        }
        case '+': {
            const idx = ctx.many++;
            const def = { DEF: method };
            return () => ctx.parser.atLeastOne(idx, def);
        }
        case '?': {
            const idx = ctx.optional++;
            const def = { DEF: method, GATE: undefined };
            return () => ctx.parser.optional(idx, def);
        }
    }
}

function ruleOf(ctx: BuildContext, name: string): ReturnType<LangiumParser['getRule']> {
    const rule = ctx.parser.getRule(name);
    if (!rule) {
        throw new Error(`Rule "${name}" not found."`);
    }
    return rule;
}

function tokenOf(ctx: BuildContext, name: string): TokenType {
    const token = ctx.tokens[name];
    if (!token) {
        throw new Error(`Token "${name}" not found."`);
    }
    return token;
}
