// `npm run bench`: carec against the alternatives, in one run, side by side (docs/performance.md).
//
//   node bench/run.mjs [--quick] [--no-save] [--only a,b,…]
//
// Generates valid contracts of 1k, 10k and 50k lines (bench/contract-generator.mjs), then measures in
// fresh processes (bench/worker.mjs), each figure the median of several runs after warm-up runs:
// (a) parse; (b) parse + link + validate as the language server does; (c) one-character edits in the
// 10k-line contract (typing in a title; a line break; a space that splits a token); (d) the JSON
// generator; (e) JSON.parse of the emitted JSON; (f) vscode-json-languageservice validating that JSON
// against schemas/care-contract.schema.json; (g) CLI cold start against `node -e 0`; (h) retained heap
// per line at 50k lines; (i) `carec check` over 200 contracts. Prints the table, writes
// bench/results/latest.json, compares with bench/baseline.json, then makes this run the new baseline
// (unless --no-save, --quick or --only). --only takes size, edit, cold, memory, ci.
import { spawn, spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateContract, generateLibrary } from './contract-generator.mjs';
import { median, summary } from './stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const save = !args.includes('--no-save') && !quick;
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : undefined;
const wanted = key => !only || only.has(key);

const SIZES = quick ? [1000, 10000] : [1000, 10000, 50000];
const RUNS = quick ? { 1000: 5, 10000: 3, 50000: 1 } : { 1000: 21, 10000: 11, 50000: 5 };
const WARMUP = { 1000: 30, 10000: 5, 50000: 1 };
const EDIT_RUNS = quick ? 7 : 21;
// A cold start moves by a few milliseconds with whatever else the machine does: enough pairs for a steady median.
const COLD_RUNS = quick ? 5 : 41;
const CI_RUNS = quick ? 1 : 3;
const CI_CONTRACTS = 200;

if (!existsSync(join(root, 'out', 'cli', 'main.js'))) {
    console.error('bench: out/ is missing; run `npm run build` first');
    process.exit(2);
}

function worker(task, options) {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['--expose-gc', join(root, 'bench', 'worker.mjs'), task, JSON.stringify(options)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', chunk => { out += chunk; });
        child.on('error', reject);
        child.on('close', code => {
            if (code !== 0) {
                reject(new Error(`bench worker ${task} exited with ${code}`));
                return;
            }
            resolve(JSON.parse(out.trim().split('\n').at(-1)));
        });
    });
}

const cpuFile = () => join(work, `cpu-${process.pid}.txt`);

/** Wall time of a process and the CPU time it used (bench/cpu-usage.cjs), in ms. */
function timeProcess(argv, cwd) {
    rmSync(cpuFile(), { force: true });
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--require', join(root, 'bench', 'cpu-usage.cjs'), ...argv], {
        cwd, encoding: 'utf8', env: { ...process.env, CAREC_BENCH_CPU_FILE: cpuFile() }
    });
    const elapsed = performance.now() - start;
    if (result.status !== 0) {
        throw new Error(`${argv.join(' ')} exited with ${result.status}:\n${result.stdout}${result.stderr}`);
    }
    return { elapsed, cpu: Number(readFileSync(cpuFile(), 'utf8')), stdout: result.stdout };
}

const log = text => process.stderr.write(text + '\n');

// ---------------------------------------------------------------- inputs
const work = mkdtempSync(join(tmpdir(), 'carec-bench-'));
writeFileSync(join(work, 'shared-metrics.care'), generateLibrary());
const files = {};
for (const lines of SIZES) {
    files[lines] = join(work, `contract-${lines}.care`);
    writeFileSync(files[lines], generateContract({ lines, seed: lines }));
}
const ciDir = join(work, 'ci');
mkdirSync(ciDir);
writeFileSync(join(ciDir, 'shared-metrics.care'), generateLibrary());
let ciLines = 0;
for (let i = 1; i <= CI_CONTRACTS; i++) {
    // A realistic mix: mostly a few hundred lines, some much larger.
    const lines = 150 + ((i * 2654435761) % 1000) + (i % 20 === 0 ? 2000 : 0);
    const text = generateContract({ lines, seed: 100 + i, importLibrary: i % 3 !== 0 });
    ciLines += text.split('\n').length;
    writeFileSync(join(ciDir, `contract-${String(i).padStart(3, '0')}.care`), text);
}

const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    loadAverageAtStart: loadavg()[0],
    runs: { sizes: RUNS, edit: EDIT_RUNS, coldStart: COLD_RUNS, ci: CI_RUNS },
    sizes: {},
    edit: undefined,
    coldStart: undefined,
    memory: undefined,
    ci: undefined
};

try {
    // ------------------------------------------------------------ (a) (b) (d) (e) (f) per size
    if (wanted('size')) {
        for (const lines of SIZES) {
            log(`bench: ${lines}-line contract: parse, build, generate, JSON.parse, vscode-json-languageservice (${RUNS[lines]} runs each)…`);
            const r = await worker('size', { file: files[lines], dir: work, runs: RUNS[lines], warmup: WARMUP[lines] });
            if (r.errors > 0) {
                throw new Error(`the generated ${lines}-line contract has ${r.errors} errors: ${r.firstErrors.join('; ')}`);
            }
            if (r.jsonProblems > 0 || !r.schemaApplied) {
                throw new Error(`vscode-json-languageservice: ${r.jsonProblems} problems in the emitted JSON, schema applied: ${r.schemaApplied}`);
            }
            results.sizes[lines] = r;
        }
    }

    // ------------------------------------------------------------ (c) one-character edit at 10k lines
    if (wanted('edit')) {
        results.edit = {};
        for (const kind of ['in-token', 'line-break', 'split-token']) {
            log(`bench: one-character edit (${kind}) in the 10k-line contract (${EDIT_RUNS} runs)…`);
            results.edit[kind] = await worker('edit', { file: files[10000], dir: work, runs: EDIT_RUNS, warmup: 4, kind });
        }
    }

    // ------------------------------------------------------------ (g) cold start, interleaved with `node -e 0`
    if (wanted('cold')) {
        log(`bench: CLI cold start, carec check on the example vs node -e 0 (${COLD_RUNS} runs each, interleaved)…`);
        const carec = [];
        const node = [];
        const example = join(root, 'examples', 'diabetes-pathway.care');
        // The first run writes V8's code cache for the bundle; a user's first run after installing does too.
        timeProcess([join(root, 'bin', 'carec.js'), 'check', example], root);
        for (let i = 0; i < COLD_RUNS; i++) {
            node.push(timeProcess(['-e', '0'], root));
            carec.push(timeProcess([join(root, 'bin', 'carec.js'), 'check', example], root));
        }
        const wall = list => list.map(r => r.elapsed);
        const cpu = list => list.map(r => r.cpu);
        results.coldStart = {
            bundled: isBundleFresh(),
            carec: summary(wall(carec), cpu(carec), 2),
            node: summary(wall(node), cpu(node), 2),
            ratio: median(wall(carec)) / median(wall(node)),
            cpuRatio: median(cpu(carec)) / median(cpu(node))
        };
    }

    // ------------------------------------------------------------ (h) memory at 50k lines
    if (wanted('memory')) {
        const lines = SIZES.at(-1);
        log(`bench: retained heap at ${lines} lines…`);
        results.memory = await worker('memory', { file: files[lines], dir: work, small: files[1000] });
    }

    // ------------------------------------------------------------ (i) carec check over 200 contracts
    if (wanted('ci')) {
        log(`bench: carec check over ${CI_CONTRACTS} contracts, ${ciLines} lines (${CI_RUNS} runs)…`);
        const samples = [];
        const cpuSamples = [];
        let last;
        for (let i = 0; i < CI_RUNS; i++) {
            last = timeProcess([join(root, 'bin', 'carec.js'), 'check', '--no-info', 'ci/*.care'], work);
            samples.push(last.elapsed);
            cpuSamples.push(last.cpu);
        }
        const summaryLine = last.stdout.trim().split('\n').at(-1);
        if (!/ 0 errors, 0 warnings/.test(summaryLine)) {
            throw new Error(`the CI corpus does not check clean: ${summaryLine}`);
        }
        results.ci = { contracts: CI_CONTRACTS, lines: ciLines, time: summary(samples, cpuSamples, 2), summary: summaryLine };
    }
} finally {
    rmSync(work, { recursive: true, force: true });
}

// ---------------------------------------------------------------- report
const ms = v => (v === undefined || Number.isNaN(v) ? '–' : v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`);
const both = s => (s ? `${ms(s.median)} (cpu ${ms(s.cpuMedian)})` : '–');
const ratio = v => (v === undefined || !Number.isFinite(v) ? '–' : `${v.toFixed(2)}×`);
const at = (lines, key) => results.sizes[lines]?.[key]?.median;
const cpuAt = (lines, key) => results.sizes[lines]?.[key]?.cpuMedian;

const table = [['Measure (median wall time; CPU time in brackets)', ...SIZES.map(l => `${l / 1000}k lines`)]];
const sizeRow = (label, key) => table.push([label, ...SIZES.map(l => both(results.sizes[l]?.[key]))]);
sizeRow('(a) parse', 'parse');
sizeRow('(b) parse + link + validate, as the language server', 'build');
sizeRow('(d) JSON generator (model → §7 JSON text)', 'generate');
sizeRow('(e) JSON.parse of the emitted JSON (the floor)', 'jsonParse');
sizeRow('(f) vscode-json-languageservice: parse + validate against the schema', 'jsonLs');
table.push(['    (b)/(f)', ...SIZES.map(l => ratio(at(l, 'build') / at(l, 'jsonLs')))]);
table.push(['    (b)/(e)', ...SIZES.map(l => ratio(at(l, 'build') / at(l, 'jsonParse')))]);
table.push(['    emitted JSON', ...SIZES.map(l => results.sizes[l] ? `${results.sizes[l].jsonLines} lines, ${(results.sizes[l].jsonBytes / 1e6).toFixed(1)} MB` : '–')]);
const phaseKeys = ['parse', 'index', 'scopes', 'link', 'indexReferences', 'validate'];
table.push(['    (b) by phase, CPU ms: parse/index/scopes/link/refs/validate', ...SIZES.map(l => results.sizes[l] ? phaseKeys.map(k => (results.sizes[l].phases[k] ?? 0).toFixed(1)).join(' / ') : '–')]);

const rows = [['Measure', 'Result']];
const editRow = (kind, label) => {
    const e = results.edit?.[kind];
    rows.push([label, e ? `${both(e.edit)}; CPU by phase ${phaseKeys.map(k => (e.phases[k] ?? 0).toFixed(1)).join(' / ')}` : '–']);
};
editRow('in-token', '(c) one-character edit, 10k lines: typing in a title');
editRow('line-break', '    a line break between two clauses');
editRow('split-token', '    a space splitting a number (full re-parse)');
rows.push([`(g) CLI cold start: carec check on the example${results.coldStart && !results.coldStart.bundled ? ' (NOT bundled)' : ''}`, both(results.coldStart?.carec)]);
rows.push(['    node -e 0', both(results.coldStart?.node)]);
rows.push(['    (g)/(node)', results.coldStart ? `${ratio(results.coldStart.ratio)} (cpu ${ratio(results.coldStart.cpuRatio)})` : '–']);
rows.push([`(h) retained heap at ${SIZES.at(-1) / 1000}k lines`, results.memory ? `${(results.memory.bytesPerLine / 1024).toFixed(2)} KB/line (${(results.memory.retainedBytes / 1e6).toFixed(0)} MB; peak RSS ${(results.memory.peakRssBytes / 1e6).toFixed(0)} MB)` : '–']);
rows.push([`(i) carec check, ${CI_CONTRACTS} contracts`, results.ci ? `${both(results.ci.time)}; ${results.ci.lines} lines, ${(results.ci.time.median / CI_CONTRACTS).toFixed(1)} ms per contract` : '–']);

function print(tableRows) {
    const widths = tableRows[0].map((_, c) => Math.max(...tableRows.map(r => String(r[c] ?? '').length)));
    for (const r of tableRows) {
        console.log(r.map((cell, c) => String(cell ?? '').padEnd(widths[c])).join('  ').trimEnd());
    }
}

console.log(`\ncarec benchmark — ${results.date}, Node ${results.node}, ${results.cores} × ${results.cpu}, load average ${results.loadAverageAtStart.toFixed(1)} at start`);
console.log(`Medians of ${RUNS[1000]}/${RUNS[10000]}/${RUNS[50000] ?? '-'} runs by size (after ${WARMUP[1000]}/${WARMUP[10000]}/${WARMUP[50000] ?? '-'} warm-up runs), ${EDIT_RUNS} edits, ${COLD_RUNS} cold starts, ${CI_RUNS} CI runs.`);
console.log('Wall times are what a user waits; on a busy machine the CPU time of the measured process is the steadier figure.\n');
print(table);
console.log('');
print(rows);

// ---------------------------------------------------------------- targets (issue 6)
const targets = [
    ['(b)/(f) at 10k lines ≤ 1.0', at(10000, 'build') / at(10000, 'jsonLs'), 1.0],
    ['(b) at 1k lines ≤ 15 ms', at(1000, 'build'), 15],
    ['(c) one-character edit at 10k lines ≤ 80 ms', results.edit?.['in-token']?.edit.median, 80],
    ['(g)/(node) ≤ 2.0', results.coldStart?.ratio, 2.0],
    ['(h) retained heap ≤ 1.5 KB/line', results.memory ? results.memory.bytesPerLine / 1024 : undefined, 1.5]
];
const shown = v => (v === undefined || Number.isNaN(v) ? '–' : v.toFixed(2));
console.log('\nTargets (wall-time medians)');
print(targets.map(([label, value, limit]) => [label, shown(value), value === undefined || Number.isNaN(value) ? '' : value <= limit ? 'met' : 'NOT MET']));

// ---------------------------------------------------------------- comparison with the baseline
const compact = {
    date: results.date,
    node: results.node,
    cores: results.cores,
    loadAverageAtStart: Number(results.loadAverageAtStart.toFixed(2)),
    ms: {},
    cpuMs: {},
    ratios: {},
    memoryKbPerLine: results.memory ? Number((results.memory.bytesPerLine / 1024).toFixed(3)) : undefined
};
const record = (key, stat) => {
    if (stat) {
        compact.ms[key] = Number(stat.median.toFixed(2));
        if (stat.cpuMedian !== undefined) {
            compact.cpuMs[key] = Number(stat.cpuMedian.toFixed(2));
        }
    }
};
for (const l of SIZES) {
    for (const key of ['parse', 'build', 'generate', 'jsonParse', 'jsonLs']) {
        record(`${key}@${l}`, results.sizes[l]?.[key]);
    }
    if (at(l, 'build') !== undefined) {
        compact.ratios[`build/jsonLs@${l}`] = Number((at(l, 'build') / at(l, 'jsonLs')).toFixed(3));
        compact.ratios[`build/jsonParse@${l}`] = Number((at(l, 'build') / at(l, 'jsonParse')).toFixed(3));
    }
}
for (const [kind, e] of Object.entries(results.edit ?? {})) {
    record(kind === 'in-token' ? 'edit@10000' : `edit-${kind}@10000`, e.edit);
}
if (results.coldStart) {
    record('coldStart', results.coldStart.carec);
    record('nodeStart', results.coldStart.node);
    compact.ratios['coldStart/node'] = Number(results.coldStart.ratio.toFixed(3));
}
if (results.ci) {
    record(`ci@${CI_CONTRACTS}`, results.ci.time);
}

const baselinePath = join(root, 'bench', 'baseline.json');
if (existsSync(baselinePath)) {
    const baseline = JSON.parse(readFileSync(baselinePath, 'utf8'));
    console.log(`\nCompared with bench/baseline.json (${baseline.date}, load ${baseline.loadAverageAtStart}), wall-time medians:`);
    const comparison = [['Figure', 'baseline', 'now', 'change']];
    const compare = (group, unit) => {
        for (const [key, now] of Object.entries(compact[group])) {
            const before = baseline[group]?.[key];
            if (before === undefined) {
                continue;
            }
            const change = before === 0 ? 0 : ((now - before) / before) * 100;
            comparison.push([key, `${before}${unit}`, `${now}${unit}`, `${change >= 0 ? '+' : ''}${change.toFixed(0)}%`]);
        }
    };
    compare('ms', ' ms');
    compare('ratios', '×');
    if (baseline.memoryKbPerLine !== undefined && compact.memoryKbPerLine !== undefined) {
        const change = ((compact.memoryKbPerLine - baseline.memoryKbPerLine) / baseline.memoryKbPerLine) * 100;
        comparison.push(['memory KB/line', String(baseline.memoryKbPerLine), String(compact.memoryKbPerLine), `${change >= 0 ? '+' : ''}${change.toFixed(0)}%`]);
    }
    print(comparison);
}

mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'latest.json'), JSON.stringify({
    ...results, table, rows, targets: targets.map(([label, value, limit]) => ({ label, value, limit, met: value <= limit }))
}, null, 2) + '\n');
console.log('\nwrote bench/results/latest.json');
if (save && !only) {
    writeFileSync(baselinePath, JSON.stringify(compact, null, 2) + '\n');
    console.log('wrote bench/baseline.json: commit it to make this run the baseline the next one is compared with');
}

/** Whether bin/carec.js will load the bundle (out/carec.cjs at least as new as the last compile). */
function isBundleFresh() {
    try {
        const bundle = statSync(join(root, 'out', 'carec.cjs')).mtimeMs;
        const compiled = statSync(join(root, 'tsconfig.tsbuildinfo'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
        return bundle >= compiled;
    } catch {
        return false;
    }
}
