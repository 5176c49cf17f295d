import { describe, expect, it } from 'vitest';
import { isDynamicPattern } from 'tinyglobby';
import { expandInputs, mayBeGlob } from '../../src/cli/load.js';
import { tempDir } from './run-cli.js';

describe('the inputs of a command', () => {
    it('are never taken for plain paths when tinyglobby would read them as globs', () => {
        const alphabet = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~£';
        let seed = 7;
        const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
        const inputs = Array.from({ length: 20_000 }, () => Array.from({ length: 1 + next() % 6 }, () => alphabet[next()]).join(''));
        const globs = inputs.filter(input => isDynamicPattern(input));
        expect(globs.length).toBeGreaterThan(1000);
        expect(globs.filter(input => !mayBeGlob(input))).toEqual([]);
        expect(mayBeGlob('contracts/a-b_c.1.care')).toBe(false);
    });

    it('expand plain paths without a glob library, and globs with it, in a stable order', async () => {
        const dir = tempDir({ 'b.care': '', 'a.care': '', 'sub/c.care': '', 'sub/d.txt': '' });
        expect(await expandInputs(['b.care', 'a.care', 'b.care'], dir)).toEqual([`${dir}/b.care`, `${dir}/a.care`]);
        expect(await expandInputs(['**/*.care'], dir)).toEqual([`${dir}/a.care`, `${dir}/b.care`, `${dir}/sub/c.care`]);
        await expect(expandInputs(['*.json'], dir)).rejects.toThrow('*.json: no file matches this pattern');
    });
});
