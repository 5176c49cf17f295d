import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueEntry } from '../../src/language/validation/catalogue.js';
import { parseDecimal } from '../../src/model/decimal.js';
import {
    POLICY_PARAMETERS, PROFILES, PROFILE_NAMES, THRESHOLD_CODES, defaultProfileFor, formatPolicyValue, isProfileName,
    policyParameter, resolvePolicy
} from '../../src/model/policy.js';
import type { PolicyOverrideInput, ProfileName } from '../../src/model/policy.js';

const BOARD_MINUTE = 'Board minute 2026/14: 25% at risk in years 4-5';

function override(parameter: string, value: string, kind: PolicyOverrideInput['kind'], reason = BOARD_MINUTE): PolicyOverrideInput {
    return { parameter, value: parseDecimal(value), kind, reason };
}

function defaults(profile: ProfileName = 'nhs_england_2025') {
    return resolvePolicy(profile, []).policy;
}

describe('POLICY_PARAMETERS', () => {
    it('defines the 16 parameters of §6 once each', () => {
        const names = POLICY_PARAMETERS.map(p => p.name);
        expect(names).toHaveLength(16);
        expect(new Set(names).size).toBe(16);
        for (const p of POLICY_PARAMETERS) {
            expect(p.rules.length, p.name).toBeGreaterThan(0);
            p.rules.forEach(rule => expect(rule).toMatch(/^V-\d\d$/));
            expect(parseDecimal(p.defaultValue).isFinite(), p.name).toBe(true);
        }
    });

    it('gives each parameter its kind', () => {
        const kind = (name: string) => policyParameter(name)?.kind;
        expect(kind('min_lives_shared_savings')).toBe('count');
        expect(kind('max_baseline_age_years')).toBe('count');
        expect(kind('withhold_max')).toBe('percent');
        expect(kind('max_budget_gap_vs_baseline')).toBe('percent');
        expect(kind('money_tolerance')).toBe('money');
        expect(kind('money_tolerance_relative')).toBe('percent');
        expect(policyParameter('nope')).toBeUndefined();
    });
});

describe('profiles', () => {
    it('maps jurisdictions to their default profile', () => {
        expect(defaultProfileFor('england')).toBe('nhs_england_2025');
        expect(defaultProfileFor('scotland')).toBe('nhs_england_2025');
        expect(defaultProfileFor('wales')).toBe('nhs_england_2025');
        expect(defaultProfileFor('us_medicare')).toBe('mssp_2026');
        expect(defaultProfileFor('us_medicaid')).toBe('us_medicaid_2025');
        expect(defaultProfileFor('us_commercial')).toBe('commercial_default');
        expect(defaultProfileFor('other')).toBe('commercial_default');
    });

    it('recognises profile names', () => {
        for (const name of PROFILE_NAMES) {
            expect(isProfileName(name)).toBe(true);
            expect(PROFILES[name].name).toBe(name);
        }
        expect(isProfileName('nhs_england_2024')).toBe(false);
        expect(isProfileName('')).toBe(false);
    });

    it('only names catalogue codes', () => {
        for (const profile of Object.values(PROFILES)) {
            for (const code of Object.keys(profile.severities)) {
                expect(catalogueEntry(code), `${profile.name}: ${code}`).toBeDefined();
            }
        }
        THRESHOLD_CODES.forEach(code => expect(catalogueEntry(code), code).toBeDefined());
    });

    it('sets the V-48 right and the V-27 and V-31 flags per §6', () => {
        expect(PROFILES.nhs_england_2025.requiredChoiceRight).toBe('referral_choice');
        expect(PROFILES.mssp_2026.requiredChoiceRight).toBe('non_network_providers');
        expect(PROFILES.us_medicaid_2025.requiredChoiceRight).toBe('non_network_providers');
        expect(PROFILES.commercial_default.requiredChoiceRight).toBeUndefined();
        expect(PROFILE_NAMES.filter(n => PROFILES[n].statutoryBodiesExemptFromSecurity)).toEqual(['nhs_england_2025']);
        expect(PROFILE_NAMES.filter(n => PROFILES[n].msrMustEqualMlrWhenTwoSided)).toEqual(['mssp_2026']);
    });
});

describe('severityOf', () => {
    it('turns the Medicaid incentive cap on only under us_medicaid_2025', () => {
        expect(defaults('nhs_england_2025').severityOf('payment/incentive-cap')).toBe('off');
        expect(defaults('mssp_2026').severityOf('payment/incentive-cap')).toBe('off');
        expect(defaults('commercial_default').severityOf('payment/incentive-cap')).toBe('off');
        expect(defaults('us_medicaid_2025').severityOf('payment/incentive-cap')).toBe('error');
    });

    it('makes the MSSP size, security and loss-cap rules errors under mssp_2026', () => {
        const mssp = defaults('mssp_2026');
        expect(mssp.severityOf('population/too-small-for-risk')).toBe('error');
        expect(mssp.severityOf('party/no-financial-security')).toBe('error');
        expect(mssp.severityOf('payment/loss-cap')).toBe('error');
        const nhs = defaults('nhs_england_2025');
        expect(nhs.severityOf('population/too-small-for-risk')).toBe('warning');
        expect(nhs.severityOf('party/no-financial-security')).toBe('warning');
        expect(nhs.severityOf('payment/loss-cap')).toBe('warning');
    });

    it('reports the statutory exemption only where statutory bodies are exempt', () => {
        expect(defaults('nhs_england_2025').severityOf('party/security-statutory-exempt')).toBe('info');
        expect(defaults('mssp_2026').severityOf('party/security-statutory-exempt')).toBe('off');
    });

    it('never makes a threshold rule an error under commercial_default, and drops V-48', () => {
        const commercial = defaults('commercial_default');
        for (const code of THRESHOLD_CODES) {
            expect(commercial.severityOf(code), code).not.toBe('error');
        }
        expect(commercial.severityOf('payment/withhold-range')).toBe('warning');
        expect(commercial.severityOf('choice/missing')).toBe('off');
        expect(defaults('nhs_england_2025').severityOf('choice/missing')).toBe('warning');
    });

    it('falls back to the catalogue and rejects unknown codes', () => {
        for (const name of PROFILE_NAMES) {
            expect(defaults(name).severityOf('budget/capitation-mismatch')).toBe('error');
            expect(defaults(name).severityOf('outcome/reliability-not-assessable')).toBe('info');
        }
        expect(() => defaults().severityOf('budget/no-such-code')).toThrow(/unknown diagnostic code/);
    });
});

describe('resolvePolicy', () => {
    it('uses the defaults when nothing is overridden', () => {
        const { policy, problems } = resolvePolicy('nhs_england_2025', []);
        expect(problems).toEqual([]);
        expect(policy.profile).toBe(PROFILES.nhs_england_2025);
        expect(policy.all().map(v => v.name)).toEqual(POLICY_PARAMETERS.map(p => p.name));
        expect(policy.all().every(v => v.source === 'default')).toBe(true);
        expect(policy.overrides()).toEqual([]);
        expect(policy.value('withhold_max').toString()).toBe('20');
        expect(policy.value('min_lives_full_capitation').toString()).toBe('100000');
        expect(policy.value('money_tolerance').toString()).toBe('0.01');
        expect(policy.value('max_budget_gap_vs_baseline').toString()).toBe('3');
    });

    it('applies a well-typed override with its reason', () => {
        const { policy, problems } = resolvePolicy('nhs_england_2025', [override('withhold_max', '25', 'percent')]);
        expect(problems).toEqual([]);
        const v = policy.get('withhold_max');
        expect(v.value.toString()).toBe('25');
        expect(v.source).toBe('override');
        expect(v.reason).toBe(BOARD_MINUTE);
        expect(policy.overrides().map(o => o.name)).toEqual(['withhold_max']);
        expect(policy.get('withhold_hard_max').source).toBe('default');
    });

    it('accepts whole counts and plain or money amounts for money', () => {
        const { policy, problems } = resolvePolicy('mssp_2026', [
            override('min_lives_shared_savings', '4500', 'number'),
            override('money_tolerance', '0.05', 'number'),
            override('money_tolerance', '1.00', 'money')
        ]);
        expect(problems).toEqual([]);
        expect(policy.value('min_lives_shared_savings').toString()).toBe('4500');
        expect(policy.value('money_tolerance').toString()).toBe('1');
    });

    it('suggests the closest parameter for an unknown name', () => {
        const { policy, problems } = resolvePolicy('nhs_england_2025', [
            override('withold_max', '25', 'percent'),
            override('completely_unrelated_name', '1', 'number')
        ]);
        expect(problems).toEqual([
            { index: 0, kind: 'unknown-parameter', parameter: 'withold_max', suggestion: 'withhold_max' },
            { index: 1, kind: 'unknown-parameter', parameter: 'completely_unrelated_name' }
        ]);
        expect(policy.overrides()).toEqual([]);
    });

    it('rejects a bare number for a percentage and proposes the percentage', () => {
        const { policy, problems } = resolvePolicy('nhs_england_2025', [
            override('withhold_max', '0.25', 'number'),
            override('msr_floor', '0.005', 'number'),
            override('withhold_hard_max', '90', 'number')
        ]);
        expect(problems).toEqual([
            { index: 0, kind: 'override-type', parameter: 'withhold_max', expected: 'percent', given: 'number', converted: '25%' },
            { index: 1, kind: 'override-type', parameter: 'msr_floor', expected: 'percent', given: 'number', converted: '0.5%' },
            { index: 2, kind: 'override-type', parameter: 'withhold_hard_max', expected: 'percent', given: 'number', converted: '90%' }
        ]);
        expect(policy.value('withhold_max').toString()).toBe('20');
    });

    it('rejects other literal types without a conversion', () => {
        const { problems } = resolvePolicy('nhs_england_2025', [
            override('withhold_max', '25', 'money'),
            override('min_lives_shared_savings', '4500.5', 'number'),
            override('min_lives_shared_savings', '10', 'percent'),
            override('min_denominator_events', '-5', 'number'),
            override('money_tolerance', '1', 'percent')
        ]);
        expect(problems.map(p => [p.index, p.kind, p.parameter, 'expected' in p ? p.expected : '', 'converted' in p])).toEqual([
            [0, 'override-type', 'withhold_max', 'percent', false],
            [1, 'override-type', 'min_lives_shared_savings', 'count', false],
            [2, 'override-type', 'min_lives_shared_savings', 'count', false],
            [3, 'override-type', 'min_denominator_events', 'count', false],
            [4, 'override-type', 'money_tolerance', 'money', false]
        ]);
    });

    it('lets a later override of the same parameter win', () => {
        const { policy } = resolvePolicy('nhs_england_2025', [
            override('withhold_max', '25', 'percent', 'first'),
            override('withhold_max', '30', 'percent', 'second')
        ]);
        expect(policy.get('withhold_max').value.toString()).toBe('30');
        expect(policy.get('withhold_max').reason).toBe('second');
        expect(policy.overrides()).toHaveLength(1);
    });

    it('throws for an unknown parameter name', () => {
        expect(() => defaults().get('withold_max')).toThrow(/unknown policy parameter/);
        expect(() => defaults().tag('withold_max')).toThrow(/unknown policy parameter/);
    });
});

describe('tag', () => {
    it('names the profile, parameter and value', () => {
        const policy = defaults();
        expect(policy.tag('withhold_max')).toBe('[nhs_england_2025.withhold_max = 20%]');
        expect(policy.tag('min_lives_shared_savings')).toBe('[nhs_england_2025.min_lives_shared_savings = 5,000]');
        expect(policy.tag('min_lives_full_capitation')).toBe('[nhs_england_2025.min_lives_full_capitation = 100,000]');
        expect(policy.tag('money_tolerance')).toBe('[nhs_england_2025.money_tolerance = 0.01]');
        expect(policy.tag('money_tolerance_relative')).toBe('[nhs_england_2025.money_tolerance_relative = 0.01%]');
        expect(policy.tag('max_baseline_age_years')).toBe('[nhs_england_2025.max_baseline_age_years = 3]');
        expect(defaults('mssp_2026').tag('msr_floor')).toBe('[mssp_2026.msr_floor = 2%]');
    });

    it('adds the reason of an override', () => {
        const { policy } = resolvePolicy('nhs_england_2025', [override('withhold_max', '25', 'percent')]);
        expect(policy.tag('withhold_max'))
            .toBe('[nhs_england_2025.withhold_max = 25%, overridden: Board minute 2026/14: 25% at risk in years 4-5]');
    });

    it('formats each kind', () => {
        expect(formatPolicyValue('percent', parseDecimal('2.948'))).toBe('2.948%');
        expect(formatPolicyValue('count', parseDecimal('128500'))).toBe('128,500');
        expect(formatPolicyValue('money', parseDecimal('1500'))).toBe('1,500.00');
        expect(formatPolicyValue('number', parseDecimal('1.25'))).toBe('1.25');
    });
});

// ── Against the spec: the §6 parameter table ──

const SPEC = fileURLToPath(new URL('../../../shared/LANGUAGE.md', import.meta.url));

describe.skipIf(!existsSync(SPEC))('parameters against LANGUAGE.md §6', () => {
    /** [name, default cell, V cell] for both halves of each table row. */
    function readTable(): [string, string, string][] {
        const text = readFileSync(SPEC, 'utf8');
        const section = text.slice(text.indexOf('## 6. Policy profiles'), text.indexOf('## 7.'));
        const cells: [string, string, string][] = [];
        for (const line of section.split('\n').filter(l => l.startsWith('| `'))) {
            const c = line.split('|').map(s => s.trim()).slice(1, -1);
            for (let i = 0; i + 2 < c.length; i += 3) {
                cells.push([c[i]!.replace(/`/g, ''), c[i + 1]!, c[i + 2]!]);
            }
        }
        return cells;
    }

    function rulesOf(cell: string, previous: string[]): string[] {
        if (cell === 'same') {
            return previous;
        }
        return cell.split(',').map(s => s.trim()).filter(s => /^\d/.test(s)).flatMap(s => {
            const [lo = '', hi = lo] = s.split('–');
            const rules: string[] = [];
            for (let n = Number(lo); n <= Number(hi); n++) {
                rules.push(`V-${String(n).padStart(2, '0')}`);
            }
            return rules;
        });
    }

    it('has the same parameters, defaults and rules', () => {
        const table = readTable();
        expect(table.map(([name]) => name).sort()).toEqual(POLICY_PARAMETERS.map(p => p.name).sort());
        const rulesByName = new Map<string, string[]>();
        // 'same' refers to the row above in the same column: read the left column, then the right.
        const byColumn = [...table.filter((_, i) => i % 2 === 0), ...table.filter((_, i) => i % 2 === 1)];
        let previous: string[] = [];
        for (const [name, , ruleCell] of byColumn) {
            previous = rulesOf(ruleCell, previous);
            rulesByName.set(name, previous);
        }
        for (const [name, defaultCell] of table) {
            const def = policyParameter(name)!;
            const written = /^-?[\d,.]+/.exec(defaultCell)![0];
            expect(parseDecimal(def.defaultValue).equals(parseDecimal(written)), name).toBe(true);
            expect(defaultCell.includes('%'), name).toBe(def.kind === 'percent');
            expect(def.rules, name).toEqual(rulesByName.get(name));
        }
    });
});
