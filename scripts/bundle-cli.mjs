// Bundles the CLI (src/cli/main.ts) and everything it uses into one CommonJS file, out/carec.cjs, which
// bin/carec.js loads when it is newer than the last `tsc -b` (tsconfig.tsbuildinfo) — or always, in an
// installed package, which has no tsbuildinfo. Module loading is most of a cold start: one file instead
// of several hundred, with V8's code cache (see bin/carec.js), starts several times faster.
// The language server (`carec lsp`) goes in a bundle of its own, out/carec-lsp.cjs, which the CLI
// bundle requires when that command runs: every other command starts without reading its code.
//   node scripts/bundle-cli.mjs [--no-minify]
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chevrotainCharCodeTable, dependencyModuleUrl, langiumCoreProtocol, lazyChildProcess, packageVersion, withoutAllStar } from './cli-bundle-plugins.mjs';
import { sourceModuleUrl } from './esbuild-plugins.mjs';
import { prebuiltParserTables } from './parser-tables.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const minify = !process.argv.includes('--no-minify');
const LSP_BUNDLE = './carec-lsp.cjs';

/**
 * The CLI's import of the language server, served at run time by the server's own bundle beside it,
 * through `require`: the bundle runs as a vm.Script, which has no loader for a dynamic import().
 */
const serverBundle = {
    name: 'server-bundle',
    setup(build) {
        build.onResolve({ filter: /^\.\.\/language\/main\.js$/ }, args =>
            args.importer.endsWith('/src/cli/main.ts') ? { path: LSP_BUNDLE, namespace: 'server-bundle' } : undefined);
        build.onLoad({ filter: /.*/, namespace: 'server-bundle' }, () => ({ contents: `module.exports = require(${JSON.stringify(LSP_BUNDLE)});`, loader: 'js' }));
        build.onResolve({ filter: /^\.\/carec-lsp\.cjs$/ }, args => ({ path: args.path, external: true }));
    }
};

const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
    // Minified, it loads a tenth faster (less to read and to deserialise from the code cache). Names
    // go too: CAREC_DEBUG=1 makes bin/carec.js run the compiled modules, for readable stack traces.
    minify,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    // import.meta is empty in CommonJS: fail the build rather than ship code that breaks at run time.
    logOverride: { 'empty-import-meta': 'error' }
};
const plugins = [packageVersion, langiumCoreProtocol, withoutAllStar, lazyChildProcess, chevrotainCharCodeTable, sourceModuleUrl(root), dependencyModuleUrl, await prebuiltParserTables(root)];

await Promise.all([
    esbuild.build({ ...common, entryPoints: { carec: 'src/cli/main.ts' }, plugins: [serverBundle, ...plugins] }),
    esbuild.build({ ...common, entryPoints: { 'carec-lsp': 'src/language/main.ts' }, plugins })
]);

// bin/carec.js reads an ASCII bundle as Latin-1, twice as fast as decoding UTF-8. esbuild escapes
// non-ASCII characters in strings but not in regular expression literals or comments, where a \u escape
// means the same. (Columns on those few lines shift in the source map.)
for (const name of ['carec.cjs', 'carec-lsp.cjs']) {
    const path = `${root}out/${name}`;
    const bundled = await readFile(path, 'utf8');
    const escaped = bundled.replace(/[^\x00-\x7f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (escaped !== bundled) {
        await writeFile(path, escaped);
    }
}
