import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ROOT } from '../helpers.js';
import { FUZZ_PROCESS_MUTANTS, FUZZ_SEED } from './fuzz-config.js';
import { rangeProblems, schemaProblems, Scratch, STACK_TRACE, SWALLOWED_CRASH } from './harness.js';
import { describeMutant, exampleSeeds, mutantArbitrary, mutantBytes, type Mutant } from './mutate.js';

/**
 * A sample of mutants through the real process, `node bin/carec.js`, exactly as a user or a pipeline
 * runs it: every command and output format, -o into a folder watched for leftovers, settle against
 * the seed's actuals. Each must exit 0 or 1 within the bound, print no stack trace, write either a
 * whole valid file or none, and print machine-readable output that parses.
 */
const BOUND_MS = 60_000;
const CONCURRENCY = 2;

type Command = 'check-human' | 'check-json' | 'check-sarif' | 'check-github' | 'build' | 'build-o' | 'build-force-o' | 'settle';

interface Run { status: number | null; signal: string | null; stdout: string; stderr: string; ms: number }

function run(args: string[], cwd: string): Promise<Run> {
    return new Promise(resolve => {
        const started = performance.now();
        const child = spawn(process.execPath, [join(ROOT, 'bin', 'carec.js'), ...args], { cwd, timeout: BOUND_MS * 2 });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', chunk => out.push(chunk));
        child.stderr.on('data', chunk => err.push(chunk));
        child.on('close', (status, signal) => resolve({
            status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - started
        }));
    });
}

const scratch = new Scratch();
afterAll(() => scratch.dispose());

it(`${FUZZ_PROCESS_MUTANTS} mutants through the real carec process: exit 0 or 1, no stack trace, whole files or none`, async () => {
    const seeds = exampleSeeds();
    const commands: Command[] = ['check-human', 'check-json', 'check-sarif', 'check-github', 'build', 'build-o', 'build-force-o', 'settle'];
    const samples = fc.sample(fc.tuple(mutantArbitrary(seeds), fc.constantFrom(...commands)), { seed: FUZZ_SEED, numRuns: FUZZ_PROCESS_MUTANTS });
    const failures: string[] = [];
    const tally: Record<string, number> = {};

    async function one([mutant, command]: [Mutant, Command], index: number): Promise<void> {
        const bytes = mutantBytes(mutant, seeds);
        const path = scratch.write(mutant.seed, bytes);
        const outDir = mkdtempSync(join(tmpdir(), 'carec-fuzz-out-'));
        const actuals = readdirSync(join(ROOT, 'examples')).find(f => f.startsWith(basename(mutant.seed, '.care') + '.actuals'));
        const args = argsFor(command, path, outDir, actuals ? join(ROOT, 'examples', actuals) : undefined);
        const r = await run(args, dirname(path));
        const problems: string[] = [];
        if (r.status !== 0 && r.status !== 1) {
            problems.push(`exit ${r.status}${r.signal ? ` (${r.signal})` : ''}: ${r.stderr.slice(0, 400)}`);
        }
        if (STACK_TRACE.test(r.stderr) || STACK_TRACE.test(r.stdout) || SWALLOWED_CRASH.test(r.stdout + r.stderr)) {
            problems.push(`stack trace or crash: ${(r.stderr || r.stdout).slice(0, 400)}`);
        }
        if (r.ms > BOUND_MS) {
            problems.push(`took ${Math.round(r.ms)} ms`);
        }
        problems.push(...outputProblems(command, r, bytes.toString('utf8'), outDir));
        tally[`${command} exit ${r.status}`] = (tally[`${command} exit ${r.status}`] ?? 0) + 1;
        if (problems.length > 0) {
            failures.push(`#${index} ${describeMutant(mutant)} carec ${args.join(' ')}:\n  ${problems.join('\n  ')}`);
        }
        scratch.remove(path);
        rmSync(outDir, { recursive: true, force: true });
    }

    const queue = samples.map((sample, index) => [sample, index] as const);
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
            await one(next[0], next[1]);
        }
    }));
    console.log(`fuzz process sample: ${JSON.stringify(tally)}`);
    expect(failures).toEqual([]);
}, FUZZ_PROCESS_MUTANTS * 5_000 + 120_000);

function argsFor(command: Command, path: string, outDir: string, actuals: string | undefined): string[] {
    switch (command) {
        case 'check-human': return ['check', path];
        case 'check-json': return ['check', '--format', 'json', path];
        case 'check-sarif': return ['check', '--format', 'sarif', path];
        case 'check-github': return ['check', '--format', 'github', path];
        case 'build': return ['build', path];
        case 'build-o': return ['build', path, '-o', join(outDir, 'out.json')];
        case 'build-force-o': return ['build', '--force', '--source-map', path, '-o', join(outDir, 'out.json')];
        case 'settle': return actuals ? ['settle', path, '--actuals', actuals, '--format', 'json'] : ['build', '--format', 'sarif', path];
    }
}

function outputProblems(command: Command, r: Run, text: string, outDir: string): string[] {
    const problems: string[] = [];
    const json = (s: string, what: string): unknown => {
        try {
            return JSON.parse(s) as unknown;
        } catch {
            problems.push(`${what} is not JSON: ${s.slice(0, 200)}`);
            return undefined;
        }
    };
    const written = readdirSync(outDir);
    if (command === 'build-o' || command === 'build-force-o') {
        // Either nothing (refused) or exactly the output, whole and valid; never a temporary file.
        if (written.length > 1 || (written.length === 1 && written[0] !== 'out.json')) {
            problems.push(`left ${written.join(', ')}`);
        }
        if (written.includes('out.json')) {
            const value = json(readFileSync(join(outDir, 'out.json'), 'utf8'), 'out.json');
            problems.push(...schemaProblems('contract', value).map(p => `out.json: ${p}`));
        } else if (r.status === 0) {
            problems.push('exit 0 but no output file');
        }
    } else if (written.length > 0) {
        problems.push(`wrote ${written.join(', ')}`);
    }
    if (command === 'build' && r.stdout !== '') {
        problems.push(...schemaProblems('contract', json(r.stdout, 'stdout')).map(p => `stdout: ${p}`));
    }
    if (command === 'check-json') {
        const report = json(r.stdout, 'stdout') as { files: { diagnostics: { code: string; range: { start: { line: number; column: number }; end: { line: number; column: number } } }[] }[] } | undefined;
        if (report) {
            problems.push(...rangeProblems(text, report.files[0]!.diagnostics));
        }
    }
    if (command === 'check-sarif') {
        json(r.stdout, 'sarif');
    }
    if (command === 'settle' && r.status === 0) {
        problems.push(...schemaProblems('statement', json(r.stdout, 'statement')).map(p => `statement: ${p}`));
    }
    return problems;
}
