import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { AbstractExecuteCommandHandler, type ExecuteCommandAcceptor, type LangiumSharedServices } from 'langium/lsp';
import type { Diagnostic } from 'vscode-languageserver';
import { CAREC_VERSION } from '../../cli/version.js';
import type { ContractDiagnosticJson, ContractJson } from '../../generator/contract-json.js';
import { toContractJson } from '../../generator/contract-generator.js';
import { serialiseContractJson } from '../../generator/write-json.js';
import type { ContractModel } from '../../model/contract-model.js';
import { describeSettlementDiagnostic, formatStatementTable, settle, SettlementError, type ActualsJson } from '../../settlement/index.js';
import type { CareServices } from '../care-module.js';
import type { CareFile } from '../generated/ast.js';
import { catalogueEntry } from '../validation/catalogue.js';
import { budgetSummaryMarkdown } from './care-budget-summary.js';
import { CareCommands } from './care-code-lens.js';

/**
 * Commands the VS Code extension runs through `workspace/executeCommand` (its middleware supplies the
 * arguments and shows the replies, src/extension/command-ui.ts). Each takes the contract's URI:
 *   carec.buildJson [contract]            → { written?: uri, message }   writes <name>.json beside it
 *   carec.settle [contract, actuals]      → { table?: string, message }  the §8 statement as a table
 *   carec.budgetSummary [contract]        → { markdown }
 */
export const CareCommandIds = { ...CareCommands, BudgetSummary: 'carec.budgetSummary' } as const;

interface Compiled {
    document: LangiumDocument<CareFile>;
    model: ContractModel;
    errors: number;
    json?: ContractJson;
}

export class CareCommandHandler extends AbstractExecuteCommandHandler {
    constructor(private readonly shared: LangiumSharedServices) {
        super();
    }

    registerCommands(acceptor: ExecuteCommandAcceptor): void {
        acceptor(CareCommandIds.BuildJson, ([contract]) => this.buildJson(String(contract)));
        acceptor(CareCommandIds.Settle, ([contract, actuals]) => this.settle(String(contract), String(actuals)));
        acceptor(CareCommandIds.BudgetSummary, async ([contract]) => {
            const { model, errors } = await this.compile(String(contract));
            return { markdown: budgetSummaryMarkdown(model, errors) };
        });
    }

    private async buildJson(contractUri: string): Promise<{ written?: string; message: string }> {
        const { document, json, errors } = await this.compile(contractUri);
        const name = basename(document.uri.fsPath);
        if (!json) {
            return { message: `${name}: not built, ${errors} error${errors === 1 ? '' : 's'} (see Problems)` };
        }
        const target = join(dirname(document.uri.fsPath), name.replace(/\.care$/i, '') + '.json');
        if (existsSync(target) && !writtenByCarec(readFileSync(target, 'utf8'), json.$schema)) {
            return { message: `${basename(target)} exists and was not written by carec; not overwriting it` };
        }
        // Temporary file then rename: a reader never sees half a document.
        const temp = `${target}.${process.pid}.tmp`;
        writeFileSync(temp, serialiseContractJson(json));
        renameSync(temp, target);
        return { written: URI.file(target).toString(), message: `Wrote ${basename(target)}` };
    }

    private async settle(contractUri: string, actualsUri: string): Promise<{ table?: string; message: string }> {
        const { document, json, errors } = await this.compile(contractUri);
        if (!json) {
            return { message: `${basename(document.uri.fsPath)}: cannot settle, ${errors} error${errors === 1 ? '' : 's'} (see Problems)` };
        }
        const actualsPath = URI.parse(actualsUri).fsPath;
        const actuals = JSON.parse(readFileSync(actualsPath, 'utf8')) as ActualsJson;
        try {
            const statement = settle(json, actuals);
            const notes = statement.diagnostics.map(d => describeSettlementDiagnostic(d));
            return { table: formatStatementTable(statement) + (notes.length ? '\n' + notes.join('\n') + '\n' : ''), message: `Settled ${statement.year}` };
        } catch (error) {
            if (error instanceof SettlementError) {
                return { message: `${basename(actualsPath)}: ${error.diagnostics.map(d => describeSettlementDiagnostic(d)).join('; ')}` };
            }
            throw error;
        }
    }

    /** The contract as the editor has it (unsaved changes included), validated, and its JSON when it has no errors. */
    private async compile(contractUri: string): Promise<Compiled> {
        const uri = URI.parse(contractUri);
        const documents = this.shared.workspace.LangiumDocuments;
        const builder = this.shared.workspace.DocumentBuilder;
        const document = await documents.getOrCreateDocument(uri) as LangiumDocument<CareFile>;
        if (document.state < DocumentState.Validated) {
            if (this.shared.workspace.TextDocuments?.get(uri.toString())) {
                await builder.waitUntil(DocumentState.Validated, uri);
            } else {
                await builder.build([document], { validation: true });
            }
        }
        const contract = document.parseResult.value.contract;
        if (!contract) {
            throw new Error(`${basename(uri.fsPath)} holds a library, not a contract`);
        }
        const services = this.shared.ServiceRegistry.getServices(uri) as CareServices;
        const model = services.model.ContractModels.modelOf(contract);
        const diagnostics = document.diagnostics ?? [];
        const errors = diagnostics.filter(d => (d.severity ?? 1) === 1).length;
        const json = errors > 0 ? undefined : toContractJson(model, {
            file: basename(uri.fsPath),
            sha256: createHash('sha256').update(document.textDocument.getText()).digest('hex'),
            diagnostics: diagnostics.map(contractDiagnostic),
            generatorVersion: CAREC_VERSION
        });
        return { document, model, errors, json };
    }
}

/** True for a JSON document of the given carec schema (so Build JSON never overwrites a user's file). */
function writtenByCarec(text: string, schema: string): boolean {
    try {
        return (JSON.parse(text) as { $schema?: unknown } | null)?.$schema === schema;
    } catch {
        return false;
    }
}

/** A warning or info as `carec build` records it in the JSON (1-based positions). */
function contractDiagnostic(d: Diagnostic): ContractDiagnosticJson {
    const code = String(d.code ?? '');
    return {
        code,
        severity: d.severity === 2 ? 'warning' : 'info',
        rule: catalogueEntry(code)?.rule ?? null,
        message: typeof d.message === 'string' ? d.message : d.message.value,
        range: { line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 }
    };
}
