import { CANONICAL, readRepoFile, variant } from '../../helpers.js';
import type { FixCase } from '../code-actions-helpers.js';

const EASTMOOR = readRepoFile('test/fixtures/budget/eastmoor-respiratory.care');
const ACO_ASSIGNED = readRepoFile('test/fixtures/population/aco-assigned.care');
const OVERLAP = variant('A65 "65 to 79" age 65 to 79', 'A65 "65 to 79" age 65 to 80', EASTMOOR);
const withRisk = (clause: string) => variant('    budget {\n        year PY2026', `    ${clause}\n    budget {\n        year PY2026`, ACO_ASSIGNED);
const YEAR_2028 = '        year 2028/29 capitation uplift national_cost_uplift less efficiency_factor\n';
const CORRIDOR = `        corridor on budget symmetric {
            band 0% to 2% provider 100%
            band 2% to 5% provider 50%
            band above 5% provider 10%
        }`;

export const cases: FixCase[] = [
    {
        code: 'population/age-band-overlap', name: 'A65 ends the year before A80 starts',
        text: OVERLAP, title: 'End the band a year earlier: A65 65 to 79', after: [['age 65 to 80', 'age 65 to 79']]
    },
    {
        code: 'population/basis-mismatch', name: 'a capitated register gets a changes rule',
        text: variant('        changes pro_rata member_months recount every 1 January\n', ''),
        title: 'Insert a changes clause: changes pro_rata member_months',
        after: [['        }\n    }\n\n    cohort NewlyDiagnosed', '        }\n        changes pro_rata member_months\n    }\n\n    cohort NewlyDiagnosed']]
    },
    {
        code: 'population/basis-mismatch', name: 'a retrospective population reconciles annually',
        text: variant('basis assigned_prospective', 'basis assigned_retrospective', ACO_ASSIGNED),
        title: 'Insert a reconcile clause: reconcile annually'
    },
    {
        code: 'risk/uncapped-score-growth', name: 'cap_on_change in a one-line block',
        text: withRisk('risk_adjustment hcc { purpose benchmark recalculation annually }'),
        title: 'Add cap_on_change 3% per agreement_period',
        after: [['recalculation annually }', 'recalculation annually cap_on_change 3% per agreement_period }']]
    },
    {
        code: 'risk/uncapped-score-growth', name: 'a risk adjustment without a block gets one',
        text: withRisk('risk_adjustment hcc'),
        after: [['    risk_adjustment hcc\n', '    risk_adjustment hcc {\n        cap_on_change 3% per agreement_period\n    }\n']]
    },
    {
        code: 'budget/capitation-mismatch', name: 'the stated amount becomes the computed one',
        text: variant('T1 £520.00', 'T1 £521.00'), message: 'stated £17,712,240.00',
        title: 'Use the computed amount: £17,725,344.00', after: [['year 2025/26 £17,712,240.00', 'year 2025/26 £17,725,344.00']]
    },
    {
        code: 'budget/capitation-mismatch', name: 'or the year follows the formula',
        text: variant('T1 £520.00', 'T1 £521.00'), message: 'stated £17,712,240.00', title: 'Use the capitation formula',
        after: [['year 2025/26 £17,712,240.00', 'year 2025/26 capitation']]
    },
    {
        code: 'budget/year-missing', name: 'year 2029/30 capitation after 2028/29',
        text: variant('        year 2029/30 capitation uplift national_cost_uplift less efficiency_factor\n', ''),
        title: 'Insert year 2029/30 capitation',
        after: [[YEAR_2028, `${YEAR_2028}        year 2029/30 capitation\n`]]
    },
    {
        code: 'budget/year-missing', name: 'a missing middle year goes in year order',
        text: variant('        year 2027/28 capitation uplift national_cost_uplift less efficiency_factor\n', ''),
        after: [['        year 2026/27 £17,712,240.00 uplift 0%\n', '        year 2026/27 £17,712,240.00 uplift 0%\n        year 2027/28 capitation\n']]
    },
    {
        code: 'payment/phasing-incomplete', name: 'withhold phasing gets 2029/30 at 0%',
        text: variant('            2029/30 6%\n', ''), title: 'Add the year at 0%: 2029/30 0%',
        after: [['            2028/29 6%\n', '            2028/29 6%\n            2029/30 0%\n']]
    },
    {
        code: 'payment/phasing-incomplete', name: 'a one-line withhold keeps its two-space columns',
        text: variant(/withhold of capitation into P1 \{[\s\S]*?\n        }/.exec(CANONICAL)![0],
            'withhold of capitation into P1 { 2025/26 0%  2026/27 6%  2028/29 6%  2029/30 6% }'),
        after: [['{ 2025/26 0%  2026/27 6%  2028/29 6%  2029/30 6% }', '{ 2025/26 0%  2026/27 6%  2027/28 0%  2028/29 6%  2029/30 6% }']]
    },
    {
        code: 'payment/corridor-bands', name: 'unsorted bands are sorted',
        text: variant(CORRIDOR, CORRIDOR.replace('            band 0% to 2% provider 100%\n            band 2% to 5% provider 50%',
            '            band 2% to 5% provider 50%\n            band 0% to 2% provider 100%')),
        message: 'not sorted', title: 'Sort the bands'
    }
];
