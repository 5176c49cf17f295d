import { CANONICAL, variant } from '../../helpers.js';
import type { FixCase } from '../code-actions-helpers.js';
import { LIBRARY_DIABETES } from '../../rules/cases/small-contracts.js';

/** M1 and C1 in a second pot use the same library metric. */
const TWO_POTS = variant('    choice "Patients', `    pot CQ "Quality incentive" {
        outcome C1 "HbA1c (CQUIN)" {
            uses DiabLib.HbA1c
            denominator DiabetesRegister
            scoring linear
            weight 100%
            baseline 62.0 in 2024/25 n 21,310
            target 2026/27 threshold 63 full 67
        }
    }

    choice "Patients`, variant('outcome M1 "HbA1c at or below 58 mmol/mol" {\n            type outcome',
    'outcome M1 "HbA1c at or below 58 mmol/mol" {\n            uses DiabLib.HbA1c\n            type outcome', `import "lib/diab.care"\n${CANONICAL}`));

export const cases: FixCase[] = [
    {
        code: 'outcome/double-counted', name: 'allow_multi_pot on M1',
        text: TWO_POTS, files: { 'lib/diab.care': LIBRARY_DIABETES }, message: 'M1 also appears', title: 'Add allow_multi_pot to M1',
        after: [['            drivers EnhancedReviews, SpecialistNursing, Education\n', '            drivers EnhancedReviews, SpecialistNursing, Education\n            allow_multi_pot\n']]
    },
    {
        code: 'outcome/missing-target-year', name: "M5 copies 2027/28's target into 2028/29",
        text: variant('            target 2028/29 full 87\n', ''), title: 'Copy the 2027/28 target: target 2028/29 full 86',
        after: [['            target 2027/28 full 86\n', '            target 2027/28 full 86\n            target 2028/29 full 86\n']]
    },
    {
        code: 'outcome/missing-target-year', name: 'with no earlier target the next one is copied, before it',
        text: variant('            target 2026/27 threshold 63 full 67\n', ''),
        after: [['            target 2027/28 threshold 64 full 68\n', '            target 2026/27 threshold 64 full 68\n            target 2027/28 threshold 64 full 68\n']]
    },
    {
        code: 'outcome/weights-not-100', name: 'M4 weight 20%: M5 takes the remainder 10%',
        text: variant('weight 15%\n            baseline 9.0', 'weight 20%\n            baseline 9.0'),
        title: 'Set the last weight to the remainder: M5 10%',
        after: [['weight 15%\n            baseline 82.0', 'weight 10%\n            baseline 82.0']]
    },
    {
        code: 'outcome/scoring-parameters', name: 'M1 threshold and full swapped back',
        text: variant('target 2026/27 threshold 63 full 67', 'target 2026/27 threshold 67 full 63'),
        title: 'Swap threshold and full: threshold 63 full 67',
        after: [['threshold 67 full 63', 'threshold 63 full 67']]
    },
    {
        code: 'outcome/scoring-parameters', name: 'M3 (lower is better) swapped back',
        text: variant('target 2026/27 threshold 9.5 full 8.0', 'target 2026/27 threshold 8.0 full 9.5'),
        after: [['threshold 8.0 full 9.5', 'threshold 9.5 full 8.0']]
    }
];
