import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { CANONICAL, readRepoFile, variant } from '../helpers.js';
import { carec, tempDir } from './run-cli.js';

const ACTUALS = readRepoFile('examples/diabetes-pathway.actuals-2026-27.json');
const schema = (name: string) => JSON.parse(readRepoFile(`schemas/care-${name}.schema.json`));
const validator = (name: string) => new Ajv2020({ strict: false }).compile(schema(name));

describe('carec build (real process)', () => {
    const dir = tempDir({
        'diabetes-pathway.care': CANONICAL,
        'broken.care': variant('T3 "High risk" size 2,184', 'T3 "High risk" size 2,144'),
        'notes.json': '{"mine": true}\n'
    });

    it('prints schema-valid JSON on standard output, byte-identical across runs', () => {
        const a = carec(['build', 'diabetes-pathway.care'], dir);
        const b = carec(['build', 'diabetes-pathway.care'], dir);
        expect(a.status).toBe(0);
        expect(a.stdout).toBe(b.stdout);
        const json = JSON.parse(a.stdout);
        const validate = validator('contract');
        expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        expect(json.$schema).toBe('urn:carec:schema:contract:1.0');
        expect(json.payment.withholds[0].years[1].amount).toEqual({ amount: '1062734.40', currency: 'GBP' });
    });

    it('writes -o atomically and replaces its own earlier output', () => {
        expect(carec(['build', 'diabetes-pathway.care', '-o', 'out.json'], dir).status).toBe(0);
        expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).schemaVersion).toBe('1.0.0');
        expect(carec(['build', 'diabetes-pathway.care', '-o', 'out.json'], dir).status).toBe(0);
        expect(readdirSync(dir).filter(f => f.endsWith('.tmp'))).toEqual([]);
    });

    it('never overwrites a file carec did not write, unless --force', () => {
        const r = carec(['build', 'diabetes-pathway.care', '-o', 'notes.json'], dir);
        expect(r.status).toBe(2);
        expect(r.stderr).toContain('was not written by carec');
        expect(readFileSync(join(dir, 'notes.json'), 'utf8')).toBe('{"mine": true}\n');
        expect(carec(['build', 'diabetes-pathway.care', '-o', 'notes.json', '--force'], dir).status).toBe(0);
    });

    it('refuses a contract with errors (exit 1, diagnostics as check prints them, no file)', () => {
        const r = carec(['build', 'broken.care', '-o', 'broken.json'], dir);
        expect(r.status).toBe(1);
        expect(r.stderr).toMatch(/broken\.care:\d+:\d+: error population\/partition-mismatch/);
        expect(existsSync(join(dir, 'broken.json'))).toBe(false);
    });

    it('--force compiles a contract with errors, marked unchecked', () => {
        const r = carec(['build', 'broken.care', '--force'], dir);
        expect(r.status).toBe(1);
        expect(JSON.parse(r.stdout).unchecked).toBe(true);
    });

    it('--source-map adds 1-based $loc to declarations', () => {
        const json = JSON.parse(carec(['build', 'diabetes-pathway.care', '--source-map'], dir).stdout);
        expect(json.pots[0].$loc).toMatchObject({ file: 'diabetes-pathway.care' });
        expect(json.pots[0].$loc.line).toBeGreaterThan(1);
    });
});

describe('carec settle (real process)', () => {
    const dir = tempDir({
        'diabetes-pathway.care': CANONICAL,
        'actuals.json': ACTUALS,
        'deficit.json': ACTUALS.replace('"17190000.00"', '"18700000.00"'),
        'usd.json': ACTUALS.replace('"currency": "GBP",', '"currency": "USD",'),
        'bad.json': '{ "contract": "A_DIAB_NSH_2025", \n  "year": 2026 \n',
        'wrongtypes.json': ACTUALS.replace('"denominator": 21840', '"denominator": "lots"')
    });

    it('reproduces the §8.1 statement to the penny from the .care contract', () => {
        const r = carec(['settle', 'diabetes-pathway.care', '--actuals', 'actuals.json', '--format', 'json'], dir);
        expect(r.status, r.stderr).toBe(0);
        const statement = JSON.parse(r.stdout);
        expect(validator('statement')(statement)).toBe(true);
        expect(statement.net.toProvider).toEqual({ amount: '496078.26', currency: 'GBP' });
        expect(statement.pots[0].earned).toEqual({ amount: '580075.86', currency: 'GBP' });
        expect(statement.corridor.commissioner).toEqual({ amount: '83997.60', currency: 'GBP' });
    });

    it('gives the same statement from the compiled JSON', () => {
        carec(['build', 'diabetes-pathway.care', '-o', 'contract.json'], dir);
        const fromCare = carec(['settle', 'diabetes-pathway.care', '--actuals', 'actuals.json', '--format', 'json'], dir);
        const fromJson = carec(['settle', 'contract.json', '--actuals', 'actuals.json', '--format', 'json'], dir);
        expect(fromJson.status).toBe(0);
        expect(fromJson.stdout).toBe(fromCare.stdout);
    });

    it('settles the deficit variant: provider bears £630,143.20, net £937,692.66', () => {
        const statement = JSON.parse(carec(['settle', 'diabetes-pathway.care', '--actuals', 'deficit.json', '--format', 'json'], dir).stdout);
        expect(statement.corridor.provider).toEqual({ amount: '630143.20', currency: 'GBP' });
        expect(statement.corridor.commissioner).toEqual({ amount: '357616.80', currency: 'GBP' });
        expect(statement.net.toProvider).toEqual({ amount: '937692.66', currency: 'GBP' });
    });

    it('prints a table for people with every figure', () => {
        const r = carec(['settle', 'diabetes-pathway.care', '--actuals', 'actuals.json'], dir);
        expect(r.status).toBe(0);
        for (const figure of ['£17,712,240.00', '£1,062,734.40', '£580,075.86', '£482,658.54', '£83,997.60', '£496,078.26']) {
            expect(r.stdout).toContain(figure);
        }
    });

    it('malformed actuals get a located error and exit 1, never a stack trace', () => {
        const syntax = carec(['settle', 'diabetes-pathway.care', '--actuals', 'bad.json'], dir);
        expect(syntax.status).toBe(1);
        expect(syntax.stderr).toMatch(/bad\.json:\d+:\d+: not valid JSON/);
        const types = carec(['settle', 'diabetes-pathway.care', '--actuals', 'wrongtypes.json'], dir);
        expect(types.status).toBe(1);
        expect(types.stderr).toContain('/outcomes/0/denominator');
        const currency = carec(['settle', 'diabetes-pathway.care', '--actuals', 'usd.json'], dir);
        expect(currency.status).toBe(1);
        expect(currency.stderr).toContain('settle/currency-mismatch');
        for (const r of [syntax, types, currency]) {
            expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
        }
    });

    it('--year must match the actuals; a missing actuals file is exit 2', () => {
        expect(carec(['settle', 'diabetes-pathway.care', '--actuals', 'actuals.json', '--year', '2027/28'], dir).status).toBe(1);
        expect(carec(['settle', 'diabetes-pathway.care', '--actuals', 'nope.json'], dir).status).toBe(2);
        expect(carec(['settle', 'diabetes-pathway.care'], dir).status).toBe(2);
    });

    it('-o writes the statement and refuses to replace a foreign file', () => {
        writeFileSync(join(dir, 'mine.txt'), 'keep me');
        expect(carec(['settle', 'diabetes-pathway.care', '--actuals', 'actuals.json', '-o', 'mine.txt'], dir).status).toBe(2);
        expect(readFileSync(join(dir, 'mine.txt'), 'utf8')).toBe('keep me');
        expect(carec(['settle', 'diabetes-pathway.care', '--actuals', 'actuals.json', '--format', 'json', '-o', 'statement.json'], dir).status).toBe(0);
        expect(JSON.parse(readFileSync(join(dir, 'statement.json'), 'utf8')).net.toProvider.amount).toBe('496078.26');
        expect(carec(['settle', 'diabetes-pathway.care', '--actuals', 'actuals.json', '-o', 'statement.json'], dir).status).toBe(0);
    });
});

describe('carec schema', () => {
    it('prints each schema', () => {
        for (const name of ['contract', 'actuals', 'statement']) {
            const r = carec(['schema', name], tempDir());
            expect(r.status).toBe(0);
            expect(JSON.parse(r.stdout).$id).toBe(`urn:carec:schema:${name}:1.0`);
        }
        expect(JSON.parse(carec(['schema'], tempDir()).stdout).$id).toBe('urn:carec:schema:contract:1.0');
        expect(carec(['schema', 'nope'], tempDir()).status).toBe(2);
    });
});
