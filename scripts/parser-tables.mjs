// The Care parser's tables (src/language/care-parser-tables.ts), computed from the very sources being
// bundled, and served to esbuild in place of the empty src/language/care-prebuilt-tables.ts: a bundled
// parser then starts without recording and analysing its grammar.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';
import { sourceModuleUrl } from './esbuild-plugins.mjs';

const entry = `
import './src/polyfills.js';
import { EmptyFileSystem } from 'langium';
import { createCareServices } from './src/language/care-module.js';
import { chevrotainOf, grammarTables } from './src/language/care-parser.js';
import { computeParserTables } from './src/language/care-parser-tables.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const { Care } = createCareServices(EmptyFileSystem);
// Parsing the examples lets Chevrotain record what follows each repetition they leave (afterRepetitions).
const examples = join(__dirname, '..', 'examples');
for (const file of readdirSync(examples, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.care'))) {
    Care.parser.LangiumParser.parse(readFileSync(join(examples, file), 'utf8'));
}
export const tables = computeParserTables(chevrotainOf(Care.parser.LangiumParser), Care.parser.ParserConfig.lookaheadStrategy,
    Care.parser.Lexer.definition, grammarTables(Care));
`;

/** Builds the Care services from the sources (bundled in memory, in this process) and takes their tables. */
async function computeTables(root) {
    const result = await esbuild.build({
        stdin: { contents: entry, resolveDir: root, sourcefile: 'parser-tables-entry.ts', loader: 'ts' },
        absWorkingDir: root,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        write: false,
        logLevel: 'warning',
        plugins: [sourceModuleUrl(root)]
    });
    const module = { exports: {} };
    // As if it were a bundle in out/, where the source-module-url plugin expects its bundles.
    const filename = join(root, 'out', 'parser-tables-entry.cjs');
    new Function('module', 'exports', 'require', '__filename', '__dirname', result.outputFiles[0].text)(
        module, module.exports, createRequire(filename), filename, dirname(filename));
    return module.exports.tables;
}

/** An esbuild plugin that replaces src/language/care-prebuilt-tables.ts with the computed tables. */
export async function prebuiltParserTables(root) {
    const tables = await computeTables(root);
    // A JSON string parses faster than the same object written as JavaScript.
    const contents = `export const PREBUILT_PARSER_TABLES = JSON.parse(${JSON.stringify(JSON.stringify(tables))});\n`;
    return {
        name: 'prebuilt-parser-tables',
        setup(build) {
            build.onLoad({ filter: /[\\/]src[\\/]language[\\/]care-prebuilt-tables\.ts$/ }, () => ({ contents, loader: 'js' }));
        }
    };
}
