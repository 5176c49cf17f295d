import { CANONICAL, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';

const ENDS_IN_FEBRUARY = variant('term 2025-04-01 to 2030-03-31', 'term 2025-04-01 to 2030-02-28');

export const cases: RuleCase[] = [
    {
        code: 'term/bad-order', name: 'start and end swapped', expect: 'trigger',
        text: variant('term 2025-04-01 to 2030-03-31', 'term 2030-03-31 to 2025-04-01'),
        message: 'Term starts 2030-03-31, after it ends 2025-04-01', figures: { start: '2030-03-31', end: '2025-04-01' }, severity: 1
    },
    {
        code: 'term/bad-order', name: 'a term that ends the day it starts', expect: 'trigger',
        text: variant('term 2025-04-01 to 2030-03-31', 'term 2025-04-01 to 2025-04-01'),
        message: 'Term starts 2025-04-01, on the day it ends 2025-04-01'
    },
    { code: 'term/bad-order', name: 'a one-year term', expect: 'clean', text: variant('term 2025-04-01 to 2030-03-31', 'term 2025-04-01 to 2026-03-31') },

    {
        code: 'term/years-do-not-tile', name: 'term ends in February without a partial last year', expect: 'trigger',
        text: ENDS_IN_FEBRUARY,
        message: 'Term ends 2030-02-28 inside 2029/30; declare partial',
        figures: { year: '2029/30', edge: 'end', date: '2030-02-28', insert: 'partial 2029/30 pro_rata days', days: 334, daysInYear: 365 }, severity: 1
    },
    {
        code: 'term/years-do-not-tile', name: 'term starts in July without a partial first year', expect: 'trigger',
        text: variant('term 2025-04-01 to 2030-03-31', 'term 2025-07-01 to 2030-03-31'),
        message: 'Term starts 2025-07-01 inside 2025/26; declare partial', figures: { year: '2025/26', edge: 'start' }
    },
    {
        code: 'term/years-do-not-tile', name: 'a whole year declared partial', expect: 'trigger',
        text: variant('shadow 2025/26', 'shadow 2025/26\n        partial 2027/28 pro_rata days'),
        message: '2027/28 is a whole year of the term'
    },
    {
        code: 'term/years-do-not-tile', name: 'the cut last year declared partial', expect: 'clean',
        text: variant('shadow 2025/26', 'shadow 2025/26\n        partial 2029/30 pro_rata days', ENDS_IN_FEBRUARY)
    },
    { code: 'term/years-do-not-tile', name: 'april-to-march term of whole years', expect: 'clean', text: CANONICAL },

    {
        code: 'term/year-outside-term', name: 'a target after the term', expect: 'trigger',
        text: variant('target 2029/30 threshold 66 full 70', 'target 2030/31 threshold 66 full 70'),
        message: 'target 2030/31 is not a contract year (term ends 2030-03-31)', figures: { year: '2030/31', clause: 'target' }, severity: 1
    },
    {
        code: 'term/year-outside-term', name: 'a shadow year before the term', expect: 'trigger',
        text: variant('shadow 2025/26', 'shadow 2024/25, 2025/26'),
        message: 'shadow 2024/25 is not a contract year (term starts 2025-04-01)'
    },
    {
        code: 'term/year-outside-term', name: 'a withhold phase beyond the term', expect: 'trigger',
        text: variant('            2029/30 6%\n', '            2029/30 6%\n            2030/31 6%\n'),
        message: 'withhold 2030/31 is not a contract year (term ends 2030-03-31)'
    },
    {
        code: 'term/year-outside-term', name: 'a calendar performance year in an April-to-March contract', expect: 'trigger',
        text: variant('notice 12 months after 2026/27', 'notice 12 months after PY2027'),
        message: 'notice after PY2027 is not a contract year (contract years are 2025/26 to 2029/30)'
    },
    {
        code: 'term/year-outside-term', name: 'baselines and evaluation baselines before the term, notice after a contract year', expect: 'clean',
        text: CANONICAL
    },
    {
        code: 'term/year-outside-term', name: 'the last year of the term', expect: 'clean',
        text: variant('notice 12 months after 2026/27', 'notice 12 months after 2029/30')
    }
];
