import { CANONICAL, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';

const M3_WINDOW = 'window contract_year\n            source national "SUS"';
const rollingM3 = (months: number) => variant(M3_WINDOW, `window rolling ${months} months\n            source national "SUS"`);

/** Contract A with a library metric for HbA1c used by M1 and by C1 in a second pot. */
const LIBRARY = `library DiabLib "Diabetes metrics" {
    metric HbA1c "HbA1c at or below 58 mmol/mol" {
        type outcome
        numerator "Register patients whose latest HbA1c is at or below 58 mmol/mol"
        unit percent
        direction higher
        source "GP data extraction" lag 45 days
    }
}
`;
function twoPots(m1Extra = '', c1Extra = ''): string {
    const withImport = `import "lib/diab.care"\n${CANONICAL}`;
    const m1 = variant('outcome M1 "HbA1c at or below 58 mmol/mol" {\n            type outcome',
        `outcome M1 "HbA1c at or below 58 mmol/mol" {\n            uses DiabLib.HbA1c${m1Extra}\n            type outcome`, withImport);
    return variant('    choice "Patients', `    pot CQ "Quality incentive" {
        outcome C1 "HbA1c (CQUIN)" {
            uses DiabLib.HbA1c${c1Extra}
            denominator DiabetesRegister
            scoring linear
            weight 100%
            baseline 62.0 in 2024/25 n 21,310
            target 2026/27 threshold 63 full 67
        }
    }

    choice "Patients`, m1);
}

/** Contract A with the §3.9 R2 outcome in a second pot (events 38, rolling 36 months). */
const WITH_R2 = variant('    choice "Patients', `    pot Q "Mortality" {
        outcome R2 "Deaths under 75 from diabetes complications" {
            type outcome
            numerator "Deaths under 75 from diabetes complications"
            denominator Registered
            unit per_100000
            direction lower
            scoring linear
            weight 100%
            baseline 41.0 in 2022/23 to 2024/25 events 38
            target 2027/28 threshold 40.0 full 36.0 stretch 33.0
            window rolling 36 months
            source national "ONS mortality files" lag 180 days
        }
    }

    choice "Patients`);

export const cases: RuleCase[] = [
    // ── V-05 ─────────────────────────────────────────────────────────────────────────────────
    {
        code: 'outcome/window-outside-term', name: 'a target for 2030/31 is measured after the term ends', expect: 'trigger',
        text: variant('target 2029/30 threshold 56 full 66', 'target 2029/30 threshold 56 full 66\n            target 2030/31 threshold 58 full 68'),
        severity: 1, message: 'M2 2030/31 window 2030-04-01 to 2031-03-31 lies outside the term 2025-04-01 to 2030-03-31',
        figures: { outcome: 'M2', year: '2030/31', windowStart: '2030-04-01', termEnd: '2030-03-31' }
    },
    {
        code: 'outcome/window-outside-term', name: 'a rolling 36-month window for 2026/27 starts a year before the term', expect: 'trigger',
        text: rollingM3(36), severity: 3, message: 'M3 2026/27 window starts 2024-04-01, before the term',
        figures: { outcome: 'M3', year: '2026/27', windowStart: '2024-04-01', rolling: '36 months' }
    },
    {
        code: 'outcome/window-outside-term', name: 'a rolling 24-month window for 2026/27 starts exactly on the term start', expect: 'clean',
        text: rollingM3(24)
    },
    // ── V-06 ─────────────────────────────────────────────────────────────────────────────────
    {
        code: 'outcome/baseline-overlaps-performance', name: 'M1 baseline year is its first performance year', expect: 'trigger',
        text: variant('baseline 62.0 in 2024/25 n 21,310', 'baseline 62.0 in 2026/27 n 21,310'),
        severity: 1, message: 'M1 baseline 2026/27 overlaps performance year 2026/27',
        figures: { outcome: 'M1', baselineEnd: '2027-03-31', performanceStart: '2026-04-01' }
    },
    {
        code: 'outcome/baseline-overlaps-performance', name: 'rolling window: the baseline ends with the first performance window', expect: 'trigger',
        text: variant('baseline 9.8 in 2024/25 events 214', 'baseline 9.8 in 2024/25 to 2026/27 events 214', rollingM3(24)),
        severity: 1, message: 'M3 baseline 2024/25 to 2026/27 ends 2027-03-31, not before the first performance window (2026/27) ends 2027-03-31'
    },
    {
        code: 'outcome/baseline-overlaps-performance', name: 'baseline 2025/26 ends the day the first performance year starts', expect: 'clean',
        text: variant('baseline 62.0 in 2024/25 n 21,310', 'baseline 62.0 in 2025/26 n 21,310')
    },
    {
        code: 'outcome/baseline-overlaps-performance', name: 'rolling window: a baseline that overlaps the first window but ends before it', expect: 'clean',
        text: variant('baseline 9.8 in 2024/25 events 214', 'baseline 9.8 in 2024/25 to 2025/26 events 214', rollingM3(24))
    },
    {
        code: 'outcome/baseline-too-old', name: 'M1 baseline five years before the first target year', expect: 'trigger',
        text: variant('baseline 62.0 in 2024/25 n 21,310', 'baseline 62.0 in 2021/22 n 21,310'),
        severity: 2, message: 'M1 baseline 2021/22 is 5 years before 2026/27 (max 3) [nhs_england_2025.max_baseline_age_years = 3]',
        figures: { outcome: 'M1', baseline: '2021/22', performanceYear: '2026/27', age: 5, max: '3' }
    },
    {
        code: 'outcome/baseline-too-old', name: 'a baseline exactly 3 years old is within the maximum', expect: 'clean',
        text: variant('baseline 62.0 in 2024/25 n 21,310', 'baseline 62.0 in 2023/24 n 21,310')
    },
    {
        code: 'outcome/baseline-too-old', name: 'a policy override allows 5-year-old baselines', expect: 'clean',
        text: variant('policy nhs_england_2025', 'policy nhs_england_2025 { max_baseline_age_years 5 because "Registry rebuilt in 2022" }',
            variant('baseline 62.0 in 2024/25 n 21,310', 'baseline 62.0 in 2021/22 n 21,310'))
    },
    // ── V-36 ─────────────────────────────────────────────────────────────────────────────────
    {
        code: 'outcome/double-counted', name: 'M1 and C1 use the same library metric in pots P1 and CQ', expect: 'trigger',
        text: twoPots(), files: { 'lib/diab.care': LIBRARY }, severity: 2,
        message: 'M1 also appears in pot CQ as C1 (both use DiabLib.HbA1c)', figures: { outcome: 'M1', otherPot: 'CQ', otherOutcome: 'C1' }
    },
    {
        code: 'outcome/double-counted', name: 'C1 declares allow_multi_pot', expect: 'clean',
        text: twoPots('', '\n            allow_multi_pot'), files: { 'lib/diab.care': LIBRARY }
    },
    // ── V-38 ─────────────────────────────────────────────────────────────────────────────────
    {
        code: 'outcome/incomplete', name: 'M4 has no source', expect: 'trigger',
        text: variant('            source "Provider structured-education records"\n', ''),
        severity: 1, message: 'M4 has no source', figures: { outcome: 'M4', missing: ['source'] }
    },
    {
        code: 'outcome/incomplete', name: 'a linear target without its threshold', expect: 'trigger',
        text: variant('target 2027/28 threshold 64 full 68', 'target 2027/28 full 68'),
        severity: 1, message: 'M1 target 2027/28 has no threshold (scoring linear)', figures: { year: '2027/28', missing: ['threshold'] }
    },
    {
        code: 'outcome/incomplete', name: 'a tiered target with no tiers and no scoring default', expect: 'trigger',
        text: variant('target 2027/28 tiers { 14 pays 50%  20 pays 75%  27 pays 100% }', 'target 2027/28 full 27'),
        message: 'M4 target 2027/28 has no tiers (scoring tiered)'
    },
    {
        code: 'outcome/incomplete', name: 'a tiered target without tiers uses the scoring default', expect: 'clean',
        text: variant('scoring tiered', 'scoring tiered { 12 pays 50%  18 pays 75%  25 pays 100% }',
            variant('target 2027/28 tiers { 14 pays 50%  20 pays 75%  27 pays 100% }', 'target 2027/28'))
    },
    {
        code: 'outcome/incomplete', name: 'a count outcome needs no denominator; definition defaults to the title', expect: 'clean',
        text: variant('            denominator NewlyDiagnosed\n            unit percent', '            unit count')
    },
    {
        code: 'outcome/missing-target-year', name: 'M5 lacks a 2028/29 target while 6% is withheld', expect: 'trigger',
        text: variant('            target 2028/29 full 87\n', ''),
        severity: 1, message: 'M5 has no target for 2028/29 (withhold 6%)',
        figures: { outcome: 'M5', year: '2028/29', withhold: '6', copyFrom: '2027/28', insert: 'target 2028/29 full 86' }
    },
    {
        code: 'outcome/missing-target-year', name: 'no target is needed in a year with 0% withheld', expect: 'clean',
        text: variant('2029/30 6%', '2029/30 0%', variant('            target 2029/30 full 88\n', ''))
    },
    // ── V-39 ─────────────────────────────────────────────────────────────────────────────────
    {
        code: 'outcome/weights-not-100', name: 'M4 weight 20% makes P1 sum to 105%', expect: 'trigger',
        text: variant('weight 15%\n            baseline 9.0', 'weight 20%\n            baseline 9.0'),
        severity: 1, message: 'Weights in P1 sum to 105% (30 + 20 + 20 + 20 + 15)',
        figures: { pot: 'P1', total: '105', weights: ['30', '20', '20', '20', '15'], lastOutcome: 'M5', remainder: '10' }
    },
    {
        code: 'outcome/weights-not-100', name: 'a weight of 0% even though the pot sums to 100%', expect: 'trigger',
        text: variant('weight 15%\n            baseline 9.0', 'weight 0%\n            baseline 9.0',
            variant('weight 15%\n            baseline 82.0', 'weight 30%\n            baseline 82.0')),
        message: 'M4 weight 0% must be above 0%', figures: { outcome: 'M4', weight: '0' }
    },
    {
        code: 'outcome/weights-not-100', name: '100.01% is within the 0.01-point tolerance', expect: 'clean',
        text: variant('weight 15%\n            baseline 9.0', 'weight 15.01%\n            baseline 9.0')
    },
    // ── V-40 ─────────────────────────────────────────────────────────────────────────────────
    {
        code: 'outcome/target-not-improvement', name: 'M3 target above its baseline (lower is better)', expect: 'trigger',
        text: variant('target 2026/27 threshold 9.5 full 8.0', 'target 2026/27 threshold 10.5 full 10.2'),
        severity: 1, message: 'M3 (lower is better): baseline 9.8, target 10.2', figures: { outcome: 'M3', baseline: '9.8', target: '10.2' }
    },
    {
        code: 'outcome/target-not-improvement', name: 'M5 target equal to its baseline', expect: 'trigger',
        text: variant('target 2026/27 full 85', 'target 2026/27 full 82'), severity: 2,
        message: 'M5 (higher is better): baseline 82.0, target 82 in 2026/27: no improvement'
    },
    {
        code: 'outcome/target-not-improvement', name: 'an equal target marked maintain', expect: 'clean',
        text: variant('target 2026/27 full 85', 'target 2026/27 full 82 maintain')
    },
    // ── V-41 ─────────────────────────────────────────────────────────────────────────────────
    {
        code: 'outcome/scoring-parameters', name: 'M1 threshold and full swapped', expect: 'trigger',
        text: variant('target 2026/27 threshold 63 full 67', 'target 2026/27 threshold 67 full 63'),
        severity: 1, message: 'M1 threshold 67 ≥ full 63 (higher is better)', figures: { outcome: 'M1', threshold: '67', full: '63' }
    },
    {
        code: 'outcome/scoring-parameters', name: 'M3 threshold below full (lower is better)', expect: 'trigger',
        text: variant('target 2026/27 threshold 9.5 full 8.0', 'target 2026/27 threshold 8.0 full 9.5'),
        message: 'M3 threshold 8.0 ≤ full 9.5 (lower is better)'
    },
    {
        code: 'outcome/scoring-parameters', name: 'M4 tier levels out of order', expect: 'trigger',
        text: variant('target 2026/27 tiers { 12 pays 50%  18 pays 75%  25 pays 100% }', 'target 2026/27 tiers { 12 pays 50%  25 pays 75%  18 pays 100% }'),
        message: 'M4 2026/27 tiers 12, 25, 18 are not strictly increasing (higher is better)'
    },
    {
        code: 'outcome/scoring-parameters', name: 'M4 tier payouts decrease', expect: 'trigger',
        text: variant('target 2026/27 tiers { 12 pays 50%  18 pays 75%  25 pays 100% }', 'target 2026/27 tiers { 12 pays 75%  18 pays 50%  25 pays 100% }'),
        message: '50% after 75% decreases'
    },
    {
        code: 'outcome/scoring-parameters', name: 'equal payouts on rising tiers are non-decreasing', expect: 'clean',
        text: variant('target 2026/27 tiers { 12 pays 50%  18 pays 75%  25 pays 100% }', 'target 2026/27 tiers { 12 pays 50%  18 pays 50%  25 pays 100% }')
    },
    // ── V-42 ─────────────────────────────────────────────────────────────────────────────────
    {
        code: 'outcome/value-out-of-range', name: 'a percent target of 112', expect: 'trigger',
        text: variant('target 2029/30 full 88', 'target 2029/30 full 112'),
        severity: 1, message: 'M5 target 112 in 2029/30 is outside 0 to 100 for a percent outcome', figures: { value: '112', lo: '0', hi: '100' }
    },
    {
        code: 'outcome/value-out-of-range', name: 'a negative rate', expect: 'trigger',
        text: variant('target 2029/30 threshold 8.9 full 7.4', 'target 2029/30 threshold 8.9 full -0.5'),
        message: 'M3 target −0.5 in 2029/30 is negative for a per_1000 outcome'
    },
    {
        code: 'outcome/value-out-of-range', name: 'a percent target of exactly 100', expect: 'clean',
        text: variant('target 2029/30 full 88', 'target 2029/30 full 100')
    },
    // ── V-43 ─────────────────────────────────────────────────────────────────────────────────
    {
        code: 'outcome/unreliable-target', name: 'the catalogue example: M5 n 41, baseline 58, target 63', expect: 'trigger',
        text: variant('baseline 82.0 in 2024/25 n 1,200', 'baseline 58.0 in 2024/25 n 41', variant('target 2026/27 full 85', 'target 2026/27 full 63')),
        severity: 2, message: 'M5 n 41: 5.0 points is inside the noise band ±15.1 in 2026/27',
        figures: { outcome: 'M5', year: '2026/27', band: '15.1', required: '5.0', n: '41' }
    },
    {
        code: 'outcome/unreliable-target', name: '§3.9 R2: 38 × 5.0/41.0 = 4.6 deaths < 1.96 × √38 = 12.1', expect: 'trigger',
        text: WITH_R2, severity: 2,
        message: 'R2 events 38: 38 × 5.0/41.0 = 4.6 events is inside the noise band 1.96 × √38 = ±12.1 in 2027/28',
        figures: { outcome: 'R2', band: '12.1', required: '4.6', events: '38' }
    },
    {
        code: 'outcome/unreliable-target', name: 'M5 n 630: 3.0 points against a band of ±3.00', expect: 'trigger',
        text: variant('baseline 82.0 in 2024/25 n 1,200', 'baseline 82.0 in 2024/25 n 630'),
        message: 'M5 n 630: 3.0 points is inside the noise band ±3 in 2026/27'
    },
    {
        code: 'outcome/unreliable-target', name: 'a baseline n below min_denominator_patients', expect: 'trigger',
        text: variant('baseline 82.0 in 2024/25 n 1,200', 'baseline 82.0 in 2024/25 n 90'),
        message: 'M5 n 90 is below the minimum denominator of 100 patients [nhs_england_2025.min_denominator_patients = 100]',
        figures: { kind: 'minimum', n: '90', minimum: '100' }
    },
    {
        code: 'outcome/unreliable-target', name: 'M5 n 631 puts the band just under 3.0 points', expect: 'clean',
        text: variant('baseline 82.0 in 2024/25 n 1,200', 'baseline 82.0 in 2024/25 n 631')
    },
    {
        code: 'outcome/unreliable-target', name: 'M4 n 100 sits at the minimum, 16.0 points outside ±5.61', expect: 'clean',
        text: variant('baseline 9.0 in 2024/25 n 1,480', 'baseline 9.0 in 2024/25 n 100')
    },
    {
        code: 'outcome/reliability-not-assessable', name: 'canonical M2 has no n', expect: 'trigger', text: CANONICAL,
        severity: 3, message: 'M2 baseline has no n or events: reliability not assessable', figures: { outcome: 'M2', reason: 'no-size' }
    },
    {
        code: 'outcome/reliability-not-assessable', name: 'M2 with n 21,310', expect: 'clean',
        text: variant('baseline 48.0 in 2024/25', 'baseline 48.0 in 2024/25 n 21,310')
    },
    // ── V-44 ─────────────────────────────────────────────────────────────────────────────────
    {
        code: 'outcome/denominator-outside-population', name: 'NewlyDiagnosed age 16+ is wider than the 18+ register', expect: 'trigger',
        text: variant('within DiabetesRegister {\n        criteria', 'within DiabetesRegister {\n        age 16+\n        criteria'),
        severity: 1, message: 'M4 denominator NewlyDiagnosed is wider than DiabetesRegister: age [16,∞) is not within [18,∞)',
        figures: { outcome: 'M4', cohort: 'NewlyDiagnosed', parent: 'DiabetesRegister', kind: 'age' }
    },
    {
        code: 'outcome/denominator-outside-population', name: 'M2 counts a second population', expect: 'trigger',
        text: variant('denominator DiabetesRegister\n            unit percent\n            direction higher\n            scoring linear\n            weight 20%',
            'denominator AllAdults\n            unit percent\n            direction higher\n            scoring linear\n            weight 20%',
            variant('    cohort DiabetesRegister', '    population AllAdults "All adults in the county" {\n        basis resident\n        size 400,000 as_at 2025-01-01 source "ONS"\n    }\n\n    cohort DiabetesRegister')),
        message: 'M2 denominator AllAdults is not within Registered'
    },
    {
        code: 'outcome/denominator-outside-population', name: 'a partition member of the register, and age 18+ restated', expect: 'clean',
        text: variant('within DiabetesRegister {\n        criteria', 'within DiabetesRegister {\n        age 18+\n        criteria',
            variant('denominator DiabetesRegister\n            unit percent\n            direction higher\n            scoring all_or_nothing',
                'denominator T3\n            unit percent\n            direction higher\n            scoring all_or_nothing'))
    },
    // ── V-45 ─────────────────────────────────────────────────────────────────────────────────
    {
        code: 'outcome/uncontrollable', name: 'M3 driven only by the retained eye screening', expect: 'trigger',
        text: variant('drivers EnhancedReviews, SpecialistNursing, Education, InpatientTeam', 'drivers EyeScreening'),
        severity: 2, message: 'M3 drivers [EyeScreening] are all commissioner_retained', figures: { outcome: 'M3', drivers: ['EyeScreening'] }
    },
    {
        code: 'outcome/uncontrollable', name: 'one in-scope driver beside the retained one', expect: 'clean',
        text: variant('drivers EnhancedReviews, SpecialistNursing, Education, InpatientTeam', 'drivers EyeScreening, InpatientTeam')
    },
    {
        code: 'outcome/uncontrollable', name: 'a shared-savings gain/loss share covers it', expect: 'clean',
        text: variant('drivers EnhancedReviews, SpecialistNursing, Education, InpatientTeam', 'drivers EyeScreening',
            variant('        settle 6 months after year_end', '        shared_savings {\n            benchmark £17,712,240.00 in 2025/26\n            one_sided\n            msr 2%\n            savings_share 50%\n            savings_cap 10% of benchmark\n        }\n        settle 6 months after year_end'))
    },
    // ── V-46 ─────────────────────────────────────────────────────────────────────────────────
    {
        code: 'outcome/unbalanced-pot', name: 'every outcome of P1 a process measure', expect: 'trigger',
        text: ['type outcome', 'type utilisation', 'type experience'].reduce((t, from) => variant(from, 'type process', t), CANONICAL),
        severity: 2, message: 'pot P1 has only process measures', figures: { pot: 'P1', missing: ['clinical outcome', 'experience measure'] }
    },
    {
        code: 'outcome/unbalanced-pot', name: 'no experience measure left in P1', expect: 'trigger',
        text: variant('type experience', 'type process'), message: 'pot P1 has no experience measure'
    },
    {
        code: 'outcome/unbalanced-pot', name: 'M3 utilisation is the one clinical outcome beside M5 experience', expect: 'clean',
        text: variant('type outcome', 'type process')
    },
    // ── V-47 ─────────────────────────────────────────────────────────────────────────────────
    {
        code: 'outcome/trajectory', name: 'M1 targets 64, 67, 65', expect: 'trigger',
        text: [['threshold 63 full 67', 'threshold 63 full 64'], ['threshold 64 full 68', 'threshold 64 full 67'], ['threshold 65 full 69', 'threshold 64 full 65']]
            .reduce((t, [from, to]) => variant(from!, to!, t), CANONICAL),
        severity: 2, message: 'M1 targets 64, 67, 65, 70: 2028/29 (65) is worse than 2027/28 (67',
        figures: { outcome: 'M1', year: '2028/29', previousYear: '2027/28', targets: ['64', '67', '65', '70'] }
    },
    {
        code: 'outcome/trajectory', name: 'a flat year (67, 67, 69, 70) is not worse', expect: 'clean',
        text: variant('threshold 64 full 68', 'threshold 64 full 67')
    }
];
