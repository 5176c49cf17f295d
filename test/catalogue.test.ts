import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, IssueCodes, catalogueEntry } from '../src/language/validation/catalogue.js';
import type { Severity } from '../src/language/validation/catalogue.js';

/** LANGUAGE.md §5, expanded one code per entry, with the concrete codes behind `settle/*`. */
const EXPECTED_CODES = [
    'syntax/unexpected-token', 'syntax/bad-digit-grouping', 'syntax/bad-date', 'syntax/bad-year-label',
    'syntax/expected-integer', 'ref/unknown-reference', 'ref/duplicate-name',
    'structure/missing-section', 'structure/missing-clause', 'structure/duplicate-clause',
    'import/unresolved', 'library/misplaced-clause',
    'policy/unknown-profile', 'policy/unknown-parameter', 'policy/override-type',
    'party/lead-commissioner', 'party/accountable-provider', 'party/alliance-shares', 'party/vat-undeclared',
    'party/no-financial-security', 'party/security-statutory-exempt',
    'term/bad-order', 'term/years-do-not-tile', 'term/year-outside-term',
    'outcome/window-outside-term', 'outcome/baseline-overlaps-performance', 'outcome/baseline-too-old',
    'payment/settlement-before-data', 'payment/settlement-after-run-off', 'payment/at-risk-without-baseline',
    'population/size-invalid', 'population/too-small-for-risk', 'population/cohort-not-subset',
    'population/age-band-overlap', 'population/age-band-gap', 'population/partition-mismatch',
    'population/risk-based-exclusion', 'population/basis-mismatch',
    'risk/no-adjustment', 'risk/uncapped-score-growth', 'risk/no-outlier-protection',
    'budget/capitation-mismatch', 'budget/pool-mismatch', 'budget/pool-incomplete', 'budget/allocations-exceed',
    'money/mixed-currency', 'money/precision', 'money/rounding-missing',
    'budget/below-baseline', 'budget/year-missing', 'budget/real-terms-cut',
    'payment/withhold-range', 'payment/incentive-cap', 'payment/phasing-incomplete', 'payment/at-risk-over-100',
    'payment/savings-share', 'payment/loss-cap', 'payment/no-savings-cap',
    'payment/corridor-bands', 'payment/corridor-share-rising', 'payment/gate-invalid',
    'outcome/double-counted', 'payment/marginal-rate-invalid',
    'outcome/incomplete', 'outcome/missing-target-year', 'outcome/weights-not-100',
    'outcome/target-not-improvement', 'outcome/scoring-parameters', 'outcome/value-out-of-range',
    'outcome/unreliable-target', 'outcome/reliability-not-assessable', 'outcome/denominator-outside-population',
    'outcome/uncontrollable', 'outcome/unbalanced-pot', 'outcome/trajectory',
    'choice/missing', 'choice/choice-defeating-term', 'evaluation/weak-design', 'evaluation/no-impact-measures',
    'reporting/no-reporting-path', 'governance/no-dispute-route', 'governance/no-change-control',
    'termination/incomplete', 'termination/no-step-in',
    'subcontract/inconsistent', 'subcontract/value-exceeds-allocation', 'subcontract/liability-pass-through',
    'settle/currency-mismatch', 'settle/contract-mismatch', 'settle/year-not-in-term', 'settle/unknown-outcome',
    'settle/missing-outcome', 'settle/small-denominator', 'settle/missing-data', 'settle/invalid-actuals'
];

const SETTLE_SEVERITIES: Record<string, Severity> = {
    'settle/currency-mismatch': 'error',
    'settle/contract-mismatch': 'error',
    'settle/year-not-in-term': 'error',
    'settle/unknown-outcome': 'error',
    'settle/missing-outcome': 'warning',
    'settle/small-denominator': 'warning',
    'settle/missing-data': 'warning',
    'settle/invalid-actuals': 'error'
};

function entry(code: string) {
    const found = catalogueEntry(code);
    if (!found) {
        throw new Error(`no catalogue entry for ${code}`);
    }
    return found;
}

describe('catalogue', () => {
    const codes = CATALOGUE.map(e => e.code);

    it('has unique codes of the form area/kebab-name', () => {
        expect(new Set(codes).size).toBe(codes.length);
        for (const code of codes) {
            expect(code).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
        }
    });

    it('lists exactly the expected codes, in §5 order', () => {
        expect(codes).toEqual(EXPECTED_CODES);
    });

    it('fills in every entry', () => {
        for (const e of CATALOGUE) {
            for (const text of [e.title, e.checks, e.why, e.example]) {
                expect(text.trim().length, e.code).toBeGreaterThan(0);
            }
            if (e.rule !== undefined) {
                expect(e.rule).toMatch(/^V-\d\d$/);
            }
            if (e.fix !== undefined) {
                expect(e.fix.trim().length, e.code).toBeGreaterThan(0);
            }
        }
    });

    it('covers all 54 V-rules', () => {
        const rules = new Set(CATALOGUE.map(e => e.rule).filter(r => r !== undefined));
        for (let n = 1; n <= 54; n++) {
            expect(rules.has(`V-${String(n).padStart(2, '0')}`), `V-${n}`).toBe(true);
        }
    });

    it('defines the settlement codes with their severities', () => {
        for (const [code, severity] of Object.entries(SETTLE_SEVERITIES)) {
            expect(entry(code).severity, code).toBe(severity);
            expect(entry(code).rule).toBeUndefined();
        }
    });

    it('cites the real cases DOMAIN.md cites', () => {
        expect(entry('budget/below-baseline').why).toContain('UnitingCare');
        expect(entry('party/vat-undeclared').why).toContain('UnitingCare');
        expect(entry('choice/choice-defeating-term').why).toContain('Bedfordshire');
        expect(entry('termination/incomplete').why).toContain('£16m');
    });

    it('covers a missing file and a cycle with import/unresolved', () => {
        expect(entry('import/unresolved').checks).toMatch(/not exist/);
        expect(entry('import/unresolved').checks).toMatch(/cycle/);
    });

    it('finds entries by code and nothing else', () => {
        expect(catalogueEntry('budget/capitation-mismatch')?.title).toBe('Capitation reconciles to budget');
        expect(catalogueEntry('budget/capitation-mismatch')?.fix).toBe('Use the computed amount');
        expect(catalogueEntry('budget/no-such-code')).toBeUndefined();
        expect(catalogueEntry('capitation-mismatch')).toBeUndefined();
    });
});

describe('IssueCodes', () => {
    it('has one constant per catalogue code', () => {
        const values = Object.values(IssueCodes);
        expect(new Set(values).size).toBe(values.length);
        expect([...values].sort()).toEqual(CATALOGUE.map(e => e.code).sort());
    });

    it('names each constant after its code, with the area only where needed', () => {
        const pascal = (kebab: string) => kebab.split('-').map(w => w.charAt(0).toUpperCase() + w.slice(1)).join('');
        for (const [key, code] of Object.entries(IssueCodes)) {
            const [area = '', name = ''] = code.split('/');
            expect([pascal(name), pascal(area) + pascal(name)], code).toContain(key);
        }
        expect(IssueCodes.CapitationMismatch).toBe('budget/capitation-mismatch');
        expect(IssueCodes.AccountableProvider).toBe('party/accountable-provider');
    });
});

// ── Against the spec: fails when LANGUAGE.md §5 gains or changes a row the catalogue lacks ──

const SPEC = fileURLToPath(new URL('../../shared/LANGUAGE.md', import.meta.url));

interface SpecRow {
    codes: string[];
    severities: Severity[];
    mixed: boolean[];
    rules: (string | undefined)[];
    examples: string[];
    hasFix: boolean;
}

const SEVERITY_TOKEN: Record<string, Severity> = {
    'E': 'error', 'W': 'warning', 'I': 'info',
    // Mixed cases: the catalogue keeps the stronger one.
    'W·m': 'warning', 'E/W': 'error', 'W/E': 'error', 'E/I': 'error', 'W/I': 'warning'
};

/** Positional when the cell lists one item per code, else the single item applies to all. */
function spread<T>(items: T[], count: number): T[] {
    return items.length === count ? items : Array.from({ length: count }, () => items[0]!);
}

function parseRules(cell: string): (string | undefined)[] {
    if (cell === '–') {
        return [undefined];
    }
    const range = /^(\d+)–(\d+)$/.exec(cell);
    if (range) {
        const rules: string[] = [];
        for (let n = Number(range[1]); n <= Number(range[2]); n++) {
            rules.push(`V-${String(n).padStart(2, '0')}`);
        }
        return rules;
    }
    return [`V-${cell}`];
}

function readSpecRows(): SpecRow[] {
    const text = readFileSync(SPEC, 'utf8');
    const section = text.slice(text.indexOf('## 5. Diagnostic catalogue'), text.indexOf('## 6. Policy profiles'));
    return section.split('\n').filter(line => line.startsWith('| `')).map(line => {
        const [, codeCell = '', sevCell = '', ruleCell = '', , exampleCell = ''] = line.split(/(?<!\\)\|/).map(c => c.trim());
        const names = [...codeCell.matchAll(/`([^`]+)`/g)].map(m => m[1]!);
        const area = names[0]!.split('/')[0]!;
        const codes = names.map(n => (n.includes('/') ? n : `${area}/${n}`));
        const sevTokens = sevCell.split(',').map(t => t.trim());
        const [examplePart = '', fixPart] = exampleCell.split('✔');
        return {
            codes,
            severities: spread(sevTokens.map(t => SEVERITY_TOKEN[t]!), codes.length),
            mixed: spread(sevTokens.map(t => t.includes('/') || t.includes('·')), codes.length),
            rules: spread(parseRules(ruleCell), codes.length),
            examples: [...examplePart.matchAll(/`([^`]+)`/g)].map(m => m[1]!),
            hasFix: fixPart !== undefined
        };
    });
}

describe.skipIf(!existsSync(SPEC))('catalogue against LANGUAGE.md §5', () => {
    const rows = existsSync(SPEC) ? readSpecRows() : [];
    const specCodes = rows.flatMap(r => r.codes);

    it('reads the table', () => {
        expect(rows.length).toBeGreaterThan(50);
        for (const row of rows) {
            expect(row.severities.every(s => s !== undefined), row.codes.join()).toBe(true);
        }
    });

    it('has every §5 code, in §5 order', () => {
        const concrete = specCodes.filter(code => !code.endsWith('/*'));
        expect(CATALOGUE.map(e => e.code).filter(code => !code.startsWith('settle/'))).toEqual(concrete);
    });

    it('expands each wildcard row into concrete codes', () => {
        for (const wildcard of specCodes.filter(code => code.endsWith('/*'))) {
            const area = wildcard.slice(0, -1);
            expect(CATALOGUE.some(e => e.code.startsWith(area)), wildcard).toBe(true);
        }
    });

    it('gives each code the §5 severity, noting the other case of mixed rows', () => {
        for (const row of rows) {
            row.codes.forEach((code, i) => {
                if (code.endsWith('/*')) {
                    return;
                }
                expect(entry(code).severity, code).toBe(row.severities[i]);
                if (row.mixed[i]) {
                    expect(entry(code).severityNote, code).toBeTruthy();
                }
            });
        }
    });

    it('gives each code the §5 rule', () => {
        for (const row of rows) {
            row.codes.forEach((code, i) => {
                if (!code.endsWith('/*')) {
                    expect(entry(code).rule, code).toBe(row.rules[i]);
                }
            });
        }
    });

    it('uses the §5 example messages', () => {
        for (const row of rows) {
            const rowEntries = row.codes.flatMap(code => (code.endsWith('/*')
                ? CATALOGUE.filter(e => e.code.startsWith(code.slice(0, -1)))
                : [entry(code)]));
            for (const example of row.examples) {
                expect(rowEntries.map(e => e.example), row.codes.join()).toContain(example);
            }
        }
    });

    it('offers a quick fix exactly on the rows §5 marks', () => {
        for (const row of rows) {
            const fixes = row.codes.filter(code => !code.endsWith('/*')).map(code => entry(code).fix);
            expect(fixes.some(f => f !== undefined), row.codes.join()).toBe(row.hasFix);
        }
    });
});
