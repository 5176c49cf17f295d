import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { beforeAll, describe, expect, test } from 'vitest';
import { compileContract } from '../../src/cli/build.js';
import { runCheck } from '../../src/cli/check.js';
import type { ContractJson } from '../../src/generator/contract-json.js';
import { serialiseContractJson } from '../../src/generator/write-json.js';
import { settle, type ActualsJson, type StatementJson } from '../../src/settlement/index.js';
import { contractSchemaErrors } from '../generator/generator-helpers.js';
import { ROOT } from '../helpers.js';
import { schemaErrors } from '../settlement/helpers.js';
import { EXAMPLES, atPointer, claimedCheck, headlineFigures, repoText, sameFigure } from './example-helpers.js';

const checkOptions = { format: 'human', info: true };

describe.each(EXAMPLES.map(e => [e.name, e] as const))('examples/%s.care', (name, { year, infos }) => {
    const file = `examples/${name}.care`;
    const actualsFile = `examples/${name}.actuals-${year}.json`;
    let json: ContractJson;
    let statement: StatementJson;

    beforeAll(async () => {
        json = (await compileContract(join(ROOT, file), {})).json;
        statement = settle(json, JSON.parse(repoText(actualsFile)) as ActualsJson);
    });

    test('checks with no error or warning, and only the infos it explains', async () => {
        const outcome = await runCheck([join(ROOT, file)], checkOptions);
        const diagnostics = outcome.report.files[0]!.diagnostics;
        expect(outcome.exitCode).toBe(0);
        expect(outcome.report.summary).toEqual({ errors: 0, warnings: 0, infos: infos.length });
        expect(diagnostics.map(d => d.code)).toEqual(infos);
    });

    test('its opening comment states what carec check reports', async () => {
        const claim = claimedCheck(repoText(file));
        const { summary } = (await runCheck([join(ROOT, file)], checkOptions)).report;
        expect(claim).toEqual({ ...summary, codes: infos });
    });

    test('compiles to the golden JSON, which validates against the contract schema', async () => {
        expect(json.source.file).toBe(file);
        expect(json.unchecked).toBeUndefined();
        expect(contractSchemaErrors(json)).toEqual([]);
        await expect(serialiseContractJson(json)).toMatchFileSnapshot(`golden/${name}.json`);
    });

    test('its actuals validate against the actuals schema and belong to the contract', () => {
        const actuals = JSON.parse(repoText(actualsFile)) as ActualsJson;
        expect(schemaErrors('actuals', actuals)).toEqual([]);
        expect(actuals.contract).toBe(json.contract.id);
        expect(actuals.currency).toBe(json.contract.currency);
        expect(json.term.years.map(y => y.label.replace('/', '-'))).toContain(year);
    });

    test('settles to the golden statement, which validates against the statement schema', async () => {
        expect(schemaErrors('statement', statement)).toEqual([]);
        expect(statement.diagnostics).toEqual([]);
        expect(statement.shadow).toBe(false);
        await expect(JSON.stringify(statement, null, 2) + '\n').toMatchFileSnapshot(`golden/${name}.statement-${year}.json`);
    });

    test('the statement equals the figures checked by hand', () => {
        const figures = headlineFigures(repoText(`examples/${name}.actuals-${year}.md`));
        expect(figures.length).toBeGreaterThanOrEqual(8);
        const wrong = figures
            .map(f => ({ ...f, actual: atPointer(statement, f.pointer) }))
            .filter(f => !sameFigure(f.actual, f.value))
            .map(f => `${f.label} (${f.pointer}): hand ${f.value}, statement ${JSON.stringify(f.actual)}`);
        expect(wrong).toEqual([]);
        expect(figures.map(f => f.pointer)).toContain('/net/toProvider');
    });
});

describe('the gallery as a whole', () => {
    test('covers every contract form the issue asks for', async () => {
        const forms = await Promise.all(EXAMPLES.map(async e => (await compileContract(join(ROOT, `examples/${e.name}.care`), {})).json.contract.form));
        expect(forms.sort()).toEqual(['aco_shared_savings', 'alliance', 'lead_provider', 'pooled_budget_s75', 'prime_contractor']);
    });

    test('carec check over examples/*.care and the library passes in CI: exit 0, --max-warnings 0', async () => {
        const outcome = await runCheck(['examples/*.care', 'examples/lib/*.care'], { ...checkOptions, maxWarnings: '0' });
        expect(outcome.exitCode).toBe(0);
        expect(outcome.report.summary.errors).toBe(0);
        expect(outcome.report.summary.warnings).toBe(0);
        expect(outcome.report.files.map(f => f.path).sort()).toEqual([
            'examples/aco-shared-savings.care', 'examples/diabetes-pathway.care', 'examples/frailty-alliance.care',
            'examples/lib/experience.care', 'examples/mental-health-lead-provider.care', 'examples/msk-prime-contractor.care',
            'examples/pooled-budget-s75.care'
        ]);
    });

    test('the shared library is imported by two examples and its metrics are used', () => {
        const users = EXAMPLES.filter(e => repoText(`examples/${e.name}.care`).includes('import "lib/experience.care"'));
        expect(users.map(u => u.name)).toEqual(['msk-prime-contractor', 'mental-health-lead-provider']);
        expect(repoText('examples/msk-prime-contractor.care')).toContain('uses ExperienceLib.Recommend');
        expect(repoText('examples/mental-health-lead-provider.care')).toContain('uses ExperienceLib.InvolvedInDecisions');
    });

    test('every settled example has its hand check beside its actuals', async () => {
        const actuals = await glob('examples/*.actuals-*.json', { cwd: ROOT });
        const checked = await glob('examples/*.actuals-*.md', { cwd: ROOT });
        const mine = actuals.filter(a => !a.startsWith('examples/diabetes-pathway.'));
        expect(checked.sort()).toEqual(mine.map(a => a.replace(/\.json$/, '.md')).sort());
    });
});

describe('examples/broken/msk-prime-contractor.care', () => {
    const BROKEN = 'examples/broken/msk-prime-contractor.care';
    const TEN = [
        'choice/choice-defeating-term', 'governance/no-dispute-route', 'outcome/scoring-parameters', 'outcome/weights-not-100',
        'payment/withhold-range', 'population/partition-mismatch', 'ref/unknown-reference', 'subcontract/value-exceeds-allocation',
        'syntax/bad-date', 'syntax/bad-digit-grouping'
    ];

    test('shows ten different diagnostics (and the clean copy\'s one info)', async () => {
        const outcome = await runCheck([join(ROOT, BROKEN)], checkOptions);
        const diagnostics = outcome.report.files[0]!.diagnostics;
        const problems = diagnostics.filter(d => d.severity !== 'info').map(d => d.code);
        expect(problems.sort()).toEqual(TEN);
        expect(diagnostics.filter(d => d.severity === 'info').map(d => d.code)).toEqual(['outcome/reliability-not-assessable']);
        expect(outcome.exitCode).toBe(1);
    });

    test('each mistake is marked in the file with the code it draws', () => {
        const marked = [...repoText(BROKEN).matchAll(/\/\/ BROKEN (\d+): ([a-z]+\/[a-z0-9-]+)/g)];
        expect(marked.map(m => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        expect(marked.map(m => m[2]).sort()).toEqual(TEN);
    });

    test('is a copy of the clean example: only the lines under a BROKEN mark differ', () => {
        const clean = new Set(repoText('examples/msk-prime-contractor.care').split('\n'));
        const lines = repoText(BROKEN).split('\n');
        const body = lines.slice(lines.findIndex(l => l.startsWith('/**')));
        const unexplained = body.filter((line, i) =>
            !clean.has(line) && !line.trim().startsWith('// BROKEN') && !body[i - 1]?.trim().startsWith('// BROKEN'));
        expect(unexplained).toEqual([]);
        expect(lines[0]).toBe('import "../lib/experience.care"');
    });

    test('stays out of the examples/*.care glob that CI and the fuzzers use', async () => {
        const seeds = await glob('examples/*.care', { cwd: ROOT });
        expect(seeds).not.toContain(BROKEN);
        expect(seeds.every(s => !s.includes('/broken/') && !s.includes('/lib/'))).toBe(true);
    });
});
