import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import { CANONICAL, variant } from '../helpers.js';
import { carec, tempDir } from './run-cli.js';

const BROKEN = variant('T3 "High risk" size 2,184', 'T3 "High risk" size 2,144');
const SYNTAX = variant('target 2027/28 threshold 64 full 68', 'target 2027 threshold 64 full 68');

describe('carec check (real process)', () => {
    const dir = tempDir({
        'diabetes-pathway.care': CANONICAL,
        'broken.care': BROKEN,
        'syntax.care': SYNTAX,
        'more/other.care': CANONICAL
    });

    it('exits 0 on the canonical contract and prints the summary', () => {
        const r = carec(['check', 'diabetes-pathway.care'], dir);
        expect(r.status).toBe(0);
        expect(r.stdout).toMatch(/^1 file: 0 errors, 0 warnings, \d+ infos?\n$/m);
        expect(r.stderr).toBe('');
    });

    it('says the same from the compiled modules (CAREC_DEBUG) as from the minified bundle', () => {
        for (const file of ['diabetes-pathway.care', 'broken.care', 'syntax.care']) {
            const bundled = carec(['check', '--format', 'json', file], dir);
            const compiled = carec(['check', '--format', 'json', file], dir, undefined, { ...process.env, CAREC_DEBUG: '1' });
            expect(compiled).toEqual(bundled);
        }
    });

    it('exits 1 on contract errors, printing path:line:col: severity code message', () => {
        const r = carec(['check', 'broken.care'], dir);
        expect(r.status).toBe(1);
        expect(r.stdout).toMatch(/^broken\.care:\d+:\d+: error population\/partition-mismatch .*21,800/m);
    });

    it('recovers from a syntax error and still checks the rest of the file', () => {
        const r = carec(['check', 'syntax.care'], dir);
        expect(r.status).toBe(1);
        expect(r.stdout).toMatch(/^syntax\.care:\d+:\d+: error syntax\/unexpected-token Expected a contract year/m);
        expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    });

    it('--no-info leaves infos out; --max-warnings fails on too many warnings', () => {
        const r = carec(['check', '--no-info', 'diabetes-pathway.care'], dir);
        expect(r.stdout).toBe('1 file: 0 errors, 0 warnings, 0 infos\n');
        const strict = carec(['check', '--max-warnings', 'abc', 'diabetes-pathway.care'], dir);
        expect(strict.status).toBe(2);
    });

    it('expands globs and checks every match', () => {
        const r = carec(['check', '**/*.care', '--format', 'json'], dir);
        const out = JSON.parse(r.stdout) as { files: { path: string }[]; summary: { errors: number } };
        expect(out.files.map(f => f.path).sort()).toEqual(['broken.care', 'diabetes-pathway.care', 'more/other.care', 'syntax.care']);
        expect(out.summary.errors).toBeGreaterThan(0);
        expect(r.status).toBe(1);
    });

    it('json format carries code, severity, rule, range, policy and fixes', () => {
        const r = carec(['check', '--format', 'json', 'broken.care'], dir);
        const out = JSON.parse(r.stdout);
        const d = out.files[0].diagnostics.find((x: { code: string }) => x.code === 'population/partition-mismatch');
        expect(d).toMatchObject({ severity: 'error', rule: 'V-13' });
        expect(d.range.start.line).toBeGreaterThan(0);
        expect(Array.isArray(d.fixes)).toBe(true);
    });

    it('sarif format validates against the SARIF 2.1.0 schema', () => {
        const r = carec(['check', '--format', 'sarif', 'broken.care', 'diabetes-pathway.care'], dir);
        const require = createRequire(import.meta.url);
        const schemaPath = join(require.resolve('@microsoft/sarif-multitool-linux/package.json'), '..', 'sarif-2.1.0.json');
        const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
        const ajv = new Ajv2020({ strict: false, validateFormats: false });
        const validate = ajv.compile(schema);
        const sarif = JSON.parse(r.stdout);
        expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        expect(sarif.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'population/partition-mismatch')).toBe(true);
        expect(sarif.runs[0].tool.driver.rules.length).toBeGreaterThan(80);
    });

    it('github format prints workflow annotations', () => {
        const r = carec(['check', '--format', 'github', 'broken.care'], dir);
        expect(r.stdout).toMatch(/^::error file=broken\.care,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=population\/partition-mismatch::/m);
    });

    it('a missing file, a directory or a non-regular file is one clear line and exit 2', () => {
        for (const [arg, text] of [['nope.care', 'nope.care: no such file'], ['more', 'more: is a directory'], ['/dev/null', '/dev/null: not a regular file']] as const) {
            const r = carec(['check', arg], dir);
            expect(r.status).toBe(2);
            expect(r.stderr).toContain(`carec: ${text}`);
            expect(r.stderr.trim().split('\n')).toHaveLength(1);
            expect(r.stdout).toBe('');
        }
        const none = carec(['check', 'zzz/*.care'], dir);
        expect(none.status).toBe(2);
        expect(none.stderr).toContain('no file matches');
    });

    it('usage errors exit 2', () => {
        expect(carec(['check'], dir).status).toBe(2);
        expect(carec(['check', '--format', 'xml', 'broken.care'], dir).status).toBe(2);
        expect(carec(['check', '--policy', 'nope', 'broken.care'], dir).status).toBe(2);
        expect(carec(['frobnicate'], dir).status).toBe(2);
    });

    it('--policy evaluates under another profile and says so on stderr', () => {
        const r = carec(['check', '--policy', 'commercial_default', 'diabetes-pathway.care'], dir);
        expect(r.stderr).toContain('what-if: checked under policy profile commercial_default');
    });
});

describe('carec explain', () => {
    it('prints a catalogue entry', () => {
        const r = carec(['explain', 'budget/capitation-mismatch'], tempDir());
        expect(r.status).toBe(0);
        expect(r.stdout).toContain('V-19');
        expect(r.stdout).toContain('Quick fix:');
    });

    it('suggests codes for an unknown one and exits 2', () => {
        const r = carec(['explain', 'budget/capitation'], tempDir());
        expect(r.status).toBe(2);
        expect(r.stderr).toContain("did you mean 'budget/capitation-mismatch'");
    });
});
