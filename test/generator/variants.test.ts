import { describe, expect, test } from 'vitest';
import type { ContractJson } from '../../src/generator/contract-json.js';
import { settle } from '../../src/settlement/index.js';
import { readRepoFile, variant } from '../helpers.js';
import { compile, contractSchemaErrors, keyOrderProblems } from './generator-helpers.js';

const amount = (m: { amount: string } | null | undefined): string | undefined => m?.amount;

/** Schema-valid, keys in order, with and without a source map. */
async function compileValid(text: string, files?: Record<string, string>): Promise<ContractJson> {
    const { json } = await compile(text, { files });
    expect(contractSchemaErrors(json)).toEqual([]);
    expect(keyOrderProblems(json)).toEqual([]);
    const mapped = (await compile(text, { files, sourceMap: true })).json;
    expect(contractSchemaErrors(mapped)).toEqual([]);
    expect(keyOrderProblems(mapped)).toEqual([]);
    return json;
}

describe('PMPM capitation, pooled budget and allocations (§3.7 snippets, pooled_budget_s75)', async () => {
    const json = await compileValid(readRepoFile('test/fixtures/budget/eastmoor-respiratory.care'));

    test('per member per month tiers annualise × 12', () => {
        const cap = json.budget.capitation!;
        expect(cap.unit).toBe('member_per_month');
        expect(cap.tiers.map(t => [t.cohort, t.count, amount(t.rate), amount(t.annual)])).toEqual([
            ['A40', 20400, '3.50', '856800.00'],
            ['A65', 9100, '9.25', '1010100.00'],
            ['A80', 2700, '16.00', '518400.00']
        ]);
        expect(amount(cap.annualTotal)).toBe('2385300.00');
        expect(json.budget.years[1]).toMatchObject({
            year: '2027/28', basis: 'capitation', stated: null, final: false,
            uplift: { rate: null, index: 'cpi', less: { fraction: '0.011' } }
        });
    });

    test('pooled budget, allocations and savings plan', () => {
        expect(json.budget.pooled).toEqual({
            id: 'BetterCare', title: null, host: 'EastmoorCouncil', poolManager: 'EastmoorCouncil', aligned: false,
            contributions: [
                { party: 'EastmoorICB', amount: { amount: '1669710.00', currency: 'GBP' }, year: '2026/27', share: { fraction: '0.70' } },
                { party: 'EastmoorCouncil', amount: { amount: '715590.00', currency: 'GBP' }, year: '2026/27', share: { fraction: '0.30' } }
            ],
            overspend: 'in_proportion',
            underspend: 'in_proportion'
        });
        expect(json.budget.allocations).toEqual([{
            year: '2026/27', exhaustive: true,
            items: [
                { service: 'Spirometry', amount: { amount: '1035300.00', currency: 'GBP' } },
                { service: 'RespClinic', amount: { amount: '1250000.00', currency: 'GBP' } }
            ],
            reserves: [{ id: 'Contingency', title: null, amount: { amount: '100000.00', currency: 'GBP' } }],
            total: { amount: '2385300.00', currency: 'GBP' }
        }]);
        expect(json.budget.savingsPlan).toEqual([
            { year: '2026/27', amount: { amount: '90000.00', currency: 'GBP' }, text: 'Community spirometry replaces hospital tests' }
        ]);
        expect(json.budget.baselineSpend?.affordability?.year).toBe('2026/27');
    });

    test('asymmetric corridor, partitioned population, pathways, own minimum denominator', () => {
        expect(json.payment.corridor?.symmetric).toBe(false);
        expect(json.payment.corridor?.deficit.map(b => b.providerShare.fraction)).toEqual(['1.00', '0.25']);
        expect(json.payment.corridor?.surplus.map(b => b.providerShare.fraction)).toEqual(['1.00', '0.50']);
        expect(json.population.partitions[0]).toEqual({ id: 'AgeBand', exhaustive: true, members: ['A40', 'A65', 'A80'], sizeTotal: 32200 });
        expect(json.cohorts.find(c => c.id === 'A65')?.age).toEqual({ lo: 65, hi: 80 });
        expect(json.services.pathways[0]?.stages.map(s => [s.id, s.services, s.access?.within ?? null, s.choiceAtReferral])).toEqual([
            ['Diagnose', ['Spirometry'], { value: 6, unit: 'weeks' }, false],
            ['Manage', ['RespClinic'], null, true]
        ]);
        expect(json.pots[0]?.outcomes[0]?.minimumDenominator).toEqual({ value: 100, unit: 'patients', fallback: 'exclude', fromPolicy: false });
        expect(json.parties.subcontractors[0]?.passesThrough).toEqual({ backToBack: true });
        expect(json.payment.withholds[0]?.years.map(y => [y.year, amount(y.amount), y.final])).toEqual([
            ['2026/27', '0.00', true], ['2027/28', '119265.00', false], ['2028/29', '119265.00', false]
        ]);
    });
});

describe('US Medicare shared-savings ACO with PY years', async () => {
    const json = await compileValid(readRepoFile('test/fixtures/payment/aco.care'));

    test('calendar performance years tile the term', () => {
        expect(json.term.yearKind).toBe('calendar');
        expect(json.term.years.map(y => [y.label, y.period.start, y.period.end])).toEqual([
            ['PY2026', '2026-01-01', '2027-01-01'],
            ['PY2027', '2027-01-01', '2028-01-01'],
            ['PY2028', '2028-01-01', '2029-01-01'],
            ['PY2029', '2029-01-01', '2030-01-01'],
            ['PY2030', '2030-01-01', '2031-01-01']
        ]);
        expect(json.contract.currency).toBe('USD');
        expect(json.budget.capitation).toBeNull();
        expect(json.payment.base).toEqual({ kind: 'fee_for_service', amount: null, frequency: 'per_claim' });
    });

    test('shared savings in the engine\'s shape', () => {
        expect(json.payment.sharedSavings).toEqual({
            benchmark: { amount: null, perCapita: { amount: '12000.00', currency: 'USD' }, year: 'PY2025', trend: { fraction: '0.03' }, riskAdjusted: true },
            sided: 'two_sided',
            msr: { kind: 'fixed', rate: { fraction: '0.02' } },
            mlr: { kind: 'fixed', rate: { fraction: '0.02' } },
            basis: 'first_dollar',
            savingsShare: { fraction: '0.50' },
            lossShare: { fraction: '0.30' },
            savingsCap: { fraction: '0.10' },
            lossCaps: [{ rate: { fraction: '0.04' }, of: 'benchmark' }, { rate: { fraction: '0.08' }, of: 'revenue' }],
            qualityScaling: true
        });
        expect(json.payment.gates).toEqual([{ target: 'shared_savings', above: null, subject: 'Q', measure: 'composite', op: '>=', value: '0.40' }]);
        expect(json.riskAdjustment).toMatchObject({ method: 'hcc', capOnChange: { rate: { fraction: '0.03' }, per: 'agreement_period' }, truncation: { percentile: '99' } });
        expect(json.parties.provider?.security).toEqual({ kind: 'letter_of_credit', amount: { amount: '9000000.00', currency: 'USD' } });
    });

    test('settles: the benchmark is grown from PY2025 to PY2026 and savings are shared', () => {
        const statement = settle(json, {
            contract: 'ACO_VALLEY_2026', year: 'PY2026', currency: 'USD',
            expenditure: { amount: '148000000.00', currency: 'USD' }, riskScore: '1.0', providerRevenue: null,
            outcomes: [
                { id: 'Q1', value: '14.0', denominator: 2100, dataComplete: true },
                { id: 'Q2', value: '84', denominator: 860, dataComplete: true }
            ],
            penalties: []
        });
        expect(amount(statement.sharedSavings?.benchmark)).toBe('153264000.00');
        expect(amount(statement.sharedSavings?.savings)).toBe('5264000.00');
        expect(statement.sharedSavings?.qualifies).toBe(true);
    });
});

describe('other constructs: bonus, marginal rate, penalty, gates, must_pass, library metric, alliance-free defaults', async () => {
    const library = `/** Shared diabetes metric definitions. */
library DiabLib "Diabetes metrics" {
    /** NICE-aligned glycaemic control. */
    metric Control "HbA1c at or below 58 mmol/mol" {
        type outcome
        domain "Clinical effectiveness"
        numerator "Register patients whose latest HbA1c is at or below 58 mmol/mol"
        unit percent
        direction higher
        source "GP data extraction" lag 45 days
    }
}`;
    let text = variant('contract A_DIAB_NSH_2025', 'import "lib/diabetes.care"\ncontract A_DIAB_NSH_2025');
    text = variant(`        outcome M1 "HbA1c at or below 58 mmol/mol" {
            type outcome
            numerator "Register patients whose latest HbA1c is at or below 58 mmol/mol"
            denominator DiabetesRegister
            unit percent
            direction higher
            scoring linear`, `        /** Glycaemic control, from the library. */
        outcome M1 {
            uses DiabLib.Control
            denominator DiabetesRegister
            scoring linear
            must_pass at 50 blocks bonus
            missing_data neutral`, text);
    text = variant('        settle 6 months after year_end', `        bonus 1% of capitation into P1 cap £120,000.00
        marginal_rate 30% above 1,850 admissions in 2024/25 rebase annually
        gate bonus requires M3 value <= 9.5
        penalty "Late data submission" £5,000.00 per event cap £50,000.00 per year
        settle 6 months after year_end`, text);
    const json = await compileValid(text, { 'lib/diabetes.care': library });
    const m1 = json.pots[0]!.outcomes[0]!;

    test('an outcome using a library metric inherits its clauses and keeps its own doc comment', () => {
        expect(m1).toMatchObject({
            id: 'M1', title: 'HbA1c at or below 58 mmol/mol', doc: 'Glycaemic control, from the library.', uses: 'DiabLib.Control',
            type: 'outcome', domain: 'Clinical effectiveness', definition: 'HbA1c at or below 58 mmol/mol', unit: 'percent', direction: 'higher',
            source: { name: 'GP data extraction', national: false, lag: { value: 45, unit: 'days' } },
            missingData: 'neutral', mustPass: { at: '50', blocks: 'bonus' }
        });
    });

    test('bonus, marginal rate, value gate and penalty', () => {
        expect(json.payment.bonuses).toEqual([{
            pot: 'P1', amount: null, rate: { fraction: '0.01' }, base: 'capitation',
            cap: { amount: { amount: '120000.00', currency: 'GBP' }, rate: null, base: null }
        }]);
        expect(json.payment.marginalRates).toEqual([
            { rate: { fraction: '0.30' }, above: { count: 1850, unit: 'admissions', amount: null }, year: '2024/25', rebase: 'annually' }
        ]);
        expect(json.payment.gates[1]).toEqual({ target: 'bonus', above: null, subject: 'M3', measure: 'value', op: '<=', value: '9.5' });
        expect(json.payment.penalties).toEqual([{
            title: 'Late data submission', amount: { amount: '5000.00', currency: 'GBP' }, per: 'event',
            cap: { amount: '50000.00', currency: 'GBP' }
        }]);
    });
});

describe('a term that starts mid-year: partial year and its pro-rated budget', async () => {
    let text = variant(`    term 2025-04-01 to 2030-03-31 {
        years april_to_march`, `    term 2025-07-01 to 2030-03-31 {
        years april_to_march
        partial 2025/26 pro_rata days`);
    text = variant('year 2025/26 £17,712,240.00', 'year 2025/26 £13,296,311.67', text);
    const json = await compileValid(text);

    test('the partial year carries the model fraction and its two day counts', () => {
        expect(json.term.period).toEqual({ start: '2025-07-01', end: '2030-04-01' });
        expect(json.term.years[0]).toEqual({
            label: '2025/26',
            period: { start: '2025-07-01', end: '2026-04-01' },
            shadow: true,
            partial: { proRata: 'days', fraction: { fraction: '0.7506849315' }, days: 274, yearDays: 365 }
        });
        expect(json.term.years[1]?.partial).toBeNull();
    });

    test('the pro-rated stated amount reconciles with the model computation', () => {
        expect(json.budget.years[0]).toMatchObject({
            year: '2025/26', stated: { amount: '13296311.67', currency: 'GBP' }, computed: { amount: '13296311.67', currency: 'GBP' },
            difference: { amount: '0.00', currency: 'GBP' }, final: true
        });
    });
});

describe('form alliance: member providers are grouped, no single accountable provider', async () => {
    let text = variant('form lead_provider', 'form alliance');
    text = variant(`    subcontractor GPFederation`, `    provider CommunityTrust "North Shire Community NHS Trust" {
        legal_form nhs_trust
        statutory
        security statutory_body
    }
    alliance DiabetesAlliance "North Shire diabetes alliance" {
        member Riverside risk_share 60%
        member CommunityTrust risk_share 40%
        leadership_team "Alliance leadership team"
        decides unanimously
    }
    subcontractor GPFederation`, text);
    const { json } = await compile(text, { allowErrors: true });

    test('providers and alliance', () => {
        expect(json.parties.provider).toBeNull();
        expect(json.parties.providers.map(p => p.id)).toEqual(['Riverside', 'CommunityTrust']);
        expect(json.parties.alliance).toEqual({
            id: 'DiabetesAlliance', title: 'North Shire diabetes alliance',
            members: [{ party: 'Riverside', riskShare: { fraction: '0.60' } }, { party: 'CommunityTrust', riskShare: { fraction: '0.40' } }],
            decides: 'unanimously', leadershipTeam: 'Alliance leadership team'
        });
        expect(contractSchemaErrors(json)).toEqual([]);
    });
});
