import { CANONICAL, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';

const EVALUATION = 'evaluation independent by "Independent university team" design difference_in_differences\n'
    + '        comparator "Matched practices in two neighbouring ICBs" baseline 2022/23 to 2024/25';

export const cases: RuleCase[] = [
    {
        code: 'evaluation/weak-design', name: 'the provider evaluates itself', expect: 'trigger',
        text: variant('evaluation independent by', 'evaluation by'), severity: 2,
        message: 'evaluation is not independent', figures: { missing: ['independent'] }
    },
    {
        code: 'evaluation/weak-design', name: 'a before-and-after study with no comparator', expect: 'trigger',
        text: variant(EVALUATION, 'evaluation independent by "Independent university team" design before_after baseline 2022/23 to 2024/25'),
        severity: 2, message: 'evaluation has no comparator (design before_after)', figures: { missing: ['comparator'], design: 'before_after' }
    },
    {
        code: 'evaluation/weak-design', name: 'no evaluation at all', expect: 'trigger',
        text: variant(EVALUATION, ''), message: 'no evaluation', figures: { missing: ['evaluation'] }
    },
    { code: 'evaluation/weak-design', name: 'canonical: independent difference-in-differences with a comparator', expect: 'clean', text: CANONICAL },
    {
        code: 'evaluation/weak-design', name: 'the §3.10 interrupted time series without a named comparator', expect: 'clean',
        text: variant(EVALUATION, 'evaluation independent by "Independent university team" design interrupted_time_series baseline 2022/23 to 2024/25')
    },
    {
        code: 'evaluation/weak-design', name: 'a before-and-after study with a named comparator', expect: 'clean',
        text: variant('design difference_in_differences', 'design before_after')
    },
    {
        code: 'evaluation/no-impact-measures', name: 'canonical names no measures', expect: 'trigger', text: CANONICAL,
        severity: 3, message: 'evaluation names no measures beyond the payment outcomes', figures: { measures: [] }
    },
    {
        code: 'evaluation/no-impact-measures', name: 'the only measure restates M1', expect: 'trigger',
        text: variant('baseline 2022/23 to 2024/25\n', 'baseline 2022/23 to 2024/25 measures "HbA1c at or below 58 mmol/mol"\n'),
        severity: 3, message: 'evaluation measures only the payment outcomes'
    },
    {
        code: 'evaluation/no-impact-measures', name: 'M1 plus amputations and bed days', expect: 'clean',
        text: variant('baseline 2022/23 to 2024/25\n', 'baseline 2022/23 to 2024/25 measures "HbA1c at or below 58 mmol/mol", "Amputations", "Diabetes bed days"\n')
    }
];
