import { CANONICAL, readRepoFile, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';

/** A clean two-sided Medicare ACO (mssp_2026): the template for shared-savings cases. */
export const ACO = readRepoFile('test/fixtures/payment/aco.care');

/** Applies several replacements in turn. */
function variants(base: string, ...pairs: [string, string][]): string {
    return pairs.reduce((text, [from, to]) => variant(from, to, text), base);
}

const BOARD_MINUTE = 'Board minute 2026/14: 25% at risk in years 4-5';
const OVERRIDE_25 = variant('policy nhs_england_2025', `policy nhs_england_2025 { withhold_max 25% because "${BOARD_MINUTE}" }`);

const SETTLE_2_MONTHS: [string, string] = ['settle 6 months after year_end', 'settle 2 months after year_end'];
const M3_LAG_90: [string, string] = ['source national "SUS" lag 60 days', 'source national "SUS" lag 90 days'];

/** Year 1 with money at risk and no shadow year; M2 and M4 lose their baselines. */
const YEAR_ONE_AT_RISK = variants(CANONICAL,
    ['            2025/26 0%', '            2025/26 10%'],
    ['            baseline 48.0 in 2024/25\n', ''],
    ['            baseline 9.0 in 2024/25 n 1,480\n', '']);

const SECOND_WITHHOLD = (first: string, second: string) => variants(CANONICAL,
    ['            2027/28 6%', `            2027/28 ${first}`],
    ['        unearned retained_by_commissioner',
        `        withhold of capitation into P1 { 2025/26 0% 2026/27 0% 2027/28 ${second} 2028/29 0% 2029/30 0% }\n`
        + '        unearned retained_by_commissioner']);

/** The ACO as a Medicaid capitation contract with a bonus (us_medicaid_2025 applies the 105% cap). */
const MEDICAID = (bonus: string, jurisdiction = 'us_medicaid') => variants(ACO,
    ['jurisdiction us_medicare', `jurisdiction ${jurisdiction}`],
    ['base fee_for_service paid per_claim', `base capitation paid monthly\n        ${bonus}`]);

/** The ACO one-sided, with a fixed MSR and `size` lives. */
const ONE_SIDED = (msr: string, size = '4,650') => variants(ACO,
    ['size 12,400 as_at', `size ${size} as_at`],
    ['            two_sided\n', '            one_sided\n'],
    ['            msr 2%\n            mlr 2%\n', `            msr ${msr}\n`],
    ['            loss_share 30%\n', ''],
    ['            loss_cap 4% of benchmark, 8% of revenue\n', '']);

const CORRIDOR = `        corridor on budget symmetric {
            band 0% to 2% provider 100%
            band 2% to 5% provider 50%
            band above 5% provider 10%
        }`;
const corridor = (bands: string) => variant(CORRIDOR, `        corridor on budget symmetric {\n${bands}\n        }`);
const SIDES = (deficitAbove5: string) => variant(CORRIDOR, `        corridor on budget {
            deficit {
                band 0% to 2% provider 100%
                band 2% to 5% provider 50%
                band above 5% provider ${deficitAbove5}
            }
            surplus {
                band 0% to 3% provider 100%
                band above 3% provider 50%
            }
        }`);

const GATE = 'gate surplus above 2% requires P1 composite >= 0.50';
const gate = (to: string) => variant(GATE, to);
const marginal = (line: string) => variant('        unearned retained_by_commissioner', `        ${line}\n        unearned retained_by_commissioner`);

export const cases: RuleCase[] = [
    // V-07 settlement after data
    {
        code: 'payment/settlement-before-data', name: 'M3 (lag 90 days) settles 2 months after year end', expect: 'trigger',
        text: variants(CANONICAL, M3_LAG_90, SETTLE_2_MONTHS), severity: 2,
        message: 'M3 data (lag 90 days) arrives 2027-06-29; settlement due 2027-05-31',
        figures: { outcome: 'M3', year: '2026/27', lag: '90 days', arrives: '2027-06-29', due: '2027-05-31' }
    },
    {
        code: 'payment/settlement-before-data', name: 'working-day lags count weekdays only', expect: 'trigger',
        text: variants(CANONICAL, ['source "GP data extraction" lag 45 days', 'source "GP data extraction" lag 45 working_days'],
            ['settle 6 months after year_end', 'settle 2 months after year_end'], ['lag 90 days', 'lag 60 days']),
        message: 'M1 data (lag 45 working_days) arrives 2027-06-02; settlement due 2027-05-31'
    },
    {
        code: 'payment/settlement-before-data', name: 'data arriving on the settlement day is in time', expect: 'clean',
        text: variants(CANONICAL, ['source national "SUS" lag 60 days', 'source national "SUS" lag 91 days'],
            ['settle 6 months after year_end', 'settle 3 months after year_end'])
    },
    { code: 'payment/settlement-before-data', name: 'Contract A settles 6 months after year end', expect: 'clean', text: CANONICAL },
    {
        code: 'payment/settlement-after-run-off', name: 'final settlement after a 3-month run-off', expect: 'trigger',
        text: variant('run_off 6 months', 'run_off 3 months'), severity: 2,
        message: 'final settlement 2030-09-30 is after run_off ends 2030-06-30',
        figures: { year: '2029/30', due: '2030-09-30', runOffEnds: '2030-06-30', runOff: '3 months' }
    },
    {
        code: 'payment/settlement-after-run-off', name: 'no run-off at all', expect: 'trigger',
        text: variant('        run_off 6 months\n', ''),
        message: 'final settlement 2030-09-30 is after the term ends 2030-03-31 and no run_off is declared'
    },
    { code: 'payment/settlement-after-run-off', name: 'final settlement on the last day of run-off', expect: 'clean', text: CANONICAL },
    {
        code: 'payment/settlement-after-run-off', name: 'shorter run-off with an earlier settlement', expect: 'clean',
        text: variants(CANONICAL, ['run_off 6 months', 'run_off 3 months'], ['settle 6 months after year_end', 'settle 3 months after year_end'])
    },

    // V-08 at-risk money in year 1 without a baseline
    {
        code: 'payment/at-risk-without-baseline', name: 'year-1 withhold on outcomes without baselines', expect: 'trigger',
        text: variant('        shadow 2025/26\n', '', YEAR_ONE_AT_RISK), severity: 2,
        message: '2025/26 withhold 10% uses M2, M4 without baselines',
        figures: { year: '2025/26', rate: '10', outcomes: ['M2', 'M4'], shadow: '2025/26' }
    },
    {
        code: 'payment/at-risk-without-baseline', name: 'two-sided loss share gated on an outcome without a baseline', expect: 'trigger',
        text: variant('            baseline 18.0 in PY2024 n 2,100\n', '', ACO),
        message: 'PY2026 loss share 30% uses Q1 without a baseline', figures: { outcomes: ['Q1'] }
    },
    { code: 'payment/at-risk-without-baseline', name: 'the same withhold in a shadow year 1', expect: 'clean', text: YEAR_ONE_AT_RISK },
    {
        code: 'payment/at-risk-without-baseline', name: 'no shadow year but 0% withheld in year 1', expect: 'clean',
        text: variants(YEAR_ONE_AT_RISK, ['        shadow 2025/26\n', ''], ['            2025/26 10%', '            2025/26 0%'])
    },
    { code: 'payment/at-risk-without-baseline', name: 'ACO outcomes have baselines', expect: 'clean', text: ACO },

    // V-28 withhold range
    {
        code: 'payment/withhold-range', name: '25% above withhold_max 20%', expect: 'trigger',
        text: variant('            2029/30 6%', '            2029/30 25%'), severity: 2,
        message: '2029/30 withhold 25% exceeds withhold_max 20% [nhs_england_2025.withhold_max = 20%]',
        figures: { year: '2029/30', rate: '25', max: '20' }
    },
    {
        code: 'payment/withhold-range', name: '30% above an overridden withhold_max 25%', expect: 'trigger',
        text: variant('            2029/30 6%', '            2029/30 30%', OVERRIDE_25), severity: 2,
        message: `2029/30 withhold 30% exceeds withhold_max 25% [nhs_england_2025.withhold_max = 25%, overridden: ${BOARD_MINUTE}]`
    },
    {
        code: 'payment/withhold-range', name: 'a negative withhold', expect: 'trigger',
        text: variant('            2029/30 6%', '            2029/30 -1%'), severity: 1, message: '2029/30 withhold −1% is below 0%'
    },
    {
        code: 'payment/withhold-range', name: '120% above withhold_hard_max', expect: 'trigger',
        text: variant('            2029/30 6%', '            2029/30 120%'), severity: 1,
        message: '2029/30 withhold 120% exceeds withhold_hard_max 100% [nhs_england_2025.withhold_hard_max = 100%]'
    },
    {
        code: 'payment/withhold-range', name: 'commercial_default makes threshold errors warnings', expect: 'trigger',
        text: variants(CANONICAL, ['policy nhs_england_2025', 'policy commercial_default'], ['            2029/30 6%', '            2029/30 120%']),
        severity: 2, message: '2029/30 withhold 120% exceeds withhold_hard_max 100% [commercial_default.withhold_hard_max = 100%]'
    },
    { code: 'payment/withhold-range', name: '25% with withhold_max overridden to 25%', expect: 'clean', text: variant('            2029/30 6%', '            2029/30 25%', OVERRIDE_25) },
    { code: 'payment/withhold-range', name: 'exactly withhold_max', expect: 'clean', text: variant('            2029/30 6%', '            2029/30 20%') },

    // V-29 incentive cap
    {
        code: 'payment/incentive-cap', name: 'Medicaid bonus 7% of capitation', expect: 'trigger',
        text: MEDICAID('bonus 7% of capitation into Q'), severity: 1,
        message: 'bonus 7% of capitation breaches the 105% limit: capitation $148,800,000.00 + incentives $10,416,000.00 = $159,216,000.00 (107% of capitation) in PY2026 [us_medicaid_2025.incentive_cap_over_capitation = 105%]',
        figures: { year: 'PY2026', capitation: '148800000.00', incentives: '10416000.00', share: '107', limit: '105' }
    },
    {
        code: 'payment/incentive-cap', name: 'Medicaid fixed bonus above 5% of capitation', expect: 'trigger',
        text: MEDICAID('bonus $8,000,000.00 per year into Q'), figures: { year: 'PY2026', incentives: '8000000.00' }
    },
    { code: 'payment/incentive-cap', name: 'Medicaid bonus at exactly 105%', expect: 'clean', text: MEDICAID('bonus 5% of capitation into Q') },
    {
        code: 'payment/incentive-cap', name: 'Medicaid fixed bonus capped at 5% of capitation', expect: 'clean',
        text: MEDICAID('bonus $8,000,000.00 per year into Q cap 5% of capitation')
    },
    { code: 'payment/incentive-cap', name: 'off under mssp_2026', expect: 'clean', text: MEDICAID('bonus 7% of capitation into Q', 'us_medicare') },

    // V-30 phasing
    {
        code: 'payment/phasing-incomplete', name: 'withhold phasing stops at 2028/29', expect: 'trigger',
        text: variant('            2029/30 6%\n', ''), severity: 1,
        message: 'withhold phasing lacks 2029/30', figures: { missing: ['2029/30'], phases: ['2029/30 0%'] }
    },
    { code: 'payment/phasing-incomplete', name: '2029/30 listed at 0%', expect: 'clean', text: variant('            2029/30 6%', '            2029/30 0%') },
    {
        code: 'payment/at-risk-over-100', name: 'two withholds sum to 110% in 2027/28', expect: 'trigger',
        text: SECOND_WITHHOLD('80%', '30%'), severity: 1,
        message: '2027/28 at-risk 80% + 30% = 110% of capitation',
        figures: { year: '2027/28', base: 'capitation', rates: ['80', '30'], total: '110' }
    },
    { code: 'payment/at-risk-over-100', name: 'two withholds sum to exactly 100%', expect: 'clean', text: SECOND_WITHHOLD('70%', '30%') },

    // V-31 shared savings parameters
    {
        code: 'payment/savings-share', name: 'one-sided MSR 2.0% for 4,650 lives', expect: 'trigger',
        text: ONE_SIDED('2.0%'), severity: 2,
        message: 'MSR 2.0% for 4,650 lives; size-based MSR at 5,000 is 3.9%',
        figures: { msr: '2', lives: '4650', at: '5000', sizeBased: '3.9' }
    },
    {
        code: 'payment/savings-share', name: 'one-sided MSR 3.2% for 7,500 lives', expect: 'trigger',
        text: ONE_SIDED('3.2%', '7,500'), message: 'MSR 3.2% for 7,500 lives; size-based MSR at 7,500 is 3.3%'
    },
    { code: 'payment/savings-share', name: 'one-sided MSR 3.9% at 4,650 lives', expect: 'clean', text: ONE_SIDED('3.9%') },
    { code: 'payment/savings-share', name: 'one-sided MSR 3.3% at 7,500 lives', expect: 'clean', text: ONE_SIDED('3.3%', '7,500') },
    { code: 'payment/savings-share', name: 'size-based MSR', expect: 'clean', text: ONE_SIDED('size_based', '7,500') },
    {
        code: 'payment/savings-share', name: 'savings share above max_savings_share', expect: 'trigger',
        text: variant('savings_share 50%', 'savings_share 80%', ACO), severity: 2,
        message: 'savings share 80% exceeds max_savings_share 75% [mssp_2026.max_savings_share = 75%]'
    },
    {
        code: 'payment/savings-share', name: 'savings share 0%', expect: 'trigger',
        text: variant('savings_share 50%', 'savings_share 0%', ACO), severity: 1, message: 'savings share 0% must be above 0% and at most 100%'
    },
    {
        code: 'payment/savings-share', name: 'two-sided MSR ≠ MLR under mssp_2026', expect: 'trigger',
        text: variant('            mlr 2%', '            mlr 1%', ACO), severity: 1,
        message: 'two-sided MSR 2.0% ≠ MLR 1.0%: mssp_2026 requires MSR = MLR', figures: { msr: '2', mlr: '1', replacement: 'mlr 2%' }
    },
    { code: 'payment/savings-share', name: 'savings share at max_savings_share', expect: 'clean', text: variant('savings_share 50%', 'savings_share 75%', ACO) },
    {
        code: 'payment/savings-share', name: 'MSR ≠ MLR outside MSSP', expect: 'clean',
        text: variants(ACO, ['            mlr 2%', '            mlr 1%'], ['jurisdiction us_medicare', 'jurisdiction us_commercial'])
    },

    // V-32, V-33 loss and savings caps
    {
        code: 'payment/loss-cap', name: 'two-sided without a loss cap (error under mssp_2026)', expect: 'trigger',
        text: variant('            loss_cap 4% of benchmark, 8% of revenue\n', '', ACO), severity: 1,
        message: 'loss share 30% with no loss cap'
    },
    {
        code: 'payment/loss-cap', name: 'two-sided without a loss cap (warning under commercial_default)', expect: 'trigger',
        text: variants(ACO, ['            loss_cap 4% of benchmark, 8% of revenue\n', ''], ['jurisdiction us_medicare', 'jurisdiction us_commercial']),
        severity: 2, message: 'loss share 30% with no loss cap'
    },
    {
        code: 'payment/loss-cap', name: 'loss share below the two-sided minimum', expect: 'trigger',
        text: variant('loss_share 30%', 'loss_share 20%', ACO),
        message: 'loss share 20% is below min_loss_share_when_two_sided 30% [mssp_2026.min_loss_share_when_two_sided = 30%]'
    },
    { code: 'payment/loss-cap', name: 'capped loss share at the minimum', expect: 'clean', text: ACO },
    { code: 'payment/loss-cap', name: 'one-sided: no losses to cap', expect: 'clean', text: ONE_SIDED('3.9%') },
    {
        code: 'payment/no-savings-cap', name: 'shared savings without a cap', expect: 'trigger',
        text: variant('            savings_cap 10% of benchmark\n', '', ACO), severity: 2, message: 'no cap on shared savings'
    },
    { code: 'payment/no-savings-cap', name: 'savings capped at 10% of benchmark', expect: 'clean', text: ACO },

    // V-34 corridor bands
    {
        code: 'payment/corridor-bands', name: 'overlapping bands', expect: 'trigger',
        text: corridor('            band 0% to 2% provider 100%\n            band 2% to 5% provider 50%\n            band 4% to 8% provider 30%\n            band above 8% provider 10%'),
        severity: 1, message: 'band 2% to 5% overlaps 4% to 8%', figures: { kind: 'overlap' }
    },
    {
        code: 'payment/corridor-bands', name: 'unsorted bands', expect: 'trigger',
        text: corridor('            band 2% to 5% provider 50%\n            band 0% to 2% provider 100%\n            band above 5% provider 10%'),
        message: 'bands are not sorted: band 2% to 5% provider 50% comes before band 0% to 2% provider 100%',
        figures: { sorted: ['band 0% to 2% provider 100%', 'band 2% to 5% provider 50%', 'band above 5% provider 10%'] }
    },
    {
        code: 'payment/corridor-bands', name: 'a gap between bands', expect: 'trigger',
        text: variant('band 2% to 5% provider 50%', 'band 3% to 5% provider 50%'),
        message: 'band 0% to 2% and band 3% to 5% leave 2% to 3% uncovered', figures: { kind: 'gap', from: '2', to: '3' }
    },
    {
        code: 'payment/corridor-bands', name: 'bands not starting at 0%', expect: 'trigger',
        text: variant('band 0% to 2% provider 100%', 'band 1% to 2% provider 100%'), message: 'bands start at 1%, not 0%'
    },
    {
        code: 'payment/corridor-bands', name: 'a share above 100%', expect: 'trigger',
        text: variant('band 0% to 2% provider 100%', 'band 0% to 2% provider 120%'),
        message: 'band 0% to 2% provider 120%: share 120% is outside 0% to 100%'
    },
    { code: 'payment/corridor-bands', name: 'Contract A corridor', expect: 'clean', text: CANONICAL },
    { code: 'payment/corridor-bands', name: 'explicit asymmetric sides', expect: 'clean', text: SIDES('10%') },
    {
        code: 'payment/corridor-share-rising', name: 'share rises beyond 5%', expect: 'trigger',
        text: variant('band above 5% provider 10%', 'band above 5% provider 60%'), severity: 2,
        message: 'band above 5% provider 60% exceeds band 2% to 5% provider 50%'
    },
    {
        code: 'payment/corridor-share-rising', name: 'deficit share rises beyond 5%', expect: 'trigger',
        text: SIDES('60%'), message: 'deficit band above 5% provider 60% exceeds band 2% to 5% provider 50%'
    },
    { code: 'payment/corridor-share-rising', name: 'share flat beyond 5%', expect: 'clean', text: variant('band above 5% provider 10%', 'band above 5% provider 50%') },

    // V-35 gates
    {
        code: 'payment/gate-invalid', name: 'composite of an outcome', expect: 'trigger',
        text: gate('gate surplus above 2% requires M1 composite >= 0.50'), severity: 1,
        message: 'M1 is an outcome: use score or value', figures: { subject: 'M1', replacement: 'score' }
    },
    {
        code: 'payment/gate-invalid', name: 'score of a pot', expect: 'trigger',
        text: gate('gate surplus above 2% requires P1 score >= 0.50'), message: 'P1 is a pot: use composite'
    },
    {
        code: 'payment/gate-invalid', name: 'composite threshold 50', expect: 'trigger',
        text: gate('gate surplus above 2% requires P1 composite >= 50'), message: 'P1 composite threshold 50 is outside 0 to 1'
    },
    {
        code: 'payment/gate-invalid', name: 'gate on a bonus the contract does not pay', expect: 'trigger',
        text: gate('gate bonus requires P1 composite >= 0.50'), message: 'gate bonus has nothing to gate: the contract has no bonus'
    },
    { code: 'payment/gate-invalid', name: 'score of an outcome', expect: 'clean', text: gate('gate surplus above 2% requires M1 score >= 0.50') },
    { code: 'payment/gate-invalid', name: 'composite written as a percentage', expect: 'clean', text: gate('gate surplus above 2% requires P1 composite >= 50%') },
    { code: 'payment/gate-invalid', name: 'composite threshold 1', expect: 'clean', text: gate('gate surplus above 2% requires P1 composite >= 1') },

    // V-37 marginal rate
    {
        code: 'payment/marginal-rate-invalid', name: 'baseline inside the term after year 1', expect: 'trigger',
        text: marginal('marginal_rate 30% above 1,850 admissions in 2027/28 rebase annually'), severity: 1,
        message: 'baseline 2027/28 is after the first year', figures: { baseline: '2027/28', firstYear: '2025/26' }
    },
    {
        code: 'payment/marginal-rate-invalid', name: 'rate above 100%', expect: 'trigger',
        text: marginal('marginal_rate 130% above 1,850 admissions in 2024/25 rebase annually'), message: 'marginal rate 130% is outside 0% to 100%'
    },
    {
        code: 'payment/marginal-rate-invalid', name: 'baseline in the first year', expect: 'clean',
        text: marginal('marginal_rate 30% above 1,850 admissions in 2025/26 rebase annually')
    },
    {
        code: 'payment/marginal-rate-invalid', name: 'value baseline before the term at 100%', expect: 'clean',
        text: marginal('marginal_rate 100% above £2,400,000.00 in 2024/25 rebase never')
    }
];
