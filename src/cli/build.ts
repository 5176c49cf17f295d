import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { LangiumDocument } from 'langium';
import type { CareFile } from '../language/generated/ast.js';
import type { ContractJson, ContractDiagnosticJson } from '../generator/contract-json.js';
import { toContractJson } from '../generator/contract-generator.js';
import { GenerateError } from '../generator/generate-error.js';
import { serialiseContractJson } from '../generator/write-json.js';
import { CAREC_VERSION } from './version.js';
import { contractSchemaError } from './schemas.js';
import { createWorkspace, parseFormat, parseMaxWarnings, parseProfile, render } from './check.js';
import { ContractError, UsageError } from './errors.js';
import { assertReplaceable, jsonWhere, writeFileAtomic } from './files.js';
import { displayPath, expandInputs, loadDocuments, type Workspace } from './load.js';
import { buildReport, type CheckReport, type ReportedDiagnostic } from './report.js';
import { formatHuman } from './formats/human.js';

export const CONTRACT_SCHEMA_ID = 'urn:carec:schema:contract:1.0';

export interface BuildOptions {
    output?: string;
    sourceMap?: boolean;
    force?: boolean;
    format: string;
    maxWarnings?: string;
    info: boolean;
    policy?: string;
    allowOutsideImports?: boolean;
}

export interface Compiled {
    json: ContractJson;
    report: CheckReport;
}

/**
 * Checks one contract and compiles it to §7 JSON. A contract with errors is refused (ContractError,
 * exit 1) unless `force`, which marks the output `unchecked`. A fresh workspace unless one is given
 * (the fuzz tests reuse one across thousands of builds: building the parser is most of the cost).
 */
export async function compileContract(file: string, options: { sourceMap?: boolean; force?: boolean; info?: boolean; policy?: string; allowOutsideImports?: boolean },
    workspace: Workspace = createWorkspace(parseProfile(options.policy))): Promise<Compiled> {
    const [path] = await expandInputs([file]);
    const [document] = await loadDocuments(workspace, [path!], { allowOutsideImports: options.allowOutsideImports }) as LangiumDocument<CareFile>[];
    const report = buildReport([document!], { includeInfo: options.info ?? true });
    const contract = document!.parseResult.value.contract;
    if (!contract) {
        throw new ContractError(`${displayPath(path!)}: holds a library, not a contract; there is nothing to build`);
    }
    const unchecked = report.summary.errors > 0;
    if (unchecked && !options.force) {
        throw new CompileRefused(report);
    }
    const model = workspace.Care.model.ContractModels.modelOf(contract);
    // Required here, by the one command that hashes, so that `check` starts without node:crypto. (A
    // dynamic import() would not do: the bundle runs as a vm.Script, which has no module loader.)
    const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
    const json = await generate(model, {
        file: displayPath(path!),
        sha256: createHash('sha256').update(document!.textDocument.getText()).digest('hex'),
        sourceMap: options.sourceMap ?? false,
        diagnostics: contractDiagnostics(report),
        unchecked,
        generatorVersion: CAREC_VERSION
    });
    return { json, report };
}

/**
 * A forced build of a contract too broken to have a JSON form is refused too: a section every document
 * needs is missing (GenerateError), or — since syntax errors leave declarations without names and
 * clauses half read — generating fails or yields JSON the schema rejects. Whatever is emitted validates.
 */
async function generate(...args: Parameters<typeof toContractJson>): Promise<ContractJson> {
    const [, options] = args;
    const refuse = (reason: string) => new ContractError(`${options.file}: cannot be compiled even with --force: ${reason}`);
    let json: ContractJson;
    try {
        json = toContractJson(...args);
    } catch (error) {
        if (error instanceof GenerateError) {
            throw refuse(error.message);
        }
        if (options.unchecked) {
            throw refuse(`its errors leave it without a JSON form (${(error as Error)?.message ?? String(error)})`);
        }
        throw error;
    }
    if (options.unchecked) {
        const invalid = await contractSchemaError(json);
        if (invalid) {
            throw refuse(`its errors leave it without a valid JSON form (${invalid})`);
        }
    }
    return json;
}

/** The contract has errors: nothing is compiled; the report says why. */
export class CompileRefused extends ContractError {
    constructor(readonly report: CheckReport) {
        super(`not compiled: ${report.summary.errors} error${report.summary.errors === 1 ? '' : 's'} (use --force to compile anyway, marked unchecked)`);
    }
}

/** The warnings and infos of a one-file check report, as the compiled JSON lists them (§7). */
export function contractDiagnostics(report: CheckReport): ContractDiagnosticJson[] {
    return report.files[0]!.diagnostics.filter(d => d.severity !== 'error').map(toContractDiagnostic);
}

function toContractDiagnostic(d: ReportedDiagnostic): ContractDiagnosticJson {
    return {
        code: d.code,
        severity: d.severity as 'warning' | 'info',
        rule: d.rule,
        message: d.message,
        range: { line: d.range.start.line, column: d.range.start.column, endLine: d.range.end.line, endColumn: d.range.end.column }
    };
}

export interface BuildOutcome {
    /** The JSON, when it goes to standard output. */
    stdout: string;
    /** Diagnostics and notes for people. */
    stderr: string;
    exitCode: 0 | 1;
}

/** `carec build <file> [-o out.json] [--source-map] [--force]`. */
export async function runBuild(file: string, options: BuildOptions, workspace?: Workspace): Promise<BuildOutcome> {
    const format = parseFormat(options.format);
    const maxWarnings = parseMaxWarnings(options.maxWarnings);
    if (options.output !== undefined && options.output.trim() === '') {
        throw new UsageError('-o needs a file name');
    }
    if (options.output) {
        // Refuse before doing any work, so a refused build leaves the file system as it was.
        assertReplaceable(resolve(options.output), jsonWhere(v => v.$schema === CONTRACT_SCHEMA_ID), options.force ?? false);
    }
    let compiled: Compiled;
    try {
        compiled = await compileContract(file, options, workspace);
    } catch (error) {
        if (error instanceof CompileRefused) {
            return { stdout: '', stderr: render(error.report, format) + `carec: ${error.message}\n`, exitCode: 1 };
        }
        throw error;
    }
    const text = serialiseContractJson(compiled.json);
    const diagnostics = compiled.report.files[0]!.diagnostics.length > 0 || format !== 'human' ? render(compiled.report, format) : '';
    const tooManyWarnings = compiled.report.summary.warnings > maxWarnings;
    if (options.output) {
        writeFileAtomic(resolve(options.output), text);
        const note = `carec: wrote ${options.output}${compiled.json.unchecked ? ' (unchecked: the contract has errors)' : ''}\n`;
        return { stdout: '', stderr: (format === 'human' ? formatHuman(compiled.report) : diagnostics) + note, exitCode: tooManyWarnings || compiled.json.unchecked ? 1 : 0 };
    }
    return { stdout: text, stderr: diagnostics, exitCode: tooManyWarnings || compiled.json.unchecked ? 1 : 0 };
}
