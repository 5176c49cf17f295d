import { extname, resolve } from 'node:path';
import type { ContractJson } from '../generator/contract-json.js';
import { settle, SettlementError, formatStatementTable, describeSettlementDiagnostic, type StatementJson } from '../settlement/index.js';
import { compileContract, CompileRefused } from './build.js';
import { render } from './check.js';
import { ContractError, UsageError } from './errors.js';
import { assertReplaceable, jsonWhere, JsonSyntaxError, readJsonFile, writeFileAtomic } from './files.js';
import { readableFile } from './load.js';
import { contractSchemaError } from './schemas.js';

/** A statement carec wrote: its JSON form, or the table, which starts with its title line. */
const isStatement = (text: string): boolean =>
    text.startsWith('Settlement statement · ') || jsonWhere(v => typeof v.schemaVersion === 'string' && 'net' in v && 'flows' in v)(text);

export interface SettleCliOptions {
    actuals?: string;
    year?: string;
    format: string;
    output?: string;
    force?: boolean;
    allowOutsideImports?: boolean;
}

export interface SettleOutcome {
    stdout: string;
    stderr: string;
    exitCode: 0 | 1;
}

/** `carec settle <contract.care|contract.json> --actuals <file> [--year Y] [--format table|json] [-o file]`. */
export async function runSettle(contractFile: string, options: SettleCliOptions): Promise<SettleOutcome> {
    if (!options.actuals) {
        throw new UsageError('settle needs --actuals <file>');
    }
    if (options.format !== 'table' && options.format !== 'json') {
        throw new UsageError(`--format must be table or json, not '${options.format}'`);
    }
    if (options.output) {
        assertReplaceable(resolve(options.output), isStatement, options.force ?? false);
    }
    try {
        const contract = await loadContract(contractFile, options.allowOutsideImports ?? false);
        const actuals = readJsonFile(resolve(options.actuals), options.actuals);
        const year = (actuals as { year?: unknown } | null)?.year;
        if (options.year !== undefined && year !== options.year) {
            throw new ContractError(`${options.actuals}: the actuals are for ${typeof year === 'string' ? year : 'no year'}, not ${options.year}`);
        }
        const statement = settle(contract, actuals as never);
        const text = options.format === 'json' ? JSON.stringify(statement, null, 2) + '\n' : formatStatementTable(statement);
        const warnings = warningLines(statement, options.actuals);
        if (options.output) {
            writeFileAtomic(resolve(options.output), text);
            return { stdout: '', stderr: warnings + `carec: wrote ${options.output}\n`, exitCode: 0 };
        }
        return { stdout: text, stderr: warnings, exitCode: 0 };
    } catch (error) {
        if (error instanceof CompileRefused) {
            return { stdout: '', stderr: render(error.report, 'human') + `carec: ${error.message}\n`, exitCode: 1 };
        }
        if (error instanceof SettlementError) {
            const lines = error.diagnostics.map(d => `${options.actuals}: ${describeSettlementDiagnostic(d)}`);
            return { stdout: '', stderr: lines.join('\n') + '\n', exitCode: 1 };
        }
        if (error instanceof JsonSyntaxError) {
            return { stdout: '', stderr: `carec: ${error.message}\n`, exitCode: 1 };
        }
        throw error;
    }
}

function warningLines(statement: StatementJson, actualsPath: string): string {
    return statement.diagnostics
        .filter(d => d.severity !== 'error')
        .map(d => `${actualsPath}: ${describeSettlementDiagnostic(d)}\n`).join('');
}

/** A `.care` contract is checked and compiled in memory; a `.json` one must validate against the contract schema. */
async function loadContract(file: string, allowOutsideImports: boolean): Promise<ContractJson> {
    if (extname(file).toLowerCase() !== '.json') {
        return (await compileContract(file, { allowOutsideImports })).json;
    }
    const json = readJsonFile(resolve(readableFile(resolve(file), file)), file);
    const invalid = await contractSchemaError(json);
    if (invalid) {
        throw new ContractError(`${file}: not a carec contract JSON (${invalid})`);
    }
    if ((json as ContractJson).unchecked) {
        throw new ContractError(`${file}: was built with --force from a contract with errors; fix the contract before settling`);
    }
    return json as ContractJson;
}
