import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { chevrotainCharCodeTable } from '../../scripts/cli-bundle-plugins.mjs';
import { ROOT } from '../helpers.js';

type CharCodeIndex = (code: number) => number;

/** Chevrotain's lexer module, bundled with or without a plugin: its first-character index of every code. */
async function charCodeIndex(plugins: esbuild.Plugin[]): Promise<{ index: CharCodeIndex; source: string }> {
    const lexer = join(ROOT, 'node_modules', 'chevrotain', 'lib', 'src', 'scan', 'lexer.js');
    const result = await esbuild.build({
        stdin: { contents: `export { analyzeTokenTypes, charCodeToOptimizedIndex } from ${JSON.stringify(lexer)};`, resolveDir: ROOT },
        bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent', plugins
    });
    const module = { exports: {} as { analyzeTokenTypes(types: unknown[], options: object): unknown; charCodeToOptimizedIndex: CharCodeIndex } };
    new Function('module', 'exports', 'require', result.outputFiles[0]!.text)(module, module.exports, createRequire(lexer));
    module.exports.analyzeTokenTypes([], {});
    return { index: module.exports.charCodeToOptimizedIndex, source: result.outputFiles[0]!.text };
}

describe('the CLI bundle\'s plugins', () => {
    it('fill Chevrotain\'s first-character table with what its own loop puts there', async () => {
        const [patched, original] = await Promise.all([charCodeIndex([chevrotainCharCodeTable]), charCodeIndex([])]);
        expect(patched.source).toContain('.fill(255 + run');
        expect(original.source).not.toContain('.fill(255 + run');
        const codes = Array.from({ length: 65536 }, (_, code) => code);
        expect(codes.map(patched.index)).toEqual(codes.map(original.index));
        expect(patched.index(65535)).toBe(255 + Math.floor(65535 / 255));
    });
});
