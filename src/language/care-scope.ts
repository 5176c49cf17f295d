import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols, ReferenceInfo, Scope } from 'langium';
import { AstUtils, DefaultScopeComputation, DefaultScopeProvider, EMPTY_SCOPE, MultiMap, UriUtils } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isCareFile, isContract, isLibrary, isMetric, isParty, type CareFile } from './generated/ast.js';
import { importedUris } from './imports.js';

/**
 * One namespace per contract (LANGUAGE.md §3): every name declared anywhere in a contract is visible
 * throughout the file, so all named nodes are collected once onto the root. A library exports its
 * metrics globally as `Library.Metric`; a contract exports nothing.
 */
export class CareScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, _cancelToken?: CancellationToken): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value;
        if (!isCareFile(root) || !root.library?.name) {
            return [];
        }
        const library = root.library;
        return library.metrics
            .filter(metric => metric.name)
            .map(metric => this.descriptions.createDescription(metric, `${library.name}.${metric.name}`, document));
    }

    override async collectLocalSymbols(document: LangiumDocument, _cancelToken?: CancellationToken): Promise<LocalSymbols> {
        const root = document.parseResult.value;
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        for (const node of AstUtils.streamAst(root)) {
            if (node === root || isContract(node) || isLibrary(node) || isMetric(node)) {
                continue;
            }
            const name = this.nameProvider.getName(node);
            if (name) {
                symbols.add(root, this.descriptions.createDescription(node, name, document));
            }
        }
        return symbols;
    }
}

/** The role a party must play for each party reference; other roles are the wrong kind. */
const PARTY_ROLE: Record<string, 'subcontractor' | undefined> = {
    'ProvisionClause:subcontractors': 'subcontractor'
};

/** References of the right kind only: the declared type, narrowed further where the grammar says so. */
export class CareScopeProvider extends DefaultScopeProvider {
    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        if (referenceType === 'Metric') {
            return this.libraryScope(document);
        }
        const root = document.parseResult.value;
        const symbols = document.localSymbols?.getStream(root);
        if (!symbols) {
            return EMPTY_SCOPE;
        }
        const role = PARTY_ROLE[`${context.container.$type}:${context.property}`];
        const kindFilter = kindFilterFor(context);
        const candidates = symbols.filter(d => this.reflection.isSubtype(d.type, referenceType))
            .filter(d => !role || (isParty(d.node) && d.node.role === role))
            .filter(d => !kindFilter || kindFilter(d));
        return this.createScope(candidates);
    }

    /** Metrics of the libraries this file imports, by their qualified name. */
    private libraryScope(document: LangiumDocument): Scope {
        const root = document.parseResult.value as CareFile;
        const imported = new Set(importedUris(root, document.uri).map(uri => uri.toString()));
        const metrics = this.indexManager.allElements('Metric', imported);
        return this.createScope(metrics);
    }
}

/** Capitation tiers are cohorts or partition members, never the whole population. */
function kindFilterFor(context: ReferenceInfo): ((d: AstNodeDescription) => boolean) | undefined {
    if (context.container.$type === 'CapitationRate') {
        return d => d.type !== 'Population';
    }
    return undefined;
}

export function sameFile(a: LangiumDocument, b: LangiumDocument): boolean {
    return UriUtils.equals(a.uri, b.uri);
}
