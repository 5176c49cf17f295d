// One benchmark measurement in a fresh process, so that heaps, JIT state and caches of one measurement
// never leak into another. Run by bench/run.mjs as
//   node --expose-gc bench/worker.mjs <task> <json options>
// and prints one JSON object on its last line of standard output.
import '../out/polyfills.js';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { URI, DocumentState } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createCareServices } from '../out/language/care-module.js';
import { toContractJson } from '../out/generator/contract-generator.js';
import { serialiseContractJson } from '../out/generator/write-json.js';
import { median, summary } from './stats.mjs';

const [task, optionsText] = process.argv.slice(2);
const options = JSON.parse(optionsText ?? '{}');

const gc = globalThis.gc ?? (() => undefined);

/** A short pause, as between two requests in an editor: the event loop runs what V8 scheduled meanwhile. */
const idle = () => new Promise(resolve => setTimeout(resolve, IDLE_MS));
const IDLE_MS = 5;

/**
 * Runs `fn` to warm the JIT up (as a long-running language server is), then `runs` times, each after a
 * short idle pause; wall and CPU times in ms. No forced GC between runs: it would also empty the caches
 * a long-running process keeps (vscode-json-languageservice's compiled schema among them) and reset
 * V8's heap sizing.
 */
async function measure(runs, fn, warmup = options.warmup ?? 1) {
    for (let i = 0; i < warmup; i++) {
        await fn();
        await idle();
    }
    const samples = [];
    const cpuSamples = [];
    for (let i = 0; i < runs; i++) {
        if (options.gcBetweenRuns) {
            gc();
            gc();
        }
        await idle();
        const cpu = process.cpuUsage();
        const start = performance.now();
        await fn();
        samples.push(performance.now() - start);
        const used = process.cpuUsage(cpu);
        cpuSamples.push((used.user + used.system) / 1000);
    }
    return summary(samples, cpuSamples, 3);
}

/** Care services over the real file system with the shared library already loaded and built. */
async function workspace(dir) {
    const { shared, Care } = createCareServices(NodeFileSystem);
    const library = await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(join(dir, 'shared-metrics.care')));
    await shared.workspace.DocumentBuilder.build([library], { validation: true });
    return { shared, Care };
}

let counter = 0;

/** Opens `text` as a new document and brings it to Validated as the language server does. */
async function openAndBuild({ shared }, dir, text, phases) {
    const uri = URI.file(join(dir, `bench-${process.pid}-${counter++}.care`));
    // Phases are timed in CPU time, so that other processes on a busy machine do not count.
    const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    let last = cpuNow();
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    const builder = shared.workspace.DocumentBuilder;
    const disposables = [];
    if (phases) {
        const now = cpuNow();
        phases.parse = now - last;
        last = now;
        for (const [state, name] of [[DocumentState.IndexedContent, 'index'], [DocumentState.ComputedScopes, 'scopes'], [DocumentState.Linked, 'link'],
            [DocumentState.IndexedReferences, 'indexReferences'], [DocumentState.Validated, 'validate']]) {
            disposables.push(builder.onDocumentPhase(state, doc => {
                if (doc === document) {
                    const at = cpuNow();
                    phases[name] = at - last;
                    last = at;
                }
            }));
        }
    }
    await builder.build([document], builder.updateBuildOptions);
    disposables.forEach(d => d.dispose());
    return document;
}

async function closeDocument({ shared }, document) {
    shared.workspace.LangiumDocuments.deleteDocument(document.uri);
    shared.workspace.IndexManager.remove(document.uri);
}

function errorsOf(document) {
    return (document.diagnostics ?? []).filter(d => d.severity === 1);
}

function generatedJson(Care, document) {
    const model = Care.model.ContractModels.modelOf(document.parseResult.value.contract);
    const json = toContractJson(model, {
        file: 'contract.care',
        sha256: createHash('sha256').update(document.textDocument.getText()).digest('hex'),
        sourceMap: false,
        diagnostics: [],
        unchecked: false,
        generatorVersion: '0.0.0'
    });
    return serialiseContractJson(json);
}

/** (a) parse, (b) parse + link + validate, (d) generator, (e) JSON.parse, (f) vscode-json-languageservice. */
async function sizeTask() {
    const { file, dir, runs } = options;
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n').length;
    const ws = await workspace(dir);
    const parser = ws.Care.parser.LangiumParser;

    const parse = await measure(runs, () => { parser.parse(text); });

    // Phase split, over the same runs as (b).
    const phaseRuns = [];
    let lastDocument;
    const build = await measure(runs, async () => {
        if (lastDocument) {
            await closeDocument(ws, lastDocument);
        }
        const phases = {};
        lastDocument = await openAndBuild(ws, dir, text, phases);
        phaseRuns.push(phases);
    });
    const errors = errorsOf(lastDocument);

    const jsonText = generatedJson(ws.Care, lastDocument);
    const generate = await measure(runs, () => { generatedJson(ws.Care, lastDocument); });
    const jsonParse = await measure(runs, () => { JSON.parse(jsonText); });

    const { getLanguageService } = await import('vscode-json-languageservice');
    const schema = JSON.parse(readFileSync(new URL('../schemas/care-contract.schema.json', import.meta.url), 'utf8'));
    const service = getLanguageService({});
    service.configure({ validate: true, allowComments: false, schemas: [{ uri: 'urn:carec:schema:contract:1.0', fileMatch: ['*.json'], schema }] });
    let version = 0;
    let jsonProblems = [];
    const jsonLs = await measure(runs, async () => {
        const doc = TextDocument.create('file:///bench/contract.json', 'json', ++version, jsonText);
        const parsed = service.parseJSONDocument(doc);
        jsonProblems = await service.doValidation(doc, parsed, { schemaValidation: 'error' });
    });
    // The schema must really be applied: a wrong type in the same document is reported.
    const broken = jsonText.replace('"schemaVersion": "1.0.0"', '"schemaVersion": 1');
    const brokenDoc = TextDocument.create('file:///bench/broken.json', 'json', 1, broken);
    const brokenProblems = await service.doValidation(brokenDoc, service.parseJSONDocument(brokenDoc), { schemaValidation: 'error' });

    const phaseMedians = {};
    for (const key of Object.keys(phaseRuns[0] ?? {})) {
        phaseMedians[key] = median(phaseRuns.map(p => p[key] ?? 0));
    }
    return {
        lines,
        jsonLines: jsonText.split('\n').length,
        jsonBytes: Buffer.byteLength(jsonText),
        errors: errors.length,
        firstErrors: errors.slice(0, 3).map(d => `${d.range.start.line + 1}: ${d.message}`),
        parse, build, phases: phaseMedians, generate, jsonParse, jsonLs,
        jsonProblems: jsonProblems.length,
        schemaApplied: brokenProblems.length > 0
    };
}

/** (c) a one-character edit in an open document, as the language server rebuilds it. */
async function editTask() {
    const { file, dir, runs } = options;
    const text = readFileSync(file, 'utf8');
    const ws = await workspace(dir);
    const uri = URI.file(join(dir, 'edited.care'));
    const textDocuments = ws.shared.workspace.TextDocuments;
    let textDocument = TextDocument.create(uri.toString(), 'care', 1, text);
    textDocuments.set(textDocument);
    const builder = ws.shared.workspace.DocumentBuilder;
    await builder.update([uri], []);
    const document = ws.shared.workspace.LangiumDocuments.getDocument(uri);
    if (document.state !== DocumentState.Validated) {
        throw new Error('the opened document was not validated');
    }
    // One character typed in the middle of the file, then deleted, so that the file returns to valid:
    // 'in-token' types into an outcome's title (the common keystroke: inside a name, a title, a number);
    // 'line-break' breaks a line between two clauses, moving every later token down a line;
    // 'split-token' types a space inside a weight, splitting a token in two: the file is parsed again.
    const middle = text.indexOf('outcome M', text.length >> 1);
    const kind = options.kind ?? 'in-token';
    const lineBreak = kind === 'line-break';
    const offset = lineBreak ? text.indexOf('\n', text.indexOf('weight', middle))
        : kind === 'split-token' ? text.indexOf('weight', middle) + 'weight 1'.length
            : text.indexOf('"', middle) + 2;
    const at = textDocument.positionAt(offset);
    const typed = lineBreak ? '\n' : kind === 'split-token' ? ' ' : 'x';
    const expectErrors = kind === 'split-token';
    let inserted = false;
    const edit = async () => {
        const change = inserted
            ? { range: { start: at, end: lineBreak ? { line: at.line + 1, character: 0 } : { line: at.line, character: at.character + 1 } }, text: '' }
            : { range: { start: at, end: at }, text: typed };
        inserted = !inserted;
        textDocument = TextDocument.update(textDocument, [change], textDocument.version + 1);
        textDocuments.set(textDocument);
        await builder.update([uri], []);
        if (document.state !== DocumentState.Validated || (!expectErrors && errorsOf(document).length > 0)) {
            throw new Error('the edited document was not validated, or has errors');
        }
    };
    // Where an edit's time goes, in CPU time, phase by phase.
    const phaseRuns = [];
    const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    let phases;
    let last = 0;
    for (const [state, name] of [[DocumentState.Parsed, 'parse'], [DocumentState.IndexedContent, 'index'], [DocumentState.ComputedScopes, 'scopes'],
        [DocumentState.Linked, 'link'], [DocumentState.IndexedReferences, 'indexReferences'], [DocumentState.Validated, 'validate']]) {
        builder.onDocumentPhase(state, doc => {
            if (doc === document && phases) {
                const at = cpuNow();
                phases[name] = at - last;
                last = at;
            }
        });
    }
    const result = await measure(runs, async () => {
        phases = {};
        last = cpuNow();
        await edit();
        phaseRuns.push(phases);
    });
    const phaseMedians = {};
    for (const key of Object.keys(phaseRuns[0] ?? {})) {
        phaseMedians[key] = median(phaseRuns.slice(-runs).map(p => p[key] ?? 0));
    }
    return { lines: text.split('\n').length, edit: result, phases: phaseMedians, errors: errorsOf(document).length };
}

/** (h) retained heap per line once a contract is built (parsed, linked, validated, model cached). */
async function memoryTask() {
    const { file, dir } = options;
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n').length;
    const ws = await workspace(dir);
    // Warm every service up on a small contract first, so that only the document's own data is counted.
    const small = await openAndBuild(ws, dir, readFileSync(options.small, 'utf8'));
    await closeDocument(ws, small);
    gc(); gc();
    const before = process.memoryUsage().heapUsed;
    const document = await openAndBuild(ws, dir, text);
    gc(); gc();
    const after = process.memoryUsage().heapUsed;
    const retained = after - before;
    return {
        lines,
        errors: errorsOf(document).length,
        retainedBytes: retained,
        bytesPerLine: retained / lines,
        peakRssBytes: process.resourceUsage().maxRSS * 1024,
        // Keep the document reachable until after the measurement.
        state: document.state
    };
}

const tasks = { size: sizeTask, edit: editTask, memory: memoryTask };
const result = await tasks[task]();
process.stdout.write(JSON.stringify(result) + '\n');
