// Runs `langium generate` with Object.groupBy available (Node 20 lacks it), then points the generated
// grammar at carec's grammar loader.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../node_modules/langium-cli/bin/langium.js', import.meta.url));
const polyfill = fileURLToPath(new URL('./object-groupby.cjs', import.meta.url));
const result = spawnSync(process.execPath, ['--require', polyfill, cli, 'generate', ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.status !== 0) {
    process.exit(result.status ?? 1);
}

// The generated grammar loads through carec's loader (src/language/care-grammar-loader.ts): the same
// grammar as Langium's, in a sixth of the time.
const grammarFile = fileURLToPath(new URL('../src/language/generated/grammar.ts', import.meta.url));
const generated = readFileSync(grammarFile, 'utf8');
const langiumImport = "import { loadGrammarFromJson } from 'langium';";
if (!generated.includes(langiumImport)) {
    console.error(`langium-generate: ${grammarFile} no longer imports loadGrammarFromJson from langium; update this script`);
    process.exit(1);
}
writeFileSync(grammarFile, generated.replace(langiumImport, "import { loadGrammarFromJson } from '../care-grammar-loader.js';"));
