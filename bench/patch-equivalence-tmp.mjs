import '../out/polyfills.js';
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { EmptyFileSystem, isCompositeCstNode, isReference, AstUtils } from 'langium';
import { createCareServices } from '../out/language/care-module.js';
import { nodeIndex } from '../out/language/care-node-index.js';
import { patchToken } from '../out/language/care-token-patch.js';
const { Care } = createCareServices(EmptyFileSystem);
const parser = Care.parser.LangiumParser;
function cst(n, out) {
  out.push([n.constructor.name, n.offset, n.length, n.end, n.hidden, n.grammarSource === undefined ? 'u' : (n.grammarSource.$cstNode?.offset ?? '?'), isCompositeCstNode(n) ? n.content.length : n.tokenType.name, JSON.stringify(n.range), n.text]);
  if (isCompositeCstNode(n)) for (const c of n.content) cst(c, out);
}
function ast(n, out) {
  const keys = Object.keys(n);
  out.push(keys.join(','));
  for (const k of keys) {
    const v = n[k];
    if (k === '$cstNode') { out.push(`cst ${v?.offset} ${v?.length} ${JSON.stringify(v?.range)}`); continue; }
    if (k === '$container') { out.push(`container ${v?.$type}`); continue; }
    if (k === '$document') continue;
    if (isReference(v)) { out.push(`ref ${v.$refText} ${v.$refNode?.offset} ${v.$refNode?.text}`); continue; }
    if (Array.isArray(v)) { out.push(`arr ${k} ${v.length}`); for (const x of v) { if (x && typeof x === 'object' && x.$type) ast(x, out); else if (isReference(x)) out.push(`ref ${x.$refText} ${x.$refNode?.offset}`); else out.push(JSON.stringify(x)); } continue; }
    if (v && typeof v === 'object' && v.$type) { ast(v, out); continue; }
    out.push(`${k}=${JSON.stringify(v)}`);
  }
}
function snapshot(r) {
  const a = [], c = []; ast(r.value, a); cst(r.value.$cstNode, c);
  const idx = nodeIndex(r.value);
  const streamed = AstUtils.streamAst(r.value).toArray();
  const refs = streamed.flatMap(n => AstUtils.streamReferences(n).toArray());
  const idxOk = idx.nodes.length === streamed.length && idx.nodes.every((n, i) => n === streamed[i]) && idx.references.length === refs.length && idx.references.every((x, i) => x.reference === refs[i].reference && x.property === refs[i].property && x.index === refs[i].index && x.container === refs[i].container);
  return JSON.stringify([a, c, r.value.$cstNode.root.fullText, r.lexerErrors.length, r.parserErrors.length]) + (idxOk ? '' : 'IDXBAD');
}
let seed = Number(process.argv[2] ?? 7); const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const files = [...globSync('test/**/*.care'), ...globSync('examples/**/*.care'), '/tmp/bgen/c1000.care'];
const chars = 'aZ_1 0,."£%x-/{}\t';
let patched = 0, full = 0, bad = 0, total = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const n = text.length > 60000 ? 150 : 400;
  for (let i = 0; i < n; i++) {
    const at = Math.floor(rnd() * text.length);
    const kind = Math.floor(rnd() * 3);
    const ch = chars[Math.floor(rnd() * chars.length)];
    const edited = kind === 0 ? text.slice(0, at) + ch + text.slice(at) : kind === 1 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + ch + text.slice(at + 1);
    const old = parser.parse(text);
    const result = patchToken(Care, old, text, edited);
    total++;
    if (!result) { full++; continue; }
    patched++;
    const fresh = parser.parse(edited);
    if (snapshot(result) !== snapshot(fresh)) { bad++; if (bad < 5) console.log('MISMATCH', f, at, JSON.stringify(text.slice(at - 10, at + 10)), kind, JSON.stringify(ch)); }
  }
}
console.log({ total, patched, full, bad });
// Typing sequences: each edit applied to the previous (patched) tree.
let seqOk = 0, seqBad = 0, seqPatched = 0;
for (const f of files) {
  let text = readFileSync(f, 'utf8');
  let current = parser.parse(text);
  for (let i = 0; i < 200; i++) {
    const at = Math.floor(rnd() * text.length);
    const ch = 'abcXYZ_019'[Math.floor(rnd() * 10)];
    const edited = rnd() < 0.6 ? text.slice(0, at) + ch + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
    const result = patchToken(Care, current, text, edited);
    current = result ?? parser.parse(edited);
    if (result) seqPatched++;
    text = edited;
    if (i % 20 === 19 || result) {
      const fresh = parser.parse(text);
      if (snapshot(current) === snapshot(fresh)) seqOk++; else { seqBad++; if (seqBad < 5) console.log('SEQ MISMATCH', f, i); }
    }
  }
}
console.log({ seqOk, seqBad, seqPatched });
