import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Range } from 'vscode-languageserver';
import type { ContractModel } from '../../model/contract-model.js';
import { budgetReconciliation, firstWithheldYear, reconciles } from '../../model/explain-figures.js';
import type { CareServices } from '../care-module.js';
import { isBudget, isCareFile } from '../generated/ast.js';

/** Commands the VS Code extension implements; each takes the document URI. */
export const CareCommands = {
    BuildJson: 'carec.buildJson',
    Settle: 'carec.settle'
} as const;

/**
 * Code lens: the budget's reconciliation, each pot's weights and first withheld amount, and the
 * contract's "Build JSON" and "Settle…" commands. Figure lenses carry no command (display only).
 */
export class CareCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: CareServices) {}

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const root = document.parseResult.value;
        if (!isCareFile(root) || !root.contract?.$cstNode) {
            return [];
        }
        const model = this.services.model.ContractModels.modelOf(root.contract);
        const uri = document.uri.toString();
        const contractRange = root.contract.$cstNode.range;
        return [
            lens(contractRange, 'Build JSON', CareCommands.BuildJson, [uri]),
            lens(contractRange, 'Settle…', CareCommands.Settle, [uri]),
            ...budgetLenses(model),
            ...potLenses(model)
        ];
    }
}

function budgetLenses(model: ContractModel): CodeLens[] {
    const budgetNode = model.contract.members.find(isBudget);
    const total = model.budget.capitation?.annualTotal;
    if (!budgetNode?.$cstNode || !total) {
        return [];
    }
    const policy = model.header.policy;
    const { stated, formula, mismatched } = budgetReconciliation(model.budget, policy);
    const counts = `(${stated.length} stated, ${formula.length} formula years)`;
    const title = mismatched.length === 0
        ? `Reconciles ${total.format()} ${counts}`
        : `✗ ${mismatched.length} of ${stated.length} stated years differ from ${total.format()} ${counts}`;
    const perYear = stated.flatMap(year => {
        const ok = reconciles(year, policy);
        if (ok === undefined || !year.node.$cstNode) {
            return [];
        }
        const text = ok ? `✓ ${year.label} = capitation ${year.computed!.format()}`
            : `✗ ${year.label} differs from capitation ${year.computed!.format()} by ${year.difference!.format()}`;
        return [lens(year.node.$cstNode.range, text)];
    });
    return [lens(budgetNode.$cstNode.range, title), ...perYear];
}

function potLenses(model: ContractModel): CodeLens[] {
    return model.pots.flatMap(pot => {
        if (!pot.node.$cstNode) {
            return [];
        }
        const weightsOk = pot.weightTotal.value.equals(100) ? '' : ' ✗';
        const first = firstWithheldYear(model, pot);
        const withheld = first?.amount ? ` · withhold ${first.label} ${first.amount.format()}` : '';
        return [lens(pot.node.$cstNode.range, `Weights ${pot.weightTotal.format()}${weightsOk}${withheld}`)];
    });
}

/** A lens on the first line of `range`; without a command it is shown as text only. */
function lens(range: Range, title: string, command = '', args?: unknown[]): CodeLens {
    const line = { start: range.start, end: range.start };
    return { range: line, command: { title, command, ...(args ? { arguments: args } : {}) } };
}
