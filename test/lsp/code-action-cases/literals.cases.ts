import { variant } from '../../helpers.js';
import type { FixCase } from '../code-actions-helpers.js';

const OVERRIDE = (value: string) => variant('policy nhs_england_2025', `policy nhs_england_2025 { withhold_max ${value} because "Board minute 2026/14" }`);

export const cases: FixCase[] = [
    {
        code: 'syntax/bad-digit-grouping', name: "size '2,1840' regrouped to 21,840",
        text: variant('size 21,840 as_at', 'size 2,1840 as_at'),
        title: 'Regroup the digits: 21,840', after: [['size 2,1840 as_at', 'size 21,840 as_at']]
    },
    {
        code: 'syntax/bad-digit-grouping', name: 'money keeps its symbol',
        text: variant('value £610,000 per year', 'value £61,0000 per year'),
        after: [['£61,0000', '£610,000']]
    },
    {
        code: 'syntax/bad-year-label', name: '2025/27 → 2025/26',
        text: variant('shadow 2025/26', 'shadow 2025/27'),
        title: 'Correct the year label: 2025/26', after: [['shadow 2025/27', 'shadow 2025/26']]
    },
    {
        code: 'policy/override-type', name: 'a bare fraction becomes a percentage',
        text: OVERRIDE('0.25'), title: 'Convert to a percentage: 25%', after: [['withhold_max 0.25', 'withhold_max 25%']]
    },
    {
        code: 'money/mixed-currency', name: 'a dollar amount in a GBP contract',
        text: variant('value £610,000 per year', 'value $610,000 per year'),
        title: 'Change the currency symbol: £610,000 (GBP)', after: [['$610,000', '£610,000']]
    },
    {
        code: 'money/mixed-currency', name: 'a currency code keeps the code notation',
        text: variant('value £610,000 per year', 'value EUR 610,000 per year'),
        after: [['EUR 610,000', 'GBP 610,000']]
    },
    {
        code: 'money/precision', name: 'a paid amount with 3 decimals',
        text: variant('value £610,000 per year', 'value £610,000.005 per year'),
        title: 'Round to 2 decimal places: £610,000.01', after: [['£610,000.005', '£610,000.01']]
    },
    {
        code: 'money/precision', name: 'a percentage with 5 decimals rounds to 4',
        text: variant('uplift 0%', 'uplift 0.00001%'),
        title: 'Round to 4 decimal places', after: [['uplift 0.00001%', 'uplift 0.0000%']]
    },
    {
        code: 'money/rounding-missing', name: 'rounding goes back after currency',
        text: variant('    rounding half_up to 0.01 per line\n', ''),
        title: 'Insert a rounding clause: rounding half_up to 0.01 per line',
        after: [['    currency GBP\n', '    currency GBP\n    rounding half_up to 0.01 per line\n']]
    }
];
