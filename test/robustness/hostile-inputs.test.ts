import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { tempDir, type CliResult } from '../cli/run-cli.js';
import { CANONICAL, readRepoFile, ROOT } from '../helpers.js';
import { STACK_TRACE } from '../fuzz/harness.js';

/**
 * Hostile and odd inputs through the real `carec` process: each ends in exit 0 or 1 (2 only where the
 * command line names something unreadable) with a diagnostic that says what is wrong, and never a
 * stack trace.
 */
const CONTRACT = readRepoFile('examples/mental-health-lead-provider.care');
const LIBRARY = readRepoFile('examples/lib/experience.care');
const ACTUALS = readRepoFile('examples/diabetes-pathway.actuals-2026-27.json');

/** The real `carec` process, with room for the megabytes of output a hostile input can produce. */
function carec(args: string[], cwd: string): CliResult {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'carec.js'), ...args], { cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 512 * 1024 * 1024 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function clean(r: CliResult): CliResult {
    expect(r.stderr + r.stdout).not.toMatch(STACK_TRACE);
    return r;
}

/** `import "lib/experience.care"` replaced by the given import lines. */
function importing(...paths: string[]): string {
    return CONTRACT.replace('import "lib/experience.care"', paths.map(p => `import "${p}"`).join('\n'));
}

/** The library, importing the given paths first. */
function library(...paths: string[]): string {
    return paths.map(p => `import "${p}"\n`).join('') + LIBRARY;
}

describe('imports', () => {
    it('a cycle through the contract is reported on the import, with the chain', () => {
        const dir = tempDir({ 'contract.care': CONTRACT, 'lib/experience.care': library('../contract.care') });
        const r = clean(carec(['check', 'contract.care'], dir));
        expect(r.status).toBe(1);
        expect(r.stdout).toMatch(/^contract\.care:1:8: error import\/unresolved import "lib\/experience\.care": import cycle contract\.care → lib\/experience\.care → contract\.care/m);
    });

    it('a cycle between libraries is reported on each library that closes it', () => {
        const dir = tempDir({ 'contract.care': CONTRACT, 'lib/experience.care': library('other.care'), 'lib/other.care': 'import "experience.care"\nlibrary Other { }\n' });
        const r = clean(carec(['check', 'contract.care', 'lib/*.care'], dir));
        expect(r.status).toBe(1);
        expect(r.stdout).toMatch(/^lib\/experience\.care:1:8: error import\/unresolved import "other\.care": import cycle experience\.care → other\.care → experience\.care/m);
        expect(r.stdout).toMatch(/^lib\/other\.care:1:8: error import\/unresolved .*import cycle/m);
    });

    it('an import of a missing file: file not found', () => {
        const dir = tempDir({ 'contract.care': importing('lib/experience.care', 'lib/nowhere.care'), 'lib/experience.care': LIBRARY });
        const r = clean(carec(['check', 'contract.care'], dir));
        expect(r.status).toBe(1);
        expect(r.stdout).toContain('error import/unresolved import "lib/nowhere.care": file not found');
    });

    it('an import of a folder: is a folder, not a .care file', () => {
        const dir = tempDir({ 'contract.care': importing('lib/experience.care', 'lib'), 'lib/experience.care': LIBRARY });
        const r = clean(carec(['check', 'contract.care'], dir));
        expect(r.status).toBe(1);
        expect(r.stdout).toContain('error import/unresolved import "lib": is a folder, not a .care file');
    });

    it('an import outside the working directory and the contract\'s folder is not read, unless --allow-outside-imports', () => {
        const outside = mkdtempSync(join(tmpdir(), 'carec-outside-'));
        writeFileSync(join(outside, 'experience.care'), LIBRARY);
        const dir = tempDir({ 'project/contract.care': importing(`../../${outside.split('/').pop()}/experience.care`) });
        const project = join(dir, 'project');
        // The import climbs out of project/ into the temporary folder: outside both roots.
        const refused = clean(carec(['check', 'contract.care'], project));
        expect(refused.status).toBe(1);
        expect(refused.stdout).toMatch(/error import\/unresolved import "\.\.\/\.\.\/carec-outside-\w+\/experience\.care": \/.*experience\.care is outside the folders carec may read \(.*\); run carec from a folder that contains it, or pass --allow-outside-imports/);
        const allowed = clean(carec(['check', '--allow-outside-imports', 'contract.care'], project));
        expect(allowed.stdout).not.toContain('import/unresolved');
        expect(allowed.status).toBe(0);
        // Run from a folder that contains both, the same import is inside the working directory.
        const fromAbove = clean(carec(['check', join(project, 'contract.care')], tmpdir()));
        expect(fromAbove.stdout).not.toContain('import/unresolved');
    });

    it('an absolute import of a system file is refused without reading it', () => {
        const dir = tempDir({ 'contract.care': importing('lib/experience.care', '/etc/passwd'), 'lib/experience.care': LIBRARY });
        const r = clean(carec(['check', 'contract.care'], dir));
        expect(r.status).toBe(1);
        expect(r.stdout).toContain('import "/etc/passwd": /etc/passwd is outside the folders carec may read');
        expect(r.stdout).not.toMatch(/root:/);
    });

    it('a chain of imports 100 deep loads and checks cleanly', () => {
        const files: Record<string, string> = { 'contract.care': CONTRACT, 'lib/experience.care': library('chain/l1.care') };
        for (let i = 1; i <= 100; i++) {
            files[`lib/chain/l${i}.care`] = (i < 100 ? `import "l${i + 1}.care"\n` : '') + `library Chain${i} { }\n`;
        }
        const dir = tempDir(files);
        const started = performance.now();
        const r = clean(carec(['check', '--no-info', 'contract.care', 'lib/chain/l100.care'], dir));
        expect(r.stdout).toBe('2 files: 0 errors, 0 warnings, 0 infos\n');
        expect(r.status).toBe(0);
        expect(performance.now() - started).toBeLessThan(30_000);
    });
});

describe('size and shape', () => {
    const cases: Record<string, () => string> = {
        'a 5 MB file (a contract and 5 MB of comments)': () => CANONICAL + ('// ' + 'padding '.repeat(12) + '\n').repeat(52_000),
        // 320,000 made Langium's spread of the diagnostics overflow the stack; 128,000 keep the test quick.
        '128,000 repetitions of one clause (2 MB, as many duplicate-clause errors)': () => CANONICAL.replace('    version 1\n', '    version 1\n' + '    currency GBP\n'.repeat(128_000)),
        'a single 1 MB line': () => CANONICAL.replace(/\n/g, ' ').replace('"Diabetes outcomes"', `"${'x'.repeat(1_000_000)}"`),
        'braces nested 20,000 deep': () => 'contract C {\n' + '{'.repeat(20_000) + '}'.repeat(20_000) + '\n}\n',
        'tiers nested 5,000 deep': () => 'contract C { pot P { outcome O { ' + 'target 2026/27 tiers { '.repeat(5_000) + '}'.repeat(5_000) + ' } } }\n',
        '20,000 unclosed braces': () => 'contract C ' + '{'.repeat(20_000)
    };
    for (const [name, text] of Object.entries(cases)) {
        it(`${name}: exit 0 or 1 within the bound, diagnostics inside the document`, () => {
            const dir = tempDir({ 'big.care': text() });
            const started = performance.now();
            const r = clean(carec(['check', '--format', 'json', 'big.care'], dir));
            expect([0, 1]).toContain(r.status);
            expect(performance.now() - started).toBeLessThan(60_000);
            const report = JSON.parse(r.stdout) as { files: { diagnostics: { range: { start: { line: number } } }[] }[] };
            const lines = text().split('\n').length;
            for (const d of report.files[0]!.diagnostics) {
                expect(d.range.start.line).toBeLessThanOrEqual(lines);
            }
        });
    }

    it('a 5 MB file builds, and the formatter leaves its 1 MB line\'s string alone', () => {
        const dir = tempDir({ 'big.care': cases['a 5 MB file (a contract and 5 MB of comments)']!() });
        const r = clean(carec(['build', 'big.care'], dir));
        expect(r.status).toBe(0);
        expect(JSON.parse(r.stdout).contract.id).toBe('A_DIAB_NSH_2025');
    });
});

describe('encodings and line endings', () => {
    const lf = tempDir({ 'c.care': CANONICAL });
    const reference = carec(['check', '--format', 'json', 'c.care'], lf);

    const variants: Record<string, Buffer> = {
        'a UTF-8 byte-order mark': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CANONICAL)]),
        'CRLF line endings': Buffer.from(CANONICAL.replace(/\n/g, '\r\n')),
        // A lone CR never just before an empty LF line, which would make the two one CRLF.
        'mixed LF, CRLF and CR line endings': Buffer.from(CANONICAL.split('\n').map((line, i, lines) =>
            line + (i === lines.length - 1 ? '' : i % 3 === 1 ? '\r\n' : i % 3 === 2 && lines[i + 1] !== '' ? '\r' : '\n')).join(''))
    };
    for (const [name, bytes] of Object.entries(variants)) {
        it(`${name}: the same diagnostics at the same lines and columns as LF UTF-8`, () => {
            const dir = tempDir();
            writeFileSync(join(dir, 'c.care'), bytes);
            const r = clean(carec(['check', '--format', 'json', 'c.care'], dir));
            expect(r.status).toBe(reference.status);
            expect(r.stdout).toBe(reference.stdout);
        });
    }

    it('a BOM does not reach the compiled JSON\'s positions either', () => {
        const dir = tempDir();
        writeFileSync(join(dir, 'c.care'), variants['a UTF-8 byte-order mark']!);
        const withBom = JSON.parse(clean(carec(['build', '--source-map', 'c.care'], dir)).stdout);
        const without = JSON.parse(carec(['build', '--source-map', 'c.care'], lf).stdout);
        expect(withBom.contract.$loc).toEqual(without.contract.$loc);
    });

    it('bytes that are not UTF-8 (a Latin-1 £): a diagnostic that says so, at the byte', () => {
        const dir = tempDir();
        const latin1 = Buffer.concat([Buffer.from(CANONICAL.slice(0, CANONICAL.indexOf('£520.00'))), Buffer.from([0xa3]), Buffer.from(CANONICAL.slice(CANONICAL.indexOf('£520.00') + 1))]);
        writeFileSync(join(dir, 'c.care'), latin1);
        const r = clean(carec(['check', 'c.care'], dir));
        expect(r.status).toBe(1);
        expect(r.stdout).toMatch(/^c\.care:77:16: error syntax\/unexpected-token Unexpected character '\uFFFD': the file is not valid UTF-8 here; save it as UTF-8$/m);
    });

    it('NUL and other control characters are spelled as escapes in the message', () => {
        const dir = tempDir({ 'c.care': CANONICAL.replace('    version 1', '    \u0000version 1').replace('    jurisdiction', '    \u0007jurisdiction') });
        const r = clean(carec(['check', 'c.care'], dir));
        expect(r.stdout).toContain("c.care:3:5: error syntax/unexpected-token Unexpected character '\\u0000'");
        expect(r.stdout).toContain("c.care:4:5: error syntax/unexpected-token Unexpected character '\\u0007'");
    });
});

describe('numbers', () => {
    it('40-digit numbers, money and percentages are refused, not rounded', () => {
        const text = CANONICAL
            .replace('size 312,000 as_at', 'size 1234567890123456789012345678901234567890 as_at')
            .replace('year 2025/26 £17,712,240.00', 'year 2025/26 £1234567890123456789012345678901234567890.00')
            .replace('weight 30%', 'weight 30.000000000000000000000000000000000001%');
        const dir = tempDir({ 'c.care': text });
        const r = clean(carec(['check', 'c.care'], dir));
        expect(r.status).toBe(1);
        expect(r.stdout).toContain("error syntax/unexpected-token '1234567890123456789012345678901234567890' has 40 digits before the decimal point; carec computes exactly with at most 15");
        expect(r.stdout).toContain("'£1234567890123456789012345678901234567890.00' has 40 digits before the decimal point");
        expect(r.stdout).toContain("'30.000000000000000000000000000000000001%' has 38 significant digits; carec computes exactly with at most 34");
        expect(clean(carec(['build', 'c.care'], dir)).status).toBe(1);
    });

    it('15 digits before the point are still exact', () => {
        const dir = tempDir({ 'c.care': CANONICAL.replace('baseline_spend £17,100,000.00', 'baseline_spend £999,999,999,999,999.99') });
        const r = clean(carec(['check', 'c.care'], dir));
        expect(r.stdout).not.toContain('digits before the decimal point');
    });
});

describe('a contract with 10,000 outcomes', () => {
    it('is checked and built within the bound, its weights summing exactly', () => {
        const outcomes = Array.from({ length: 10_000 }, (_, i) => `        outcome Q${i} "Measure ${i}" {
            type ${['process', 'outcome', 'experience'][i % 3]}
            numerator "Patients counted by measure ${i}"
            denominator DiabetesRegister
            unit percent
            direction higher
            scoring linear
            weight 0.01%
            baseline 48.0 in 2024/25
            target 2026/27 threshold 50 full 60
            target 2027/28 threshold 52 full 62
            target 2028/29 threshold 54 full 64
            target 2029/30 threshold 56 full 66
            window contract_year
            source national "National Diabetes Audit extract" lag 60 days
        }
`).join('');
        const start = CANONICAL.indexOf('        outcome M1');
        const end = CANONICAL.indexOf('    choice ');
        const text = CANONICAL.slice(0, start) + outcomes + '    }\n\n' + CANONICAL.slice(end)
            .replace(' covers M1, M3, M4, M5', ' covers Q1');
        const dir = tempDir({ 'big.care': text });
        const started = performance.now();
        const r = clean(carec(['build', '--no-info', 'big.care'], dir));
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        const json = JSON.parse(r.stdout);
        expect(json.pots[0].outcomes).toHaveLength(10_000);
        expect(json.pots[0].weightTotal).toEqual({ fraction: '1.00' });
        expect(performance.now() - started).toBeLessThan(90_000);
    });
});

describe('actuals files', () => {
    const dir = tempDir({ 'contract.care': CANONICAL });
    const write = (name: string, content: string) => writeFileSync(join(dir, name), content);
    const settle = (name: string) => clean(carec(['settle', 'contract.care', '--actuals', name], dir));
    const actuals = () => JSON.parse(ACTUALS) as Record<string, unknown> & { outcomes: Record<string, unknown>[] };

    it('not JSON: the line and column of the fault', () => {
        write('a.json', ACTUALS.replace('"year": "2026/27",', '"year": 2026/27,'));
        const r = settle('a.json');
        expect(r.status).toBe(1);
        expect(r.stderr).toMatch(/^carec: a\.json:4:\d+: not valid JSON/);
    });

    it('an empty file and a binary file are not JSON either', () => {
        write('empty.json', '');
        expect(settle('empty.json')).toMatchObject({ status: 1 });
        writeFileSync(join(dir, 'binary.json'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]));
        expect(settle('binary.json')).toMatchObject({ status: 1 });
    });

    it('wrong types: the path of the field', () => {
        write('b.json', JSON.stringify({ ...actuals(), outcomes: [{ ...actuals().outcomes[0], denominator: 'many' }] }));
        const r = settle('b.json');
        expect(r.status).toBe(1);
        expect(r.stderr).toContain('/outcomes/0/denominator');
    });

    it('JSON that is not an object at all', () => {
        for (const [name, content] of [['n.json', 'null'], ['arr.json', '[]'], ['num.json', '42'], ['str.json', '"x"']] as const) {
            write(name, content);
            const r = settle(name);
            expect(r.status, name).toBe(1);
            expect(r.stderr, name).toContain('settle/invalid-actuals');
        }
    });

    it('unknown outcomes: settle/unknown-outcome names them', () => {
        write('c.json', JSON.stringify({ ...actuals(), outcomes: [...actuals().outcomes, { id: 'M99', value: '1', denominator: 500, dataComplete: true }] }));
        const r = settle('c.json');
        expect(r.status).toBe(1);
        expect(r.stderr).toMatch(/settle\/unknown-outcome.*M99/);
    });

    it('a missing year, and a year outside the term', () => {
        const { year: _year, ...noYear } = actuals();
        write('d.json', JSON.stringify(noYear));
        const missing = settle('d.json');
        expect(missing.status).toBe(1);
        expect(missing.stderr).toMatch(/settle\/invalid-actuals.*year/);
        write('e.json', JSON.stringify({ ...actuals(), year: '2031/32' }));
        const outside = settle('e.json');
        expect(outside.status).toBe(1);
        expect(outside.stderr).toContain('settle/year-not-in-term');
    });

    it('missing outcomes are a warning, and the statement still settles', () => {
        write('f.json', JSON.stringify({ ...actuals(), outcomes: actuals().outcomes.slice(1) }));
        const r = settle('f.json');
        expect(r.status).toBe(0);
        expect(r.stderr).toMatch(/settle\/missing-outcome.*M1/);
    });

    it('a different currency: settle/currency-mismatch', () => {
        write('g.json', ACTUALS.replace(/"GBP"/g, '"USD"'));
        const r = settle('g.json');
        expect(r.status).toBe(1);
        expect(r.stderr).toContain('settle/currency-mismatch');
    });

    it('huge, negative and malformed figures are refused or settled, never a crash', () => {
        const odd = ['1e400', '-5', '99999999999999999999999999999999999999999', 'NaN', '1,000', '', '0.00000000000000000000000000000000000001'];
        for (const value of odd) {
            write('h.json', JSON.stringify({ ...actuals(), expenditure: { amount: value, currency: 'GBP' }, outcomes: actuals().outcomes.map(o => ({ ...o, value })) }));
            expect([0, 1], value).toContain(settle('h.json').status);
        }
        mkdirSync(join(dir, 'folder.json'), { recursive: true });
        expect(clean(carec(['settle', 'contract.care', '--actuals', 'folder.json'], dir)).status).toBe(2);
    });
});
