import { beforeAll, describe, expect, test } from 'vitest';
import type { ContractJson } from '../../src/generator/contract-json.js';
import { serialiseContractJson } from '../../src/generator/write-json.js';
import { settle } from '../../src/settlement/index.js';
import type { ActualsJson } from '../../src/settlement/index.js';
import { CANONICAL, readRepoFile } from '../helpers.js';
import { compile, contractSchemaErrors, keyOrderProblems, locatedObjects } from './generator-helpers.js';

const FILE = 'examples/diabetes-pathway.care';
const actuals = (): ActualsJson => JSON.parse(readRepoFile('examples/diabetes-pathway.actuals-2026-27.json')) as ActualsJson;
const amount = (m: { amount: string } | null | undefined): string | undefined => m?.amount;

describe('Contract A compiled (LANGUAGE.md §4, §7)', () => {
    let json: ContractJson;
    let text: string;

    beforeAll(async () => {
        json = (await compile(CANONICAL, { file: FILE })).json;
        text = serialiseContractJson(json);
    });

    test('validates against the contract schema (Ajv 2020, strict)', () => {
        expect(contractSchemaErrors(json)).toEqual([]);
    });

    test('matches the golden file', async () => {
        await expect(text).toMatchFileSnapshot('../golden/diabetes-pathway.json');
    });

    test('keys are in schema order at every level', () => {
        expect(keyOrderProblems(json)).toEqual([]);
        expect(Object.keys(json)[0]).toBe('$schema');
        expect(Object.keys(json).at(-1)).toBe('diagnostics');
    });

    test('the key-order check itself catches a misordered object', () => {
        const { id, ...rest } = json.contract;
        const swapped = { ...json, contract: { ...rest, id } };
        expect(keyOrderProblems(swapped)).toEqual([expect.stringMatching(/^\/contract: title, .*, id \(schema: id, title, /)]);
    });

    test('is deterministic: two builds are byte-identical', async () => {
        const again = serialiseContractJson((await compile(CANONICAL, { file: FILE })).json);
        expect(again).toBe(text);
    });

    test('is written with 2-space indent and a trailing newline', () => {
        expect(text.startsWith('{\n  "$schema": "urn:carec:schema:contract:1.0",\n')).toBe(true);
        expect(text.endsWith('}\n')).toBe(true);
        expect(text.endsWith('\n\n')).toBe(false);
    });

    test('source is the file as given and the SHA-256 of its text', () => {
        expect(json.source).toEqual({ file: FILE, sha256: '7b3cf827d66db3e6e1a39cb0a280c8cbba4087ced23489b0a775a187189ee974' });
        expect(json.generator).toEqual({ name: 'carec', version: '0.1.0' });
        expect(json.unchecked).toBeUndefined();
    });

    test('header, doc comment and rounding', () => {
        expect(json.contract).toEqual({
            id: 'A_DIAB_NSH_2025',
            title: 'North Shire adult diabetes pathway outcome-based contract',
            doc: 'North Shire adult diabetes pathway: outcome-based lead-provider contract.',
            version: 1,
            status: 'draft',
            jurisdiction: 'england',
            form: 'lead_provider',
            currency: 'GBP',
            rounding: { mode: 'half_up', unit: '0.01', applyAt: 'line' }
        });
        expect(json.policy.profile).toBe('nhs_england_2025');
        expect(json.policy.parameters['withhold_max']).toEqual({ fraction: '0.20' });
        expect(json.policy.parameters['min_denominator_patients']).toBe(100);
        expect(json.policy.parameters['money_tolerance']).toBe('0.01');
    });

    test('§7 withhold 2026/27 example, exactly', () => {
        const year = json.payment.withholds[0]!.years.find(y => y.year === '2026/27')!;
        expect({ ...year, perOutcome: year.perOutcome.slice(0, 1) }).toEqual({
            year: '2026/27',
            rate: { fraction: '0.06' },
            amount: { amount: '1062734.40', currency: 'GBP' },
            final: true,
            monthlyPayment: { amount: '1387458.80', currency: 'GBP' },
            perOutcome: [{ outcome: 'M1', weight: { fraction: '0.30' }, amount: { amount: '318820.32', currency: 'GBP' } }]
        });
        expect(year.perOutcome.map(p => [p.outcome, p.weight.fraction, amount(p.amount)])).toEqual([
            ['M1', '0.30', '318820.32'],
            ['M2', '0.20', '212546.88'],
            ['M3', '0.20', '212546.88'],
            ['M4', '0.15', '159410.16'],
            ['M5', '0.15', '159410.16']
        ]);
    });

    test('capitation tiers, blended rate and annual total (§4 golden figures)', () => {
        const cap = json.budget.capitation!;
        expect(cap.unit).toBe('person_per_year');
        expect(cap.count).toBe(21840);
        expect(amount(cap.blendedRate)).toBe('811.00');
        expect(cap.tiers.map(t => [t.cohort, t.count, amount(t.rate), amount(t.annual)])).toEqual([
            ['T1', 13104, '520.00', '6814080.00'],
            ['T2', 6552, '980.00', '6420960.00'],
            ['T3', 2184, '2050.00', '4477200.00']
        ]);
        expect(amount(cap.annualTotal)).toBe('17712240.00');
    });

    test('formula years: stated null, computed indicative, final false — and so are their withholds', () => {
        const rows = json.budget.years.map(y => [y.year, y.basis, amount(y.stated) ?? null, amount(y.computed), y.final]);
        expect(rows).toEqual([
            ['2025/26', 'amount', '17712240.00', '17712240.00', true],
            ['2026/27', 'amount', '17712240.00', '17712240.00', true],
            ['2027/28', 'capitation', null, '17712240.00', false],
            ['2028/29', 'capitation', null, '17712240.00', false],
            ['2029/30', 'capitation', null, '17712240.00', false]
        ]);
        expect(json.budget.years[2]!.uplift).toEqual({ rate: null, index: 'national_cost_uplift', less: 'efficiency_factor' });
        expect(json.budget.years[1]!.uplift).toEqual({ rate: { fraction: '0.00' }, index: null, less: null });
        expect(json.payment.withholds[0]!.years.map(y => [y.year, y.final])).toEqual([
            ['2025/26', true], ['2026/27', true], ['2027/28', false], ['2028/29', false], ['2029/30', false]
        ]);
    });

    test('baseline spend affordability (V-24: +0.08%)', () => {
        expect(json.budget.baselineSpend).toEqual({
            amount: { amount: '17100000.00', currency: 'GBP' },
            year: '2024/25',
            growth: { fraction: '0.035' },
            affordability: { year: '2025/26', growthAdjusted: { amount: '17698500.00', currency: 'GBP' }, gap: { fraction: '0.000776' } }
        });
    });

    test('symmetric corridor fills both sides; the gate value is as written on the composite scale', () => {
        const corridor = json.payment.corridor!;
        expect(corridor.symmetric).toBe(true);
        expect(corridor.deficit).toEqual(corridor.surplus);
        expect(corridor.deficit.map(b => [b.lo.fraction, b.hi?.fraction ?? null, b.providerShare.fraction])).toEqual([
            ['0.00', '0.02', '1.00'], ['0.02', '0.05', '0.50'], ['0.05', null, '0.10']
        ]);
        expect(json.payment.gates).toEqual([
            { target: 'surplus', above: { fraction: '0.02' }, subject: 'P1', measure: 'composite', op: '>=', value: '0.50' }
        ]);
    });

    test('population, cohorts with inherited ages, partition sum and tiers inheriting changes', () => {
        expect(json.population.age).toEqual({ lo: 0, hi: null });
        expect(json.cohorts.map(c => [c.id, c.parent, c.age, c.size?.count ?? null, c.partition])).toEqual([
            ['DiabetesRegister', 'Registered', { lo: 18, hi: null }, 21840, null],
            ['T1', 'DiabetesRegister', { lo: 18, hi: null }, 13104, 'RiskTier'],
            ['T2', 'DiabetesRegister', { lo: 18, hi: null }, 6552, 'RiskTier'],
            ['T3', 'DiabetesRegister', { lo: 18, hi: null }, 2184, 'RiskTier'],
            ['NewlyDiagnosed', 'DiabetesRegister', { lo: 18, hi: null }, null, null]
        ]);
        expect(json.cohorts[0]!.partitions).toEqual([{ id: 'RiskTier', exhaustive: true, members: ['T1', 'T2', 'T3'], sizeTotal: 21840 }]);
        expect(json.cohorts[1]!.changes).toEqual({ rule: 'pro_rata', basis: 'member_months', recount: { day: 1, month: 'January' } });
        expect(json.cohorts[4]!.changes).toBeNull();
    });

    test('outcomes: values as written, defaults made explicit', () => {
        const [m1, m2, m3, m4] = json.pots[0]!.outcomes;
        expect(json.pots[0]!.weightTotal).toEqual({ fraction: '1.00' });
        expect(m1!.baseline).toEqual({
            value: '62.0', year: '2024/25', toYear: null, period: { start: '2024-04-01', end: '2025-04-01' }, n: 21310, events: null
        });
        expect(m1!.targets[0]).toEqual({
            year: '2026/27', threshold: '63', full: '67', stretch: null, tiers: [], maintain: false,
            measurement: { start: '2026-04-01', end: '2027-04-01' }
        });
        expect(m1!.definition).toBe(m1!.title);
        expect(m1!.drivers).toEqual(['EnhancedReviews', 'SpecialistNursing', 'Education']);
        expect(m2!.drivers).toEqual(['EnhancedReviews', 'SpecialistNursing', 'FootService', 'Outpatients', 'InpatientTeam', 'Education', 'DiabetesAdmissions']);
        expect(m1!.minimumDenominator).toEqual({ value: 100, unit: 'patients', fallback: 'neutral', fromPolicy: true });
        expect(m3!.minimumDenominator).toEqual({ value: 30, unit: 'events', fallback: 'neutral', fromPolicy: true });
        expect(m3!.targets[0]!.full).toBe('8.0');
        expect(m1!.missingData).toBe('zero');
        expect(m4!.scoring).toEqual({ method: 'tiered', tiers: [] });
        expect(m4!.targets[0]!.tiers).toEqual([
            { level: '12', payout: { fraction: '0.50' } },
            { level: '18', payout: { fraction: '0.75' } },
            { level: '25', payout: { fraction: '1.00' } }
        ]);
        expect(m4!.source).toEqual({ name: 'Provider structured-education records', national: false, lag: { value: 0, unit: 'days' } });
    });

    test('diagnostics are the warnings and infos passed in: Contract A has exactly the five §4 infos', () => {
        expect(json.diagnostics.map(d => [d.code, d.severity]).sort()).toEqual([
            ['evaluation/no-impact-measures', 'info'],
            ['governance/no-change-control', 'info'],
            ['outcome/reliability-not-assessable', 'info'],
            ['party/security-statutory-exempt', 'info'],
            ['termination/no-step-in', 'info']
        ]);
        expect(json.diagnostics.every(d => d.range !== null && d.range.line >= 1 && d.range.column >= 1)).toBe(true);
    });

    test('settling the generated JSON reproduces §8.1: earned £580,075.86, net £496,078.26', () => {
        const statement = settle(json, actuals());
        const [pot] = statement.pots;
        expect(pot?.composite).toBe('0.5458333333');
        expect(amount(pot?.earned)).toBe('580075.86');
        expect(amount(pot?.forfeited)).toBe('482658.54');
        expect(amount(statement.corridor?.commissioner)).toBe('83997.60');
        expect(statement.flows.map(f => [f.from, f.to, amount(f.amount)])).toEqual([
            ['commissioner', 'provider', '580075.86'],
            ['provider', 'commissioner', '83997.60']
        ]);
        expect(amount(statement.net.toProvider)).toBe('496078.26');
        expect(statement.diagnostics).toEqual([]);
    });

    test('settling the deficit variant reproduces §8.1: provider bears £630,143.20, net £937,692.66', () => {
        const statement = settle(json, { ...actuals(), expenditure: { amount: '18700000.00', currency: 'GBP' } });
        expect(amount(statement.corridor?.provider)).toBe('630143.20');
        expect(amount(statement.net.toProvider)).toBe('937692.66');
    });
});

describe('--source-map', () => {
    let json: ContractJson;

    beforeAll(async () => {
        json = (await compile(CANONICAL, { file: FILE, sourceMap: true })).json;
    });

    test('still validates, with $loc as the first key', () => {
        expect(contractSchemaErrors(json)).toEqual([]);
        expect(keyOrderProblems(json)).toEqual([]);
        for (const { pointer } of locatedObjects(json)) {
            const target = pointer.split('/').slice(1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], json);
            expect(Object.keys(target as object)[0], pointer).toBe('$loc');
        }
    });

    test('positions are 1-based and point at the declaration or clause', () => {
        const lines = CANONICAL.split('\n');
        const at = (loc: Record<string, unknown>): string => lines[(loc['line'] as number) - 1]!.slice((loc['column'] as number) - 1);
        expect(json.contract.$loc).toMatchObject({ file: FILE, line: 2, column: 1 });
        expect(at(json.contract.$loc as unknown as Record<string, unknown>)).toMatch(/^contract A_DIAB_NSH_2025/);
        expect(at(json.pots[0]!.outcomes[0]!.$loc as unknown as Record<string, unknown>)).toMatch(/^outcome M1 /);
        expect(at(json.payment.withholds[0]!.$loc as unknown as Record<string, unknown>)).toMatch(/^withhold of capitation into P1/);
        expect(at(json.budget.years[2]!.$loc as unknown as Record<string, unknown>)).toBe('year 2027/28 capitation uplift national_cost_uplift less efficiency_factor');
        expect(at(json.payment.gates[0]!.$loc as unknown as Record<string, unknown>)).toBe('gate surplus above 2% requires P1 composite >= 0.50');
        const gate = json.payment.gates[0]!.$loc!;
        expect(gate.endLine).toBe(gate.line);
        expect(gate.endColumn - gate.column).toBe('gate surplus above 2% requires P1 composite >= 0.50'.length);
        for (const { loc } of locatedObjects(json)) {
            expect(loc['line']).toBeGreaterThanOrEqual(1);
            expect(loc['column']).toBeGreaterThanOrEqual(1);
        }
    });

    test('every declaration and clause object carries $loc; derived objects do not', () => {
        const pointers = locatedObjects(json).map(l => l.pointer);
        expect(pointers).toEqual(expect.arrayContaining([
            '/contract', '/parties/commissioners/0', '/parties/provider', '/term', '/population', '/cohorts/1', '/riskAdjustment',
            '/services', '/services/items/7', '/budget', '/budget/capitation', '/budget/capitation/tiers/2', '/budget/years/4',
            '/budget/baselineSpend', '/payment', '/payment/base', '/payment/withholds/0', '/payment/corridor', '/payment/gates/0',
            '/pots/0', '/pots/0/outcomes/4', '/pots/0/outcomes/4/targets/3', '/choice', '/reporting', '/reporting/reports/2',
            '/evaluation', '/governance', '/governance/boards/0', '/termination', '/cohorts/0/partitions/0'
        ]));
        expect(pointers.filter(p => /\/term\/years\/|\/withholds\/0\/years\/|\/baseline$/.test(p))).toEqual([]);
    });

    test('without the flag no object has $loc', async () => {
        const plain = (await compile(CANONICAL, { file: FILE })).json;
        expect(locatedObjects(plain)).toEqual([]);
    });
});
