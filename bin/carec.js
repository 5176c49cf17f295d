#!/usr/bin/env node
// The `carec` command. Loads out/carec.cjs, the CLI bundled into one file (scripts/bundle-cli.mjs), with
// V8's code cache, when the bundle is at least as new as the last compile (tsconfig.tsbuildinfo, present
// only in a development checkout); otherwise the compiled modules under out/.
// CommonJS (bin/package.json says so): Node loads it synchronously, without the ES module loader.
const { isAscii } = require('node:buffer');
const { mkdirSync, readFileSync, statSync, writeFileSync, renameSync } = require('node:fs');
const { createRequire } = require('node:module');
const { homedir } = require('node:os');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const root = join(__dirname, '..');
const PARSING_COMMANDS = new Set(['check', 'build', 'settle']);
const bundle = join(root, 'out', 'carec.cjs');

// `main` resolves once the command's output is written (src/cli/output.ts). Leave then, rather than when
// Node has finished its housekeeping (closing the handle it read this file with, a garbage collection it
// scheduled), which took up to a tenth of a cold start.
(async () => {
    process.exit(await (loadBundle() ?? await import('../out/cli/main.js')).main(process.argv.slice(2)));
})();

/**
 * The bundle's exports, or undefined when there is no bundle, the compiled modules are newer, or
 * CAREC_DEBUG asks for stack traces with the sources' names (the bundle is minified).
 */
function loadBundle() {
    if (process.env.CAREC_DEBUG) {
        return undefined;
    }
    let stats;
    try {
        stats = statSync(bundle);
        if (statSync(join(root, 'tsconfig.tsbuildinfo'), { throwIfNoEntry: false })?.mtimeMs > stats.mtimeMs) {
            return undefined;
        }
    } catch {
        return undefined;
    }
    const bytes = readFileSync(bundle);
    // The bundle is ASCII (scripts/bundle-cli.mjs sees to it), which decodes as Latin-1 in half the time.
    const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
    // The cache is tied to this exact bundle: V8 itself only compares the source's length.
    const key = `carec-code-cache ${process.version} ${stats.size} ${stats.mtimeMs}\n`;
    // Beside the bundle, or, when the package is read-only, in the user's own cache folder (never a
    // shared one such as /tmp: V8 would run whatever code a cache file holds).
    const userCache = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'carec');
    const cacheFiles = [`${bundle}.cache`, join(userCache, `${Buffer.from(bundle).toString('base64url').slice(-60)}.cache`)];
    const cachedData = readCache(cacheFiles, key);
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
        filename: bundle,
        cachedData
    });
    // Written once a command that reads contracts has run, so that the cache holds the code that parses
    // and checks them too (what a cold start spends most on); after `--version` it would hold little else.
    if ((!cachedData || script.cachedDataRejected) && PARSING_COMMANDS.has(process.argv[2])) {
        process.once('exit', () => writeCache(cacheFiles, key, script));
    }
    const module = { exports: {} };
    script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
    return module.exports;
}

function readCache(files, key) {
    for (const file of files) {
        try {
            const data = readFileSync(file);
            if (data.subarray(0, key.length).toString() === key) {
                return data.subarray(key.length);
            }
        } catch {
            // No cache there yet.
        }
    }
    return undefined;
}

function writeCache(files, key, script) {
    const data = Buffer.concat([Buffer.from(key), script.createCachedData()]);
    for (const file of files) {
        try {
            mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
            const temporary = `${file}.${process.pid}`;
            writeFileSync(temporary, data);
            renameSync(temporary, file);
            return;
        } catch {
            // Not writable (an installed package): try the next place.
        }
    }
}
