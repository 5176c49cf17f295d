import { CANONICAL, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';

export const cases: RuleCase[] = [
    {
        code: 'syntax/unexpected-token', name: 'a number where a contract year is expected', expect: 'trigger',
        text: variant('target 2027/28 threshold 64 full 68', 'target 2027 threshold 64 full 68'),
        message: "Expected a contract year (2025/26 or PY2026) after 'target', found '2027'"
    },
    { code: 'syntax/unexpected-token', name: 'canonical parses', expect: 'clean', text: CANONICAL },
    {
        code: 'syntax/bad-digit-grouping', name: "'21,84' is not a grouping", expect: 'trigger',
        text: variant('size 21,840 as_at', 'size 2,1840 as_at'),
        message: "'2,1840' is not a valid thousands grouping", figures: { replacement: '21,840' }
    },
    {
        code: 'syntax/bad-digit-grouping', name: 'money is checked too', expect: 'trigger',
        text: variant('value £610,000 per year', 'value £61,0000 per year'), figures: { replacement: '£610,000' }
    },
    { code: 'syntax/bad-digit-grouping', name: 'numbers without commas are fine', expect: 'clean', text: variant('size 21,840 as_at', 'size 21840 as_at') },
    {
        code: 'syntax/bad-date', name: '29 February 2026 does not exist', expect: 'trigger',
        text: variant('size 312,000 as_at 2025-01-01', 'size 312,000 as_at 2026-02-29'), message: '2026-02-29 is not a date'
    },
    { code: 'syntax/bad-date', name: '29 February 2028 exists', expect: 'clean', text: variant('size 312,000 as_at 2025-01-01', 'size 312,000 as_at 2028-02-29') },
    {
        code: 'syntax/bad-year-label', name: '2025/27 is not a year', expect: 'trigger',
        text: variant('shadow 2025/26', 'shadow 2025/27'), message: '2025/27: did you mean 2025/26?', figures: { replacement: '2025/26' }
    },
    { code: 'syntax/bad-year-label', name: 'labels in the canonical are right', expect: 'clean', text: CANONICAL },
    {
        code: 'syntax/expected-integer', name: 'a population size with decimals', expect: 'trigger',
        text: variant('size 312,000 as_at', 'size 312,000.5 as_at'), message: 'size 312,000.5 must be a whole number'
    },
    { code: 'syntax/expected-integer', name: 'whole sizes', expect: 'clean', text: CANONICAL }
];
