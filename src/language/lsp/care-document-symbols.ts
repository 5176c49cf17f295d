import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import type { CohortModel } from '../../model/population.js';
import type { CareServices } from '../care-module.js';
import type { Contract, Library, Member } from '../generated/ast.js';
import {
    isAlliance, isBudget, isCareFile, isChoice, isCohort, isEvaluation, isGovernance, isParty, isPayment, isPooledBudget,
    isPopulation, isPot, isReporting, isReport, isRiskAdjustment, isServices, isService, isPathway, isTerm, isTermination,
    isWithhold, isBoard
} from '../generated/ast.js';

/**
 * The outline (LANGUAGE.md §10): parties, term, population → cohorts → partitions → members, services,
 * budget, payment, pots → outcomes, reports. Cohorts are declared flat in the contract but shown under
 * the population or cohort they narrow, as the model links them.
 */
export class CareDocumentSymbolProvider implements DocumentSymbolProvider {
    constructor(private readonly services: CareServices) {}

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value;
        if (!isCareFile(root)) {
            return [];
        }
        if (root.library) {
            return [this.librarySymbol(root.library)].filter(isDefined);
        }
        return root.contract ? [this.contractSymbol(root.contract)].filter(isDefined) : [];
    }

    private contractSymbol(contract: Contract): DocumentSymbol | undefined {
        const model = this.services.model.ContractModels.modelOf(contract);
        const cohortSymbol = (cohort: CohortModel): DocumentSymbol | undefined => {
            const children = [
                ...cohort.partitions.map(p => symbol(p.node, p.name, SymbolKind.Enum,
                    p.members.map(cohortSymbol).filter(isDefined))),
                ...cohort.children.filter(c => c.kind === 'cohort').map(cohortSymbol)
            ].filter(isDefined);
            const kind = cohort.kind === 'member' ? SymbolKind.EnumMember : SymbolKind.Struct;
            return symbol(cohort.node, cohort.name, kind, children);
        };
        const orphanCohort = (node: AstNode) => {
            const cohort = model.population.all.find(c => c.node === node);
            return cohort && !cohort.parent ? cohortSymbol(cohort) : undefined;
        };
        const memberSymbol = (member: Member): DocumentSymbol | undefined => {
            if (isPopulation(member)) {
                const cohort = model.population.all.find(c => c.node === member);
                return cohort ? cohortSymbol(cohort) : undefined;
            }
            if (isCohort(member)) {
                return orphanCohort(member);
            }
            return blockSymbol(member);
        };
        return symbol(contract, contract.name, SymbolKind.Module, contract.members.map(memberSymbol).filter(isDefined));
    }

    private librarySymbol(library: Library): DocumentSymbol | undefined {
        return symbol(library, library.name, SymbolKind.Module,
            library.metrics.map(m => symbol(m, m.name, SymbolKind.Property, [])).filter(isDefined));
    }
}

/** Symbols for the contract's other blocks; header clauses are left out of the outline. */
function blockSymbol(member: Member): DocumentSymbol | undefined {
    if (isParty(member)) {
        return symbol(member, member.name, SymbolKind.Object, [], member.role);
    }
    if (isAlliance(member)) {
        return symbol(member, member.name, SymbolKind.Object, [], 'alliance');
    }
    if (isTerm(member)) {
        return symbol(member, `term ${member.start} to ${member.end}`, SymbolKind.Event, []);
    }
    if (isRiskAdjustment(member)) {
        return symbol(member, `risk_adjustment ${member.method}`, SymbolKind.Namespace, []);
    }
    if (isServices(member)) {
        const children = member.items.flatMap(item => isService(item) ? [symbol(item, item.name, SymbolKind.Function, [])]
            : isPathway(item) ? [symbol(item, item.name, SymbolKind.Function,
                item.stages.map(s => symbol(s, s.name, SymbolKind.Function, [])).filter(isDefined))] : []);
        return symbol(member, 'services', SymbolKind.Namespace, children.filter(isDefined));
    }
    if (isBudget(member)) {
        const pools = member.clauses.filter(isPooledBudget).map(p => symbol(p, p.name ?? 'pooled_budget', SymbolKind.Struct, []));
        return symbol(member, 'budget', SymbolKind.Namespace, pools.filter(isDefined));
    }
    if (isPayment(member)) {
        const withholds = member.clauses.filter(isWithhold)
            .map(w => symbol(w, `withhold into ${w.pot?.$refText ?? '?'}`, SymbolKind.Array, []));
        return symbol(member, 'payment', SymbolKind.Namespace, withholds.filter(isDefined));
    }
    if (isPot(member)) {
        const outcomes = member.outcomes.map(o => symbol(o, o.name, SymbolKind.Field, [], o.title));
        return symbol(member, member.name, SymbolKind.Class, outcomes.filter(isDefined), member.title);
    }
    if (isReporting(member)) {
        const reports = member.clauses.filter(isReport).map(r => symbol(r, r.name, SymbolKind.Event, [], r.title));
        return symbol(member, 'reporting', SymbolKind.Namespace, reports.filter(isDefined));
    }
    if (isGovernance(member)) {
        const boards = member.clauses.filter(isBoard).map(b => symbol(b, b.name ?? b.title, SymbolKind.Object, []));
        return symbol(member, 'governance', SymbolKind.Namespace, boards.filter(isDefined));
    }
    if (isChoice(member) || isEvaluation(member) || isTermination(member)) {
        return symbol(member, member.$type.toLowerCase(), SymbolKind.Namespace, []);
    }
    return undefined;
}

function symbol(node: AstNode, name: string | undefined, kind: SymbolKind, children: DocumentSymbol[], detail?: string): DocumentSymbol | undefined {
    const cst = node.$cstNode;
    if (!cst || !name) {
        return undefined;
    }
    const selection: CstNode = GrammarUtils.findNodeForProperty(cst, 'name') ?? cst;
    return { name, kind, range: cst.range, selectionRange: selection.range, children, ...(detail ? { detail } : {}) };
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}
