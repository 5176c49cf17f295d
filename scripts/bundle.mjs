// Bundles the VS Code extension and the language server into two CommonJS files (STYLE.md §12):
//   dist/extension.cjs  client, `vscode` left external (the editor provides it)
//   dist/server.cjs     language server, with the Object.groupBy polyfill evaluated first
// `--production` minifies and drops source maps (what the .vsix ships); `--watch` rebuilds on change.
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Our modules find data files (package.json, language/snippets.json) relative to `import.meta.url`,
 * which is empty in CommonJS. The .vsix keeps those files at the same place relative to its root as
 * the repository does, so each module gets the URL its source file would have under the extension
 * root: dist/.. + its path in the repository.
 */
const sourceModuleUrl = {
    name: 'source-module-url',
    setup(build) {
        build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async args => {
            const source = await readFile(args.path, 'utf8');
            if (!source.includes('import.meta.url')) {
                return undefined;
            }
            const fromRoot = relative(root, args.path).split(sep).join('/');
            const url = `require('node:url').pathToFileURL(require('node:path').join(__dirname, '..', ${JSON.stringify(fromRoot)})).href`;
            return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
        });
    }
};

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
    plugins: [sourceModuleUrl]
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
