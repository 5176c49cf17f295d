import { describe, expect, it, vi } from 'vitest';
import { chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { URI } from 'langium';
import { carec, tempDir } from '../cli/run-cli.js';
import { CANONICAL, readRepoFile, services } from '../helpers.js';
import { applyEdits, significantTokens } from '../fuzz/harness.js';
import { exampleSeeds } from '../fuzz/mutate.js';
import { assertReplaceable, writeFileAtomic } from '../../src/cli/files.js';
import { IoError } from '../../src/cli/errors.js';
import { formatEdits } from '../../src/language/lsp/care-formatter.js';

// renameSync is watched (and still done) so that the test can look at both files at the moment of the rename.
vi.mock('node:fs', async importOriginal => {
    const real = await importOriginal<typeof import('node:fs')>();
    return { ...real, renameSync: vi.fn(real.renameSync) };
});

/** Nothing the user has is lost: outputs are written whole or not at all, foreign files are kept, formatting is whitespace. */
const BROKEN = CANONICAL.replace('T3 "High risk" size 2,184', 'T3 "High risk" size 2,144');
const ACTUALS = readRepoFile('examples/diabetes-pathway.actuals-2026-27.json');

/** Files in `dir`, temporary ones included (`.name.pid-time-count.tmp`). */
const listing = (dir: string) => readdirSync(dir).sort();

describe('writeFileAtomic', () => {
    it('writes a temporary file beside the target, then renames it over the target', () => {
        const dir = tempDir({ 'out.json': 'old' });
        const renames: string[][] = [];
        const rename = vi.mocked(renameSync);
        const real = rename.getMockImplementation()!;
        rename.mockImplementationOnce((from, to) => {
            renames.push([String(from), String(to)]);
            // The target is untouched until the rename; the temporary file already holds all of the new content.
            expect(readFileSync(String(to), 'utf8')).toBe('old');
            expect(readFileSync(String(from), 'utf8')).toBe('new');
            real(from, to);
        });
        writeFileAtomic(join(dir, 'out.json'), 'new');
        expect(renames).toHaveLength(1);
        expect(renames[0]![0]).toMatch(/\/\.out\.json\.\d+-[0-9a-z]+-\d+\.tmp$/);
        expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('new');
        expect(listing(dir)).toEqual(['out.json']);
    });

    it('a failed rename leaves the old file and no temporary file', () => {
        const dir = tempDir({ 'target': 'x' });
        mkdirSync(join(dir, 'folder'));
        writeFileSync(join(dir, 'folder', 'inside'), 'keep');
        expect(() => writeFileAtomic(join(dir, 'folder'), 'new')).toThrow(IoError);
        expect(listing(dir)).toEqual(['folder', 'target']);
        expect(readFileSync(join(dir, 'folder', 'inside'), 'utf8')).toBe('keep');
    });

    it('an unwritable folder is an I/O error with nothing left behind', () => {
        const dir = tempDir();
        mkdirSync(join(dir, 'locked'));
        chmodSync(join(dir, 'locked'), 0o500);
        try {
            if (process.getuid?.() === 0) {
                return; // root writes anywhere; the missing-folder case below still runs
            }
            expect(() => writeFileAtomic(join(dir, 'locked', 'out.json'), 'x')).toThrow(/cannot write/);
            expect(listing(join(dir, 'locked'))).toEqual([]);
        } finally {
            chmodSync(join(dir, 'locked'), 0o700);
        }
    });

    it('a missing folder is an I/O error, not a crash', () => {
        const dir = tempDir();
        expect(() => writeFileAtomic(join(dir, 'no', 'such', 'out.json'), 'x')).toThrow(/cannot write \(ENOENT\)/);
    });

    it('assertReplaceable: a file carec did not write is kept unless forced; a missing or carec-written one may go', () => {
        const dir = tempDir({ 'mine.json': '{"precious": true}', 'ours.json': '{"$schema": "ours"}' });
        const ours = (text: string) => text.includes('"ours"');
        expect(() => assertReplaceable(join(dir, 'mine.json'), ours, false)).toThrow(/was not written by carec; not overwriting it \(use --force/);
        expect(() => assertReplaceable(join(dir, 'mine.json'), ours, true)).not.toThrow();
        expect(() => assertReplaceable(join(dir, 'ours.json'), ours, false)).not.toThrow();
        expect(() => assertReplaceable(join(dir, 'absent.json'), ours, false)).not.toThrow();
    });
});

describe('failed commands leave no file behind (real process)', () => {
    const dir = tempDir({
        'good.care': CANONICAL,
        'broken.care': BROKEN,
        'actuals.json': ACTUALS,
        'usd.json': ACTUALS.replace(/"GBP"/g, '"USD"'),
        'notes.json': '{"mine": true}',
        'notes.txt': 'my notes'
    });

    it('a refused build creates no output and no temporary file', () => {
        const before = listing(dir);
        expect(carec(['build', 'broken.care', '-o', 'broken.json'], dir).status).toBe(1);
        expect(listing(dir)).toEqual(before);
    });

    it('a refused build keeps the previous output as it was', () => {
        expect(carec(['build', 'good.care', '-o', 'out.json'], dir).status).toBe(0);
        const previous = readFileSync(join(dir, 'out.json'), 'utf8');
        expect(carec(['build', 'broken.care', '-o', 'out.json'], dir).status).toBe(1);
        expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe(previous);
    });

    it('a forced build too broken to compile writes nothing', () => {
        writeFileSync(join(dir, 'hollow.care'), 'contract C { pot { outcome }');
        const before = listing(dir);
        const r = carec(['build', '--force', 'hollow.care', '-o', 'hollow.json'], dir);
        expect(r.status).toBe(1);
        expect(r.stderr).toMatch(/cannot be compiled even with --force/);
        expect(listing(dir)).toEqual(before);
    });

    it('build and settle never replace a file carec did not write without --force', () => {
        expect(carec(['build', 'good.care', '-o', 'notes.json'], dir).status).toBe(2);
        expect(readFileSync(join(dir, 'notes.json'), 'utf8')).toBe('{"mine": true}');
        expect(carec(['settle', 'good.care', '--actuals', 'actuals.json', '-o', 'notes.txt'], dir).status).toBe(2);
        expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('my notes');
    });

    it('a failed settlement writes no statement', () => {
        const before = listing(dir);
        expect(carec(['settle', 'good.care', '--actuals', 'usd.json', '-o', 'statement.json'], dir).status).toBe(1);
        expect(listing(dir)).toEqual(before);
    });

    it('an output in a folder that does not exist: exit 2, nothing written', () => {
        const before = listing(dir);
        const r = carec(['build', 'good.care', '-o', 'nowhere/out.json'], dir);
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(/cannot write/);
        expect(listing(dir)).toEqual(before);
    });
});

describe('the formatter changes only whitespace', () => {
    for (const seed of exampleSeeds()) {
        it(`${seed.name}: same tokens and comments after formatting, and formatting again changes nothing`, () => {
            for (const text of [seed.text, seed.text.replace(/\n/g, '\r\n'), seed.text.replace(/\n {4}/g, '\n\t  '), seed.text.replace(/\s+/g, ' ')]) {
                const once = format(text);
                expect(significantTokens(once)).toEqual(significantTokens(text));
                expect(format(once)).toBe(once);
            }
        });
    }
});

let counter = 0;
function format(text: string): string {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///formatted/${++counter}.care`));
    return applyEdits(document.textDocument, formatEdits(document))!;
}
