// esbuild plugins for the CLI bundle (scripts/bundle-cli.mjs): what the bundle leaves out, loads late or
// writes in when it is built, each measured on a cold `carec check` (docs/performance.md).
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * A dependency's ESM build that asks for its own URL gets the bundle's: it resolves packages from the
 * same node_modules.
 */
export const dependencyModuleUrl = {
    name: 'dependency-module-url',
    setup(build) {
        // fdir looks for picomatch that way at load time; a plain require lets the bundle serve it the
        // copy tinyglobby already brings, rather than loading a second from disk.
        build.onLoad({ filter: /[\\/]node_modules[\\/].*\.m?js$/ }, async args => {
            const source = await readFile(args.path, 'utf8');
            if (!source.includes('import.meta.url')) {
                return undefined;
            }
            const contents = source
                .replace('__require.resolve("picomatch");', '')
                .replace('pm = __require("picomatch");', 'pm = require("picomatch");')
                .replaceAll('import.meta.url', "require('node:url').pathToFileURL(__filename).href");
            return { contents, loader: 'js' };
        });
    }
};

/** The version, written into the bundle rather than read from package.json at every start. */
export const packageVersion = {
    name: 'package-version',
    setup(build) {
        build.onLoad({ filter: /[\\/]src[\\/]cli[\\/]version\.ts$/ }, async () => {
            const { version } = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
            return { contents: `export const CAREC_VERSION = ${JSON.stringify(version)};\n`, loader: 'ts' };
        });
    }
};

/**
 * Langium's core imports four things from vscode-languageserver-protocol (cancellation tokens, the event
 * emitter, ResponseError and LSPErrorCodes), and so loads the whole protocol and vscode-jsonrpc's Node
 * transport, node:crypto included, at every start. In the CLI those imports come from the vscode-jsonrpc
 * modules the protocol re-exports them from (the same module instances, so a token is the same object
 * either way); the protocol itself loads when the language server starts, or when Langium first reads
 * an error code. vscode-jsonrpc's runtime layer is installed with what those modules use, timers and the
 * console; the language server's transport installs its own over it.
 */
export const langiumCoreProtocol = {
    name: 'langium-core-protocol',
    setup(build) {
        const importers = /[\\/]node_modules[\\/]langium[\\/]lib[\\/](utils[\\/](cancellation|event)|workspace[\\/]document-builder)\.js$/;
        build.onResolve({ filter: /^vscode-languageserver-protocol$/ }, args => (importers.test(args.importer)
            ? { path: 'langium-core-protocol', namespace: 'carec' } : undefined));
        build.onLoad({ filter: /^langium-core-protocol$/, namespace: 'carec' }, async () => {
            // vscode-jsonrpc exports only its entry points: its common modules are found beside the one the protocol uses.
            const protocol = await build.resolve('vscode-languageserver-protocol', { kind: 'require-call', resolveDir: `${root}node_modules/langium` });
            const jsonrpc = await build.resolve('vscode-jsonrpc', { kind: 'require-call', resolveDir: dirname(protocol.path) });
            const common = module => JSON.stringify(join(dirname(jsonrpc.path), '..', 'common', module));
            return {
                resolveDir: root,
                loader: 'js',
                contents: `
                    import RAL from ${common('ral.js')};
                    export { CancellationToken, CancellationTokenSource } from ${common('cancellation.js')};
                    export { Emitter } from ${common('events.js')};
                    export { ResponseError } from ${common('messages.js')};
                    export const LSPErrorCodes = new Proxy({}, { get: (_, code) => require('vscode-languageserver-protocol').LSPErrorCodes[code] });
                    RAL.install({ console, timer: { setTimeout, clearTimeout, setImmediate, clearImmediate, setInterval, clearInterval } });
                `
            };
        });
    }
};

/**
 * Langium's parser constructs an ALL(*) lookahead strategy (chevrotain-allstar, with lodash) before the
 * parser configuration replaces it with Care's one-token tables (`CareModule`): in the CLI it is never
 * used, and loading it is a few milliseconds of every start. The bundle gets a stand-in whose
 * construction does nothing and whose use would fail loudly.
 */
export const withoutAllStar = {
    name: 'without-all-star',
    setup(build) {
        build.onResolve({ filter: /^chevrotain-allstar$/ }, () => ({ path: 'chevrotain-allstar', namespace: 'carec' }));
        build.onLoad({ filter: /^chevrotain-allstar$/, namespace: 'carec' }, () => ({
            loader: 'js',
            contents: `
                const unavailable = () => { throw new Error('carec: ALL(*) lookahead is not in this bundle; the parser uses Care\\'s tables'); };
                export class LLStarLookaheadStrategy {
                    validate() { return unavailable(); }
                    initialize() { return unavailable(); }
                    buildLookaheadForAlternation() { return unavailable(); }
                    buildLookaheadForOptional() { return unavailable(); }
                }
            `
        }));
    }
};

/**
 * Commander requires node:child_process as it loads, for subcommands that are separate executables (carec
 * has none); with what it loads in turn, that was 2 ms of every start. It is required when first used.
 */
export const lazyChildProcess = {
    name: 'lazy-child-process',
    setup(build) {
        build.onResolve({ filter: /^(node:)?child_process$/ }, args => (/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
            ? { path: 'lazy-child-process', namespace: 'carec' } : undefined));
        build.onLoad({ filter: /^lazy-child-process$/, namespace: 'carec' }, () => ({
            loader: 'js',
            contents: `module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });`
        }));
    }
};

/**
 * Chevrotain's lexer fills a 65,536-entry table, from a character code to the index its first-character
 * optimisation files it under, one entry at a time the first time a lexer is built: a millisecond of
 * interpreted loop in a cold start. The same table is filled here a run of 255 codes at a time
 * (`Array.prototype.fill`); Chevrotain's own comment on the function weighs making it lazy. The build
 * fails if the function is no longer the one this replaces.
 */
export const chevrotainCharCodeTable = {
    name: 'chevrotain-char-code-table',
    setup(build) {
        build.onLoad({ filter: /[\\/]node_modules[\\/]chevrotain[\\/]lib[\\/]src[\\/]scan[\\/]lexer\.js$/ }, async args => {
            const source = await readFile(args.path, 'utf8');
            const loop = `
        charCodeToOptimizedIdxMap = new Array(65536);
        for (let i = 0; i < 65536; i++) {
            charCodeToOptimizedIdxMap[i] = i > 255 ? 255 + ~~(i / 255) : i;
        }`;
            if (!source.includes(loop)) {
                throw new Error(`${args.path}: initCharCodeToOptimizedIndexMap has changed; update the chevrotain-char-code-table plugin`);
            }
            const runs = `
        charCodeToOptimizedIdxMap = new Array(65536);
        for (let i = 0; i < 256; i++) {
            charCodeToOptimizedIdxMap[i] = i;
        }
        // Above 255, a code i maps to 255 + ~~(i / 255), the same for each run of 255 codes.
        for (let run = 1; run * 255 < 65536; run++) {
            charCodeToOptimizedIdxMap.fill(255 + run, Math.max(256, run * 255), Math.min(65536, (run + 1) * 255));
        }`;
            return { contents: source.replace(loop, runs), loader: 'js' };
        });
    }
};
