import { CANONICAL, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';

const override = (body: string) => variant('policy nhs_england_2025', `policy nhs_england_2025 { ${body} }`);
const CLEAN_OVERRIDE = override('withhold_max 25% because "Board minute 2026/14: 25% at risk in years 4-5"');

export const cases: RuleCase[] = [
    {
        code: 'policy/unknown-profile', name: 'a profile year that does not exist', expect: 'trigger',
        text: variant('policy nhs_england_2025', 'policy nhs_england_2024'),
        message: "policy 'nhs_england_2024' is not a profile; did you mean nhs_england_2025?",
        figures: { profile: 'nhs_england_2024', replacement: 'nhs_england_2025' }, severity: 1
    },
    { code: 'policy/unknown-profile', name: 'the profile as named in §6', expect: 'clean', text: CANONICAL },
    { code: 'policy/unknown-profile', name: 'another known profile', expect: 'clean', text: variant('policy nhs_england_2025', 'policy commercial_default') },

    {
        code: 'policy/unknown-parameter', name: 'a misspelt parameter', expect: 'trigger',
        text: override('withold_max 25% because "Board minute 2026/14"'),
        message: "'withold_max' is not a policy parameter; did you mean withhold_max?", figures: { parameter: 'withold_max', replacement: 'withhold_max' },
        severity: 1
    },
    {
        code: 'policy/unknown-parameter', name: 'a parameter nothing resembles', expect: 'trigger',
        text: override('tariff_cap 25% because "Board minute 2026/14"'),
        message: "'tariff_cap' is not a policy parameter", figures: { replacement: null }
    },
    { code: 'policy/unknown-parameter', name: 'a known parameter overridden with a reason', expect: 'clean', text: CLEAN_OVERRIDE },

    {
        code: 'policy/override-type', name: 'a bare fraction for a percentage', expect: 'trigger',
        text: override('withhold_max 0.25 because "Board minute 2026/14"'),
        message: 'withhold_max expects a percentage: 25%, not 0.25', figures: { parameter: 'withhold_max', replacement: '25%' }, severity: 1
    },
    {
        code: 'policy/override-type', name: 'a percentage for a count', expect: 'trigger',
        text: override('min_lives_shared_savings 50% because "Board minute 2026/14"'),
        message: 'min_lives_shared_savings expects a whole number, not 50%', figures: { expected: 'count', replacement: null }
    },
    { code: 'policy/override-type', name: 'a percentage for a percentage', expect: 'clean', text: CLEAN_OVERRIDE },
    {
        code: 'policy/override-type', name: 'a plain amount for a money tolerance', expect: 'clean',
        text: override('money_tolerance 0.05 because "Penny differences between ledgers"')
    }
];
