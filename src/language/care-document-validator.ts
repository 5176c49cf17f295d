import type { AstNode, LangiumDocument, ParseResult, ValidationAcceptor, ValidationCheck, ValidationOptions, ReferenceInfo, AstNodeDescription } from 'langium';
import { Cancellation, DefaultDocumentValidator, interruptAndCheck, type LangiumCoreServices } from 'langium';
import { nodeIndex } from './care-node-index.js';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { ScopeProvider } from 'langium';
import { IssueCodes } from './validation/catalogue.js';
import { closestNames } from './validation/suggest.js';

/** What each reference is called in a message, by `Container.property`. */
const REFERENCE_WORDS: Record<string, { keyword: string; kind: string }> = {
    'Cohort.parent': { keyword: 'within', kind: 'population, cohort or partition member' },
    'CapitationRate.tier': { keyword: 'capitation tier', kind: 'cohort or partition member' },
    'DenominatorClause.cohort': { keyword: 'denominator', kind: 'cohort' },
    'DeliversClause.services': { keyword: 'delivers', kind: 'service' },
    'ProvisionClause.subcontractors': { keyword: 'subcontracted by', kind: 'subcontractor' },
    'StageServicesClause.services': { keyword: 'services', kind: 'service' },
    'ServiceAllocation.service': { keyword: 'allocation', kind: 'service' },
    'DriversClause.services': { keyword: 'drivers', kind: 'service' },
    'AllianceMember.party': { keyword: 'member', kind: 'party' },
    'HostClause.party': { keyword: 'host', kind: 'party' },
    'PoolManagerClause.party': { keyword: 'pool_manager', kind: 'party' },
    'ContributionClause.party': { keyword: 'contribution', kind: 'party' },
    'BoardMembersClause.parties': { keyword: 'members', kind: 'party' },
    'Withhold.pot': { keyword: 'withhold into', kind: 'pot' },
    'Bonus.pot': { keyword: 'bonus into', kind: 'pot' },
    'Gate.subject': { keyword: 'requires', kind: 'pot or outcome' },
    'Report.covers': { keyword: 'covers', kind: 'outcome' },
    'UsesClause.metric': { keyword: 'uses', kind: 'metric of an imported library' }
};

/**
 * The lexer's complaint in words: invisible characters spelled as escapes, and bytes that were not
 * UTF-8 (read as U+FFFD) named as such, since the fix is to re-save the file, not to edit the text.
 */
function unexpectedCharacter(text: string): string {
    const shown = text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, c => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
    return text.includes('\uFFFD')
        ? `Unexpected character '${shown}': the file is not valid UTF-8 here; save it as UTF-8`
        : `Unexpected character '${shown}'`;
}

/**
 * Turns lexer, parser and linker errors into catalogue diagnostics (`syntax/unexpected-token`,
 * `ref/unknown-reference`), with the names that were probably meant.
 */
export class CareDocumentValidator extends DefaultDocumentValidator {
    private readonly scopeProvider: ScopeProvider;

    /** The checks' diagnostics of each file being validated, handed from validateAst to validateDocument. */
    private readonly checked = new WeakMap<AstNode, Diagnostic[]>();

    constructor(services: LangiumCoreServices) {
        super(services);
        this.scopeProvider = services.references.ScopeProvider;
    }

    /**
     * Langium's, except for how the checks' diagnostics join the list: Langium adds them with one spread
     * `push(...)`, which overflows the stack past about 100,000 arguments (a 5 MB file of one clause
     * repeated has 320,000 duplicates) and loses every diagnostic. They are appended one by one instead.
     */
    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {},
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const root = document.parseResult.value;
        try {
            const diagnostics = await super.validateDocument(document, options, cancelToken);
            for (const diagnostic of this.checked.get(root) ?? []) {
                diagnostics.push(diagnostic);
            }
            return diagnostics;
        } finally {
            this.checked.delete(root);
        }
    }

    protected override async validateAst(rootNode: AstNode, options: ValidationOptions,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        this.checked.set(rootNode, await super.validateAst(rootNode, options, cancelToken));
        return [];
    }

    /**
     * Runs the registered checks node by node in document order, as Langium does, but visits only the
     * nodes whose type has checks (the file and the contract), from the node index, instead of walking
     * and awaiting between every node of the tree.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const checksByType = new Map<string, ValidationCheck[]>();
        for (const node of nodeIndex(rootNode).nodes) {
            let checks = checksByType.get(node.$type);
            if (!checks) {
                checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                checksByType.set(node.$type, checks);
            }
            if (checks.length === 0) {
                continue;
            }
            await interruptAndCheck(cancelToken);
            for (const check of checks) {
                await check(node, acceptor, cancelToken);
            }
        }
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        for (const error of parseResult.lexerErrors) {
            const line = (error.line ?? 1) - 1;
            const character = (error.column ?? 1) - 1;
            const text = error.message.match(/character: ->(.*)<-/s)?.[1];
            const code = IssueCodes.UnexpectedToken;
            diagnostics.push({
                severity: DiagnosticSeverity.Error,
                range: { start: { line, character }, end: { line, character: character + error.length } },
                message: text !== undefined ? unexpectedCharacter(text) : error.message,
                code,
                data: { code },
                source: 'carec'
            });
        }
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        for (const diagnostic of diagnostics.slice(start)) {
            diagnostic.code = IssueCodes.UnexpectedToken;
            diagnostic.data = { code: IssueCodes.UnexpectedToken };
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) {
                continue;
            }
            const info = error.info as ReferenceInfo;
            const refText = info.reference.$refText;
            const words = REFERENCE_WORDS[`${info.container.$type}.${info.property}`] ?? { keyword: info.property, kind: 'declaration of that kind' };
            const candidates = this.candidates(info);
            const suggestions = closestNames(refText, candidates);
            const code = IssueCodes.UnknownReference;
            const hint = suggestions.length > 0 ? `; did you mean '${suggestions[0]}'?` : '';
            diagnostics.push(this.toDiagnostic('error', `${words.keyword} '${refText}' is not a declared ${words.kind}${hint}`, {
                node: info.container,
                range: reference.$refNode?.range,
                property: info.property,
                index: info.index,
                code,
                data: { code, refText, kind: words.kind, suggestions }
            }));
        }
    }

    private candidates(info: ReferenceInfo): string[] {
        try {
            return this.scopeProvider.getScope(info).getAllElements().map((d: AstNodeDescription) => d.name).toArray();
        } catch {
            return [];
        }
    }
}
