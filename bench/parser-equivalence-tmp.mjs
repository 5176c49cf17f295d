import '../out/polyfills.js';
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { EmptyFileSystem, createLangiumParser, isCompositeCstNode, isReference } from 'langium';
import { createCareServices } from '../out/language/care-module.js';
import { nodeIndex } from '../out/language/care-node-index.js';
import { AstUtils } from 'langium';
const { Care } = createCareServices(EmptyFileSystem);
const ours = Care.parser.LangiumParser;
const theirs = createLangiumParser(Care);
function cst(n, out) {
  out.push([n.constructor.name, n.offset, n.length, n.hidden, n.grammarSource?.$type, n.grammarSource === undefined ? 'u' : (n.grammarSource.$cstNode?.offset ?? '?'), isCompositeCstNode(n) ? n.content.length : n.tokenType.name, JSON.stringify(n.range)]);
  if (isCompositeCstNode(n)) for (const c of n.content) cst(c, out);
}
function ast(n, out, seen = new Set()) {
  const keys = Object.keys(n);
  out.push(keys.join(','));
  for (const k of keys) {
    const v = n[k];
    if (k === '$cstNode') { out.push(`cst ${v?.offset} ${v?.length} ${v?.grammarSource?.$type}`); continue; }
    if (k === '$container') { out.push(`container ${v?.$type}`); continue; }
    if (k === '$document') continue;
    if (isReference(v)) { out.push(`ref ${v.$refText} ${v.$refNode?.offset}`); continue; }
    if (Array.isArray(v)) { out.push(`arr ${k} ${v.length}`); for (const x of v) { if (x && typeof x === 'object' && x.$type) ast(x, out); else if (isReference(x)) out.push(`ref ${x.$refText} ${x.$refNode?.offset}`); else out.push(JSON.stringify(x)); } continue; }
    if (v && typeof v === 'object' && v.$type) { ast(v, out); continue; }
    out.push(`${k}=${JSON.stringify(v)}`);
  }
}
function compare(text, name) {
  const a = ours.parse(text), b = theirs.parse(text);
  const oa = [], ob = []; ast(a.value, oa); ast(b.value, ob);
  const ca = [], cb = []; cst(a.value.$cstNode, ca); cst(b.value.$cstNode, cb);
  const ea = JSON.stringify([a.lexerErrors, a.parserErrors.map(e => [e.message, e.token.image, e.token.startOffset])]);
  const eb = JSON.stringify([b.lexerErrors, b.parserErrors.map(e => [e.message, e.token.image, e.token.startOffset])]);
  const sa = JSON.stringify(oa), sb = JSON.stringify(ob), xa = JSON.stringify(ca), xb = JSON.stringify(cb);
  // node index must equal streamAst + streamReferences
  const idx = nodeIndex(a.value); const streamed = AstUtils.streamAst(a.value).toArray();
  const refs = streamed.flatMap(n => AstUtils.streamReferences(n).toArray());
  const idxOk = idx.nodes.length === streamed.length && idx.nodes.every((n, i) => n === streamed[i]) && idx.references.length === refs.length && idx.references.every((r, i) => r.reference === refs[i].reference && r.property === refs[i].property && r.index === refs[i].index && r.container === refs[i].container);
  if (sa !== sb || xa !== xb || ea !== eb || !idxOk) { console.log('DIFF', name, sa === sb, xa === xb, ea === eb, idxOk); return false; }
  return true;
}
const files = [...globSync('test/**/*.care'), ...globSync('examples/**/*.care'), '/tmp/bgen/c1000.care', '/tmp/bgen/c10000.care'];
let ok = 0, bad = 0, mutated = 0;
let seed = 42; const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  compare(text, f) ? ok++ : bad++;
  if (text.length > 200000) continue;
  for (let i = 0; i < (text.length < 60000 ? 80 : 6); i++) {
    // mutate: delete a span, insert junk, duplicate a span
    const at = Math.floor(rnd() * text.length), len = Math.floor(rnd() * 20);
    const kind = i % 3;
    const m = kind === 0 ? text.slice(0, at) + text.slice(at + len) : kind === 1 ? text.slice(0, at) + ['{', '}', ' 12,3 ', ' £', '"', ' outcome ', ' 2025/27 ', 'xyz'][i % 8] + text.slice(at) : text.slice(0, at) + text.slice(at - len, at) + text.slice(at);
    mutated++;
    compare(m, f + ' mutation ' + i) ? ok++ : bad++;
  }
}
console.log({ files: files.length, ok, bad, mutated });
