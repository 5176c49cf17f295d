import '../out/polyfills.js';
import { readFileSync } from 'node:fs';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createCareServices } from '../out/language/care-module.js';
const text = readFileSync(process.argv[2], 'utf8'); const n = Number(process.argv[3] ?? 30);
const { shared } = createCareServices(NodeFileSystem);
const lib = await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file('/tmp/bgen/shared-metrics.care'));
await shared.workspace.DocumentBuilder.build([lib], { validation: true });
const uri = URI.file('/tmp/bgen/edited.care');
let td = TextDocument.create(uri.toString(), 'care', 1, text);
shared.workspace.TextDocuments.set(td);
await shared.workspace.DocumentBuilder.update([uri], []);
const middle = text.indexOf('outcome M', text.length >> 1);
const at = td.positionAt(text.indexOf('"', middle) + 2);
let inserted = false;
const times = [];
for (let i = 0; i < n; i++) {
  const change = inserted ? { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' } : { range: { start: at, end: at }, text: 'x' };
  inserted = !inserted;
  td = TextDocument.update(td, [change], td.version + 1);
  shared.workspace.TextDocuments.set(td);
  const t = performance.now();
  await shared.workspace.DocumentBuilder.update([uri], []);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b); console.log('median', times[times.length >> 1].toFixed(1), 'min', times[0].toFixed(1));
