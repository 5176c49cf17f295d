import '../out/polyfills.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createCareServices } from '../out/language/care-module.js';
import { Session } from 'node:inspector/promises';
const text = readFileSync(process.argv[2], 'utf8'); const n = Number(process.argv[3] ?? 50);
const { shared } = createCareServices(NodeFileSystem);
const lib = await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file('/tmp/bgen/shared-metrics.care'));
await shared.workspace.DocumentBuilder.build([lib], { validation: true });
let prev;
async function once(i) {
  if (prev) { shared.workspace.LangiumDocuments.deleteDocument(prev.uri); shared.workspace.IndexManager.remove(prev.uri); }
  const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/tmp/bgen/p${i}.care`));
  shared.workspace.LangiumDocuments.addDocument(doc);
  await shared.workspace.DocumentBuilder.build([doc], shared.workspace.DocumentBuilder.updateBuildOptions);
  prev = doc;
}
for (let i = 0; i < 20; i++) await once(i);
const s = new Session(); s.connect();
await s.post('HeapProfiler.enable');
await s.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
for (let i = 0; i < n; i++) await once(100 + i);
const { profile } = await s.post('HeapProfiler.stopSampling');
writeFileSync('/tmp/bgen/alloc.heapprofile', JSON.stringify(profile));
