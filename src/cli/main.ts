import '../polyfills.js';
import { Argument, Command, CommanderError, Option } from 'commander';
import { runCheck, FORMATS } from './check.js';
import { CliError } from './errors.js';
import { explain, listCodes } from './explain.js';
import { runBuild } from './build.js';
import { runSettle } from './settle.js';
import { schemaText, SCHEMA_NAMES } from './schemas.js';
import { CAREC_VERSION } from './version.js';
import { flushOutput, STANDARD_OUTPUT, type Output } from './output.js';

/** Writes a command's outcome: data on standard output, messages for people on standard error. */
function emit(outcome: { stdout: string; stderr: string; exitCode: number }, output: Output): void {
    output.out(outcome.stdout);
    output.err(outcome.stderr);
    process.exitCode = outcome.exitCode;
}

function buildProgram(output: Output): Command {
    const program = new Command('carec')
        .description('Check, compile and settle outcome-based health contracts (.care)')
        .configureOutput({ writeOut: output.out, writeErr: output.err })
        .version(CAREC_VERSION)
        .showHelpAfterError()
        .exitOverride();

    program.command('check')
        .description('parse, link (following imports) and validate; print diagnostics')
        .argument('<files...>', '.care files or globs')
        .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('human'))
        .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this')
        .option('--no-info', 'leave out info diagnostics')
        .option('--policy <profile>', 'what-if: check under another policy profile')
        .option('--allow-outside-imports', 'follow imports outside the working directory and the folders of the files given')
        .action(async (files: string[], options: { format: string; maxWarnings?: string; info: boolean; policy?: string; allowOutsideImports?: boolean }) => {
            const outcome = await runCheck(files, options);
            output.out(outcome.output);
            outcome.notes.forEach(note => output.err(`carec: ${note}\n`));
            process.exitCode = outcome.exitCode;
        });

    program.command('build')
        .description('check a contract, then compile it to JSON (LANGUAGE.md §7)')
        .argument('<file>', 'a .care contract')
        .option('-o, --output <file>', 'write the JSON here (atomically) instead of to standard output')
        .option('--source-map', 'add "$loc" {file, line, column, endLine, endColumn} to every object from a declaration')
        .option('--force', 'compile despite errors (marked "unchecked"), and replace an output carec did not write')
        .addOption(new Option('--format <format>', 'diagnostics format').choices(FORMATS).default('human'))
        .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this')
        .option('--no-info', 'leave out info diagnostics')
        .option('--policy <profile>', 'what-if: check under another policy profile')
        .option('--allow-outside-imports', 'follow imports outside the working directory and the folders of the files given')
        .action(async (file: string, options: { output?: string; sourceMap?: boolean; force?: boolean; format: string; maxWarnings?: string; info: boolean; policy?: string; allowOutsideImports?: boolean }) => {
            emit(await runBuild(file, options), output);
        });

    program.command('settle')
        .description('settle one year from a contract (.care or its build JSON) and measured actuals (§8)')
        .argument('<contract>', 'a .care contract or the JSON carec build wrote')
        .requiredOption('--actuals <file>', 'the year\'s actuals (carec schema actuals)')
        .option('--year <year>', 'the contract year the actuals must be for, e.g. 2026/27')
        .addOption(new Option('--format <format>', 'statement format').choices(['table', 'json']).default('table'))
        .option('-o, --output <file>', 'write the statement here (atomically)')
        .option('--force', 'replace an output file carec did not write')
        .option('--allow-outside-imports', 'follow imports outside the working directory and the folders of the files given')
        .action(async (contract: string, options: { actuals?: string; year?: string; format: string; output?: string; force?: boolean; allowOutsideImports?: boolean }) => {
            emit(await runSettle(contract, options), output);
        });

    program.command('schema')
        .description('print a JSON Schema: the contract JSON, the actuals file or the settlement statement')
        .addArgument(new Argument('[name]', 'which schema').choices(SCHEMA_NAMES).default('contract'))
        .action((name: string) => {
            output.out(schemaText(name));
        });

    program.command('lsp')
        .description('start the Care language server (for editors other than VS Code)')
        .option('--stdio', 'talk LSP over standard input and output (the default)')
        .action(async () => {
            // The server reads its transport from argv; --stdio is what every editor config passes.
            if (!process.argv.some(a => a === '--stdio' || a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))) {
                process.argv.push('--stdio');
            }
            // Loaded only here: no other command needs the language server's code.
            const { startServer } = await import('../language/main.js');
            startServer();
            return new Promise<void>(() => undefined);
        });

    program.command('explain')
        .description('print a diagnostic code\'s catalogue entry: rule, trigger, why, example, fix')
        .argument('[code]', 'a code such as budget/capitation-mismatch')
        .option('--list', 'list every code')
        .action((code: string | undefined, options: { list?: boolean }) => {
            if (options.list || !code) {
                output.out(listCodes());
                return;
            }
            output.out(explain(code));
        });

    return program;
}

/**
 * The only place that decides exit codes: 0 clean, 1 contract errors, 2 usage or I/O, 3 internal.
 * Resolves once the command's output is written (to the process's standard output and error unless
 * given somewhere else), so the caller may exit at once.
 */
export async function main(argv: string[], output: Output = STANDARD_OUTPUT): Promise<number> {
    let exitCode: number;
    try {
        process.exitCode = 0;
        await buildProgram(output).parseAsync(argv, { from: 'user' });
        exitCode = Number(process.exitCode ?? 0);
    } catch (error) {
        exitCode = failureExitCode(error, output.err);
    }
    await flushOutput();
    return exitCode;
}

/** What a command threw, as an exit code (2 usage or I/O, 1 refused input, 3 a bug), its message written for people. */
export function failureExitCode(error: unknown, writeErr: (text: string) => void): number {
    if (error instanceof CommanderError) {
        // Commander has printed the message; help and version are not errors.
        return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
        writeErr(`carec: ${error.message}\n`);
        return error.exitCode;
    }
    writeErr(`carec: internal error: ${(error as Error)?.message ?? String(error)}\n`
        + 'carec: this is a bug in carec; please report it with the input that caused it'
        + (process.env.CAREC_DEBUG ? `\n${(error as Error)?.stack}` : ' (set CAREC_DEBUG=1 for details)') + '\n');
    return 3;
}
