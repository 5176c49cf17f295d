import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { URI } from 'langium';
import Ajv2020Module from 'ajv/dist/2020.js';
import { failureExitCode, main } from '../../src/cli/main.js';
import type { Output } from '../../src/cli/output.js';
import { runBuild } from '../../src/cli/build.js';
import { createWorkspace } from '../../src/cli/check.js';
import type { Workspace } from '../../src/cli/load.js';
import { formatEdits } from '../../src/language/lsp/care-formatter.js';
import { settle, SettlementError } from '../../src/settlement/index.js';
import type { ContractJson } from '../../src/generator/contract-json.js';
import { ROOT, services } from '../helpers.js';

/** What the real CLI would have done: exit code, both streams, and how long it took. */
export interface CliRun {
    status: number;
    stdout: string;
    stderr: string;
    ms: number;
}

let running = false;

/** Runs `body` with stdout, stderr and the console captured, as the real process would print them. */
async function captured(body: (output: Output) => Promise<{ status: number; stdout?: string; stderr?: string }>): Promise<CliRun> {
    if (running) {
        throw new Error('captured CLI runs are not re-entrant');
    }
    running = true;
    const out: string[] = [];
    const err: string[] = [];
    const { write: writeOut } = process.stdout;
    const { write: writeErr } = process.stderr;
    const exitCode = process.exitCode;
    const { error: consoleError, warn: consoleWarn, log: consoleLog } = console;
    console.error = console.warn = (...parts: unknown[]) => { err.push(parts.map(p => p instanceof Error ? p.stack : String(p)).join(' ') + '\n'); };
    console.log = (...parts: unknown[]) => { out.push(parts.map(String).join(' ') + '\n'); };
    process.stdout.write = ((chunk: string | Uint8Array) => { out.push(String(chunk)); return true; }) as typeof process.stdout.write;
    process.stderr.write = ((chunk: string | Uint8Array) => { err.push(String(chunk)); return true; }) as typeof process.stderr.write;
    const started = performance.now();
    try {
        const result = await body({ out: text => out.push(text), err: text => err.push(text) });
        return { status: result.status, stdout: out.join('') + (result.stdout ?? ''), stderr: err.join('') + (result.stderr ?? ''), ms: performance.now() - started };
    } finally {
        process.stdout.write = writeOut;
        process.stderr.write = writeErr;
        Object.assign(console, { error: consoleError, warn: consoleWarn, log: consoleLog });
        process.exitCode = exitCode;
        running = false;
    }
}

/**
 * Runs `carec <args>` in this process through the CLI's own `main` (argument parsing, a fresh
 * workspace, checking, exit-code mapping), capturing what it writes: exactly the code the real
 * process runs after Node's start-up.
 */
export function carecInProcess(args: string[]): Promise<CliRun> {
    return captured(async output => ({ status: await main(args, output) }));
}

/**
 * `carec build --format json [--force] <path>` through the command's own function (`runBuild`) and
 * main's exit-code mapping, on one workspace reused from build to build (and emptied after each):
 * building Langium's parser for a fresh workspace is three quarters of a one-file build.
 */
export class ReusedWorkspaceBuild {
    private readonly workspace: Workspace = createWorkspace();

    run(path: string, force: boolean): Promise<CliRun> {
        return captured(async output => {
            try {
                const outcome = await runBuild(path, { format: 'json', info: true, force }, this.workspace);
                return { status: outcome.exitCode, stdout: outcome.stdout, stderr: outcome.stderr };
            } catch (error) {
                return { status: failureExitCode(error, output.err) };
            } finally {
                await this.empty();
            }
        });
    }

    /** Removes every document, as the language server does when files are deleted (caches and index included). */
    private async empty(): Promise<void> {
        const { LangiumDocuments, DocumentBuilder } = this.workspace.shared.workspace;
        await DocumentBuilder.update([], LangiumDocuments.all.map(d => d.uri).toArray());
    }
}

const Ajv2020 = Ajv2020Module.default;
const ajv = new Ajv2020({ strict: false, allErrors: false });
const validators = new Map<string, ReturnType<typeof ajv.compile>>();

/** Ajv's first errors against a shipped schema, or [] when the value is valid. */
export function schemaProblems(name: 'contract' | 'actuals' | 'statement', value: unknown): string[] {
    let validate = validators.get(name);
    if (!validate) {
        validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', `care-${name}.schema.json`), 'utf8')) as object);
        validators.set(name, validate);
    }
    return validate(value) ? [] : (validate.errors ?? []).slice(0, 3).map(e => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** Lines as the language server counts them (\r\n, \r and \n all end a line). */
export function linesOf(text: string): string[] {
    return text.split(/\r\n|\r|\n/);
}

interface Range1 { start: { line: number; column: number }; end: { line: number; column: number } }

/** Langium turns an exception inside a check into a diagnostic with this message: a crash all the same. */
export const SWALLOWED_CRASH = /An error occurred/;

/** Problems with 1-based CLI ranges: each must lie inside the document and start no later than it ends. */
export function rangeProblems(text: string, ranges: readonly { code: string; range: Range1 }[]): string[] {
    const lines = linesOf(text);
    const inside = (p: { line: number; column: number }) =>
        Number.isInteger(p.line) && Number.isInteger(p.column) && p.line >= 1 && p.line <= lines.length
        && p.column >= 1 && p.column <= lines[p.line - 1]!.length + 1;
    const problems: string[] = [];
    for (const { code, range } of ranges) {
        const { start, end } = range;
        if (!inside(start) || !inside(end) || start.line > end.line || (start.line === end.line && start.column > end.column)) {
            problems.push(`${code}: range ${start.line}:${start.column}-${end.line}:${end.column} is outside the ${lines.length}-line document or reversed`);
        }
    }
    return problems;
}

/** Whatever a stack trace looks like in CLI output: never acceptable. */
export const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|\(native\))$|internal error/m;

/** A scratch copy of examples/ so that mutants beside their seed still resolve the seed's imports. */
export class Scratch {
    readonly dir = mkdtempSync(join(tmpdir(), 'carec-fuzz-'));
    private counter = 0;

    constructor() {
        cpSync(join(ROOT, 'examples'), this.dir, { recursive: true });
    }

    /** Writes a mutant beside the copy of its seed (examples/<seed>) and returns its absolute path. */
    write(seedName: string, bytes: Uint8Array): string {
        const path = join(this.dir, dirname(seedName), `mutant-${++this.counter}.care`);
        writeFileSync(path, bytes);
        return path;
    }

    remove(path: string): void {
        rmSync(path, { force: true });
    }

    /** Actuals files beside the seed (`<stem>.actuals-*.json`), parsed. */
    actualsFor(seedName: string): unknown[] {
        const stem = seedName.replace(/\.care$/, '');
        const folder = join(ROOT, 'examples', dirname(stem));
        const base = relative(dirname(stem), stem);
        return readdirSync(folder)
            .filter(name => name.startsWith(`${base}.actuals`) && name.endsWith('.json'))
            .map(name => JSON.parse(readFileSync(join(folder, name), 'utf8')) as unknown);
    }

    dispose(): void {
        rmSync(this.dir, { recursive: true, force: true });
    }
}

/** Per-mutant time bound in process (the machine runs other test files at the same time). */
export const IN_PROCESS_BOUND_MS = 15_000;

export interface MutantVerdict {
    problems: string[];
    status: number;
    parsed: boolean;
    built: boolean;
}

/**
 * The properties every mutant must have, through the CLI's `main`: `carec build --format json`
 * exits 0 or 1 within the bound, with no stack trace; every diagnostic range lies inside the
 * document; a build either refuses (nothing on stdout) or emits JSON valid against the contract
 * schema; a built contract settles against the seed's actuals or refuses with settlement
 * diagnostics; and the formatter changes nothing but whitespace.
 */
export async function checkMutant(scratch: Scratch, seedName: string, bytes: Uint8Array, options: { force: boolean; builder?: ReusedWorkspaceBuild }): Promise<MutantVerdict> {
    const path = scratch.write(seedName, bytes);
    const text = Buffer.from(bytes).toString('utf8');
    const problems: string[] = [];
    let run: CliRun;
    try {
        run = options.builder
            ? await options.builder.run(path, options.force)
            : await carecInProcess(['build', '--format', 'json', ...(options.force ? ['--force'] : []), path]);
    } finally {
        scratch.remove(path);
    }
    if (run.status !== 0 && run.status !== 1) {
        problems.push(`exit ${run.status}: ${run.stderr.slice(0, 600)}`);
    }
    if (STACK_TRACE.test(run.stderr) || STACK_TRACE.test(run.stdout)) {
        problems.push(`stack trace or internal error: ${run.stderr.slice(0, 600)}`);
    }
    if (run.ms > IN_PROCESS_BOUND_MS) {
        problems.push(`took ${Math.round(run.ms)} ms`);
    }
    problems.push(...reportProblems(text, run.stderr));
    let built = false;
    if (run.stdout !== '') {
        const json = parseJson(run.stdout);
        if (json === undefined) {
            problems.push('stdout is not JSON');
        } else {
            built = true;
            problems.push(...schemaProblems('contract', json).map(p => `contract JSON: ${p}`));
            if ((json as ContractJson).unchecked !== true && run.status !== 0) {
                problems.push(`checked JSON emitted with exit ${run.status}`);
            }
            if ((json as ContractJson).unchecked !== true) {
                problems.push(...settlementProblems(json as ContractJson, scratch.actualsFor(seedName)));
            }
        }
    } else if (run.status === 0) {
        problems.push('exit 0 without JSON');
    }
    const formatted = formatterProblems(text);
    problems.push(...formatted.problems);
    return { problems, status: run.status, parsed: formatted.parsed, built };
}

function parseJson(text: string): unknown {
    try {
        return JSON.parse(text) as unknown;
    } catch {
        return undefined;
    }
}

/** The JSON diagnostics report `build --format json` writes to stderr, before any `carec:` note lines. */
function reportProblems(text: string, stderr: string): string[] {
    if (!stderr.startsWith('{')) {
        return stderr.startsWith('carec: ') ? [] : [`unexpected stderr: ${stderr.slice(0, 300)}`];
    }
    const end = stderr.lastIndexOf('\n}\n');
    const report = parseJson(stderr.slice(0, end + 3)) as { files: { diagnostics: { code: string; message: string; range: Range1 }[] }[] } | undefined;
    if (!report) {
        return ['diagnostics report is not JSON'];
    }
    const diagnostics = report.files.flatMap(f => f.diagnostics);
    return [
        ...rangeProblems(text, diagnostics),
        ...diagnostics.filter(d => SWALLOWED_CRASH.test(d.message)).map(d => `crash inside a check: ${d.message.slice(0, 300)}`)
    ];
}

/** Settles a compiled mutant against each actuals file of its seed: a statement valid against its schema, or SettlementError. */
export function settlementProblems(contract: ContractJson, actualsFiles: readonly unknown[]): string[] {
    const problems: string[] = [];
    for (const actuals of actualsFiles) {
        try {
            const statement = settle(contract, actuals as never);
            problems.push(...schemaProblems('statement', JSON.parse(JSON.stringify(statement))).map(p => `statement: ${p}`));
        } catch (error) {
            if (!(error instanceof SettlementError)) {
                problems.push(`settle threw ${(error as Error)?.stack?.split('\n').slice(0, 4).join(' | ') ?? String(error)}`);
            }
        }
    }
    return problems;
}

let formatCounter = 0;

/**
 * The formatter on a text: none of its edits may change a token or comment. Only texts that parse
 * get edits (the formatter leaves broken documents alone), so only those are compared; edits on a
 * broken document are a problem.
 */
export function formatterProblems(text: string): { parsed: boolean; problems: string[] } {
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const document = factory.fromString(text, URI.parse(`file:///fuzz/format-${++formatCounter}.care`));
    const { lexerErrors, parserErrors } = document.parseResult;
    const parsed = lexerErrors.length === 0 && parserErrors.length === 0;
    let edits;
    try {
        edits = formatEdits(document);
    } catch (error) {
        return { parsed, problems: [`formatter threw ${(error as Error)?.stack?.split('\n').slice(0, 4).join(' | ')}`] };
    }
    if (!parsed) {
        return { parsed, problems: edits.length > 0 ? ['formatter edited a document with syntax errors'] : [] };
    }
    const formatted = applyEdits(document.textDocument, edits);
    if (formatted === undefined) {
        return { parsed, problems: ['formatter edits overlap'] };
    }
    const problems: string[] = [];
    for (const edit of edits) {
        if (edit.newText.trim() !== '' || document.textDocument.getText(edit.range).trim() !== '') {
            problems.push(`formatter edit touches more than whitespace: ${JSON.stringify(edit)}`);
        }
    }
    const before = significantTokens(text);
    const after = significantTokens(formatted);
    if (before.join('\u0000') !== after.join('\u0000')) {
        const at = before.findIndex((t, i) => t !== after[i]);
        problems.push(`formatter changed the tokens at #${at}: ${JSON.stringify(before.slice(at, at + 3))} → ${JSON.stringify(after.slice(at, at + 3))}`);
    }
    return { parsed, problems };
}

/** Every token and comment the real lexer sees, in order (whitespace left out). */
export function significantTokens(text: string): string[] {
    const lexed = services.Care.parser.Lexer.tokenize(text);
    return [...lexed.tokens, ...(lexed.hidden ?? [])]
        .filter(t => t.image.trim() !== '')
        .sort((a, b) => a.startOffset - b.startOffset)
        .map(t => `${t.tokenType.name}:${t.image}`);
}

type TextDocumentLike = { getText(): string; offsetAt(p: { line: number; character: number }): number };

/** Applies LSP edits; undefined when two edits overlap. */
export function applyEdits(document: TextDocumentLike, edits: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string | undefined {
    const spans = edits
        .map(e => ({ from: document.offsetAt(e.range.start), to: document.offsetAt(e.range.end), text: e.newText }))
        .sort((a, b) => a.from - b.from);
    let text = document.getText();
    for (let i = 1; i < spans.length; i++) {
        if (spans[i]!.from < spans[i - 1]!.to) {
            return undefined;
        }
    }
    for (const span of [...spans].reverse()) {
        text = text.slice(0, span.from) + span.text + text.slice(span.to);
    }
    return text;
}
