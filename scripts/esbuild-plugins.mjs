// esbuild plugins shared by the CLI bundle (scripts/bundle-cli.mjs) and the extension bundles
// (scripts/bundle.mjs).
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';

/**
 * Our modules find data files (package.json, schemas/, language/snippets.json) relative to
 * `import.meta.url`, which is empty in CommonJS. out/, dist/ and src/ sit at the same depth below the
 * package root, and the package keeps those files where the repository has them, so each module gets
 * the URL its source file has in the package: <bundle folder>/.. + its path from the root.
 */
export function sourceModuleUrl(root) {
    return {
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
}
