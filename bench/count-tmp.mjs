import '../out/polyfills.js';
import { readFileSync } from 'node:fs';
import { EmptyFileSystem, CstUtils, isLeafCstNode } from 'langium';
import { createCareServices } from '../out/language/care-module.js';
import { nodeIndex } from '../out/language/care-node-index.js';
const { Care } = createCareServices(EmptyFileSystem);
const r = Care.parser.LangiumParser.parse(readFileSync(process.argv[2], 'utf8'));
const idx = nodeIndex(r.value);
let leaves = 0, comps = 0, hidden = 0, single = 0;
for (const c of CstUtils.streamCst(r.value.$cstNode)) { if (isLeafCstNode(c)) { leaves++; if (c.hidden) hidden++; } else { comps++; if (c.content.length === 1) single++; } }
const types = {}; for (const n of idx.nodes) types[n.$type] = (types[n.$type] ?? 0) + 1;
console.log({ ast: idx.nodes.length, refs: idx.references.length, leaves, hidden, comps, singleChildComposites: single });
console.log(Object.entries(types).sort((a,b)=>b[1]-a[1]).slice(0,15));
