// Bundles the VS Code extension and the language server into two CommonJS files (STYLE.md §12):
//   dist/extension.cjs  client, `vscode` left external (the editor provides it)
//   dist/server.cjs     language server, with the Object.groupBy polyfill evaluated first
// `--production` minifies and drops source maps (what the .vsix ships); `--watch` rebuilds on change.
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { sourceModuleUrl } from './esbuild-plugins.mjs';
import { prebuiltParserTables } from './parser-tables.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const root = fileURLToPath(new URL('..', import.meta.url));

/** @type {esbuild.BuildOptions} */
const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // VS Code 1.91 (our minimum) runs extensions and their servers on Node 20.
    target: 'node20',
    outExtension: { '.js': '.cjs' },
    outdir: 'dist',
    minify: production,
    sourcemap: !production,
    logLevel: 'info',
    // import.meta is empty in CommonJS: fail the build rather than ship code that breaks at run time.
    logOverride: { 'empty-import-meta': 'error' },
    plugins: [sourceModuleUrl(root), await prebuiltParserTables(root)]
};

const builds = [
    { ...common, entryPoints: { extension: 'src/extension/main.ts' }, external: ['vscode'] },
    { ...common, entryPoints: { server: 'src/extension/language-server.ts' } }
];

if (watch) {
    for (const options of builds) {
        await (await esbuild.context(options)).watch();
    }
} else {
    await Promise.all(builds.map(options => esbuild.build(options)));
}
