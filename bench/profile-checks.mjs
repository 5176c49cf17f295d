// Times the semantic model and each validation rule on one contract: node bench/profile-checks.mjs <file.care> [runs]
import '../out/polyfills.js';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createCareServices } from '../out/language/care-module.js';
import { buildContractModel } from '../out/model/contract-model.js';
import { CONTRACT_CHECKS } from '../out/language/validation/contract-checks.js';
import { LIBRARY_CHECKS } from '../out/language/validation/library.js';
import { countsMustBeWhole, literalsMustBeWellFormed } from '../out/language/validation/syntax.js';

const [file, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 5);
const { shared, Care } = createCareServices(NodeFileSystem);
const library = join(dirname(file), 'shared-metrics.care');
const documents = [await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(file))];
try { documents.push(await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(library))); } catch { /* no library */ }
await shared.workspace.DocumentBuilder.build(documents, { validation: true });
const document = documents[0];
const contract = document.parseResult.value.contract;
const times = new Map();
const time = (name, fn) => {
    // CPU time, not wall time: other processes on a busy machine do not count.
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.set(name, [...(times.get(name) ?? []), (used.user + used.system) / 1000]);
};
for (let i = 0; i < runs; i++) {
    let model;
    time('model', () => { model = buildContractModel(contract); });
    const report = () => undefined;
    for (const check of CONTRACT_CHECKS) {
        time(check.name, () => check({ model, report }));
    }
    time('literalsMustBeWellFormed', () => literalsMustBeWellFormed(document.parseResult.value, report));
    time('countsMustBeWhole', () => countsMustBeWhole(document.parseResult.value, report));
    for (const check of LIBRARY_CHECKS) {
        time(check.name, () => check(document.parseResult.value, report, Care));
    }
}
const median = v => [...v].sort((a, b) => a - b)[v.length >> 1];
const rows = [...times].map(([name, v]) => [name, median(v)]).sort((a, b) => b[1] - a[1]);
const total = rows.reduce((s, r) => s + r[1], 0);
console.log(`total ${total.toFixed(1)} ms CPU (medians of ${runs} runs)`);
for (const [name, ms] of rows.slice(0, 30)) {
    console.log(`${ms.toFixed(2).padStart(8)} ms  ${name}`);
}
