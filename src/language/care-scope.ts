import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols, ReferenceInfo, Scope, Stream } from 'langium';
import { AstUtils, DefaultScopeComputation, DefaultScopeProvider, EMPTY_SCOPE, MultiMap, UriUtils, stream } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isCareFile, isContract, isDeclaration, isLibrary, isMetric, isParty, type CareFile } from './generated/ast.js';
import { importedUris } from './imports.js';
import { nodeIndex } from './care-node-index.js';

/**
 * One namespace per contract (LANGUAGE.md §3): every name declared anywhere in a contract is visible
 * throughout the file, so all declarations are collected once onto the root. A library exports its
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

    /** The declarations (parties, cohorts, services, pots, outcomes…), in document order, from the file's node index. */
    override async collectLocalSymbols(document: LangiumDocument, _cancelToken?: CancellationToken): Promise<LocalSymbols> {
        const root = document.parseResult.value;
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        for (const node of nodeIndex(root).nodes) {
            if (!isDeclaration(node) || isContract(node) || isLibrary(node) || isMetric(node)) {
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

/**
 * References of the right kind only: the declared type, narrowed further where the grammar says so.
 * A file's scopes are built once per kind of reference (not once per reference) and looked up by name.
 */
export class CareScopeProvider extends DefaultScopeProvider {
    /** Per set of local symbols (a new set after every change), the scope for each kind of reference. */
    private readonly scopes = new WeakMap<LocalSymbols, Map<string, Scope>>();

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        if (referenceType === 'Metric') {
            return this.libraryScope(document);
        }
        const local = document.localSymbols;
        const root = document.parseResult.value;
        if (!local?.has(root)) {
            return EMPTY_SCOPE;
        }
        const role = PARTY_ROLE[`${context.container.$type}:${context.property}`];
        const kindFilter = kindFilterFor(context);
        const key = `${referenceType}:${role ?? ''}:${kindFilter ? context.container.$type : ''}`;
        let byKind = this.scopes.get(local);
        if (!byKind) {
            byKind = new Map();
            this.scopes.set(local, byKind);
        }
        let scope = byKind.get(key);
        if (!scope) {
            const candidates = local.getStream(root)
                .filter(d => this.reflection.isSubtype(d.type, referenceType))
                .filter(d => !role || (isParty(d.node) && d.node.role === role))
                .filter(d => !kindFilter || kindFilter(d))
                .toArray();
            scope = new FirstDeclarationScope(candidates);
            byKind.set(key, scope);
        }
        return scope;
    }

    /** Metrics of the libraries this file imports, by their qualified name. */
    private libraryScope(document: LangiumDocument): Scope {
        const root = document.parseResult.value as CareFile;
        const imported = new Set(importedUris(root, document.uri).map(uri => uri.toString()));
        const metrics = this.indexManager.allElements('Metric', imported);
        return this.createScope(metrics);
    }
}

/**
 * The declarations of one kind, looked up by name in constant time. A name declared twice resolves to
 * its first declaration (the duplicate is `ref/duplicate-name`), as a scan in document order would.
 */
class FirstDeclarationScope implements Scope {
    private readonly byName = new Map<string, AstNodeDescription>();

    constructor(private readonly elements: readonly AstNodeDescription[]) {
        for (const element of elements) {
            if (!this.byName.has(element.name)) {
                this.byName.set(element.name, element);
            }
        }
    }

    getElement(name: string): AstNodeDescription | undefined {
        return this.byName.get(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.elements).filter(e => e.name === name);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.elements);
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
