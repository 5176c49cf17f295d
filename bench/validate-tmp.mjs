import '../out/polyfills.js';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createCareServices } from '../out/language/care-module.js';
const { shared, Care } = createCareServices(NodeFileSystem);
const docs = [await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(process.argv[2])), await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file('/tmp/bgen/shared-metrics.care'))];
await shared.workspace.DocumentBuilder.build(docs, { validation: true });
const doc = docs[0];
const v = Care.validation.DocumentValidator;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const times = [];
for (let i = 0; i < Number(process.argv[3] ?? 60); i++) {
  Care.model.ContractModels.cache.clear();

  const a = cpu(), w = performance.now();
  await v.validateDocument(doc, { categories: ['built-in', 'fast'] });
  times.push([cpu() - a, performance.now() - w]);
}
times.sort((a, b) => a[0] - b[0]);
console.log('validateDocument cpu/wall median', times[times.length >> 1]);
