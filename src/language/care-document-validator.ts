import type { LangiumDocument, ParseResult, ValidationOptions, ReferenceInfo, AstNodeDescription } from 'langium';
import { DefaultDocumentValidator, type LangiumCoreServices } from 'langium';
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
 * Turns lexer, parser and linker errors into catalogue diagnostics (`syntax/unexpected-token`,
 * `ref/unknown-reference`), with the names that were probably meant.
 */
export class CareDocumentValidator extends DefaultDocumentValidator {
    private readonly scopeProvider: ScopeProvider;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.scopeProvider = services.references.ScopeProvider;
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
                message: text !== undefined ? `Unexpected character '${text}'` : error.message,
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
