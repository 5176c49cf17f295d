import '../polyfills.js';
import { Command, CommanderError, Option } from 'commander';
import { runCheck, FORMATS } from './check.js';
import { CliError } from './errors.js';
import { explain, listCodes } from './explain.js';
import { CAREC_VERSION } from './version.js';

function buildProgram(): Command {
    const program = new Command('carec')
        .description('Check, compile and settle outcome-based health contracts (.care)')
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
        .action(async (files: string[], options: { format: string; maxWarnings?: string; info: boolean; policy?: string }) => {
            const outcome = await runCheck(files, options);
            process.stdout.write(outcome.output);
            outcome.notes.forEach(note => process.stderr.write(`carec: ${note}\n`));
            process.exitCode = outcome.exitCode;
        });

    program.command('explain')
        .description('print a diagnostic code\'s catalogue entry: rule, trigger, why, example, fix')
        .argument('[code]', 'a code such as budget/capitation-mismatch')
        .option('--list', 'list every code')
        .action((code: string | undefined, options: { list?: boolean }) => {
            if (options.list || !code) {
                process.stdout.write(listCodes());
                return;
            }
            process.stdout.write(explain(code));
        });

    return program;
}

/** The only place that decides exit codes: 0 clean, 1 contract errors, 2 usage or I/O, 3 internal. */
export async function main(argv: string[]): Promise<number> {
    try {
        process.exitCode = 0;
        await buildProgram().parseAsync(argv, { from: 'user' });
        return Number(process.exitCode ?? 0);
    } catch (error) {
        if (error instanceof CommanderError) {
            // Commander has printed the message; help and version are not errors.
            return error.exitCode === 0 ? 0 : 2;
        }
        if (error instanceof CliError) {
            process.stderr.write(`carec: ${error.message}\n`);
            return error.exitCode;
        }
        process.stderr.write(`carec: internal error: ${(error as Error)?.message ?? String(error)}\n`
            + 'carec: this is a bug in carec; please report it with the input that caused it'
            + (process.env.CAREC_DEBUG ? `\n${(error as Error)?.stack}` : ' (set CAREC_DEBUG=1 for details)') + '\n');
        return 3;
    }
}
