import { CANONICAL, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';

export const cases: RuleCase[] = [
    {
        code: 'money/mixed-currency', name: 'a dollar amount in a GBP contract', expect: 'trigger',
        text: variant('value £610,000 per year', 'value $610,000 per year'),
        message: '$610,000 in a GBP contract', figures: { currency: 'USD', contractCurrency: 'GBP', replacement: '£610,000' }, severity: 1
    },
    {
        code: 'money/mixed-currency', name: 'a currency code keeps its notation in the fix', expect: 'trigger',
        text: variant('stop_loss above £40,000', 'stop_loss above EUR 40,000'),
        message: 'EUR 40,000 in a GBP contract', figures: { replacement: 'GBP 40,000' }
    },
    { code: 'money/mixed-currency', name: 'the contract currency written as a code', expect: 'clean', text: variant('value £610,000 per year', 'value GBP 610,000 per year') },

    {
        code: 'money/precision', name: 'a paid amount with 3 decimals', expect: 'trigger',
        text: variant('value £610,000 per year', 'value £610,000.005 per year'),
        message: '£610,000.005 has 3 decimal places', figures: { decimals: 3, max: 2, replacement: '£610,000.01' }, severity: 1
    },
    {
        code: 'money/precision', name: 'a capitation rate with 5 decimals', expect: 'trigger',
        text: variant('T1 £520.00', 'T1 £520.00005'),
        message: '£520.00005 has 5 decimal places; rates have at most 4', figures: { max: 4, replacement: '£520.0001' }, severity: 1
    },
    {
        code: 'money/precision', name: 'a percentage with 5 decimals', expect: 'trigger',
        text: variant('uplift 0%', 'uplift 0.00001%'),
        message: '0.00001% has 5 decimal places; percentages have at most 4', figures: { replacement: '0.0000%' }, severity: 2
    },
    { code: 'money/precision', name: 'a capitation rate with 4 decimals', expect: 'clean', text: variant('T1 £520.00', 'T1 £520.0025') },
    { code: 'money/precision', name: 'a percentage with 4 decimals', expect: 'clean', text: variant('uplift 0%', 'uplift 0.0001%') },
    { code: 'money/precision', name: 'whole pounds and pence', expect: 'clean', text: CANONICAL },

    {
        code: 'money/rounding-missing', name: 'no rounding clause', expect: 'trigger',
        text: variant('    rounding half_up to 0.01 per line\n', ''),
        message: 'no rounding rule: declare rounding half_up to 0.01', figures: { insert: 'rounding half_up to 0.01 per line' }, severity: 1
    },
    {
        code: 'money/rounding-missing', name: 'rounding on the total with the default applyAt left out', expect: 'clean',
        text: variant('rounding half_up to 0.01 per line', 'rounding half_even to 0.01')
    }
];
