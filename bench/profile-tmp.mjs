import '../out/polyfills.js';
import { readFileSync } from 'node:fs';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createCareServices } from '../out/language/care-module.js';
const file = process.argv[2]; const n = Number(process.argv[3] ?? 3);
const text = readFileSync(file, 'utf8');
const { shared } = createCareServices(NodeFileSystem);
const lib = await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file('/tmp/bgen/shared-metrics.care'));
await shared.workspace.DocumentBuilder.build([lib], { validation: true });
let prev;
for (let i = 0; i < n; i++) {
  if (prev) { shared.workspace.LangiumDocuments.deleteDocument(prev.uri); shared.workspace.IndexManager.remove(prev.uri); }
  const t = performance.now();
  const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/tmp/bgen/p${i}.care`));
  shared.workspace.LangiumDocuments.addDocument(doc);
  await shared.workspace.DocumentBuilder.build([doc], shared.workspace.DocumentBuilder.updateBuildOptions);
  console.log(i, (performance.now() - t).toFixed(1), doc.diagnostics.filter(d=>d.severity===1).length);
  prev = doc;
}
