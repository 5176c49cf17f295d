import type { AstNode, CstNode, LangiumDocument } from 'langium';
import type { InlayHintAcceptor } from 'langium/lsp';
import { AbstractInlayHintProvider } from 'langium/lsp';
import type { InlayHint, InlayHintParams, Position } from 'vscode-languageserver';
import { InlayHintKind } from 'vscode-languageserver';
import type { CancellationToken } from 'vscode-languageserver';
import type { ContractModel } from '../../model/contract-model.js';
import { formatNumber } from '../../model/decimal.js';
import { formatInterval, runningWeights } from '../../model/explain-figures.js';
import type { CareServices } from '../care-module.js';
import { isCareFile } from '../generated/ast.js';
import { indicative } from './care-figures.js';

/**
 * Inline arithmetic (LANGUAGE.md §10): capitation tiers and total, partition sums, withheld amounts,
 * running weight totals and normalised ages. Hints are laid out from the model in one pass per
 * document rather than per AST node, so each figure is looked up once.
 */
export class CareInlayHintProvider extends AbstractInlayHintProvider {
    constructor(private readonly services: CareServices) {
        super();
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, _cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        const root = document.parseResult.value;
        if (!isCareFile(root) || !root.contract) {
            return [];
        }
        const model = this.services.model.ContractModels.modelOf(root.contract);
        const hints: InlayHint[] = [];
        collectHints(model, hint => hints.push(hint));
        const { start, end } = params.range;
        return hints.filter(h => !before(h.position, start) && !before(end, h.position));
    }

    /** Unused: hints come from the model in {@link getInlayHints}, not node by node. */
    override computeInlayHint(_astNode: AstNode, _acceptor: InlayHintAcceptor): void {
        // Intentionally empty.
    }
}

/** Every hint of a contract, in no particular order. */
export function collectHints(model: ContractModel, accept: InlayHintAcceptor): void {
    const capitation = model.budget.capitation;
    for (const tier of capitation?.tiers ?? []) {
        hintAfter(tier.node.$cstNode, tier.annual && `= ${tier.annual.format()}`, accept);
    }
    if (capitation) {
        hintAfter(capitation.node.$cstNode, capitation.annualTotal && `= ${capitation.annualTotal.format()}`, accept);
    }
    for (const partition of model.population.partitions) {
        const total = partition.sizeTotal;
        const parent = partition.parent.size;
        const verdict = !partition.exhaustive || !total || !parent ? '' : total.equals(parent) ? ' ✓' : ` ≠ ${formatNumber(parent)} ✗`;
        hintAfter(partition.node.$cstNode, total && `Σ ${formatNumber(total)}${verdict}`, accept);
    }
    for (const year of model.payment.withholds.flatMap(w => w.years)) {
        hintAfter(year.node.$cstNode, year.amount && `= ${year.amount.format()}${indicative(year.final)}`, accept);
    }
    for (const pot of model.pots) {
        for (const { outcome, running } of runningWeights(pot)) {
            const weightNode = outcome.node.clauses.find(c => c.$type === 'WeightClause');
            hintAfter(weightNode?.$cstNode, `Σ ${running.format()}`, accept);
        }
    }
    for (const cohort of model.population.all) {
        const age = cohort.ownAge;
        // Only `N to M` changes a visible number when normalised: 65 to 74 → [65, 75).
        if (age?.node && age.node.hi !== undefined && !age.node.under) {
            hintAfter(age.node.$cstNode, formatInterval(age), accept);
        }
    }
}

function hintAfter(cst: CstNode | undefined, label: string | undefined, accept: InlayHintAcceptor): void {
    if (cst && label) {
        accept({ position: cst.range.end, label, kind: InlayHintKind.Type, paddingLeft: true });
    }
}

function before(a: Position, b: Position): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}
