import { CANONICAL, readRepoFile, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';

const EASTMOOR = readRepoFile('test/fixtures/budget/eastmoor-respiratory.care');
const OLDER = readRepoFile('test/fixtures/population/older-people.care');

const OLDER_Y1 = 'year 2026/27 £153,557,500.00';
const CANONICAL_Y2 = 'year 2026/27 £17,712,240.00 uplift 0%';
const EASTMOOR_TERM = 'term 2026-04-01 to 2029-03-31 {\n        years april_to_march';
const EASTMOOR_JULY = variant(EASTMOOR_TERM, 'term 2026-07-01 to 2029-03-31 {\n        years april_to_march\n        partial 2026/27 pro_rata days', EASTMOOR);
const COUNCIL = 'contribution EastmoorCouncil £715,590.00 in 2026/27 share 30%';
const RESERVE = 'reserve Contingency £100,000.00';
const REGISTERED_SIZE = 'size 312,000 as_at 2025-01-01 source "National registration list"';
const growing = (rate: string, base = CANONICAL) => variant(REGISTERED_SIZE, `${REGISTERED_SIZE}\n        growth ${rate} per year`, base);
const OLDER_BASELINE = 'baseline_spend £150,000,000.00 in 2025/26 growth 2% per year';
const BELOW_BASELINE = variant(OLDER_BASELINE, 'baseline_spend £166,900,000.00 in 2026/27 growth 2% per year', variant(OLDER_Y1, 'year 2026/27 £152,000,000.00', OLDER));

export const cases: RuleCase[] = [
    // V-19
    {
        code: 'budget/capitation-mismatch', name: '128,500 × £1,195.00 against a stated £152m', expect: 'trigger',
        text: variant(OLDER_Y1, 'year 2026/27 £152,000,000.00', OLDER),
        message: 'Capitation 128,500 × £1,195.00 = £153,557,500.00 differs from the stated £152,000,000.00 by £1,557,500.00 (1.02%)',
        figures: { year: '2026/27', computed: '153557500.00', stated: '152000000.00', difference: '-1557500.00' }, severity: 1
    },
    {
        code: 'budget/capitation-mismatch', name: 'three tiers, one rate changed', expect: 'trigger',
        text: variant('T1 £520.00', 'T1 £521.00'),
        message: 'Capitation 13,104 × £521.00 + 6,552 × £980.00 + 2,184 × £2,050.00 = £17,725,344.00 differs from the stated £17,712,240.00 by £13,104.00 (0.07%)',
        figures: { computed: '17725344.00', stated: '17712240.00', difference: '-13104.00' }, severity: 1
    },
    {
        code: 'budget/capitation-mismatch', name: 'per member per month with a stated amount £300 short', expect: 'trigger',
        text: variant('year 2026/27 £2,385,300.00', 'year 2026/27 £2,385,000.00', EASTMOOR),
        message: 'Capitation 20,400 × £3.50 × 12 + 9,100 × £9.25 × 12 + 2,700 × £16.00 × 12 = £2,385,300.00 differs from the stated £2,385,000.00 by £300.00 (0.01%)',
        figures: { computed: '2385300.00', stated: '2385000.00', difference: '-300.00' }, severity: 1
    },
    {
        code: 'budget/capitation-mismatch', name: 'partial first year stated as a whole year', expect: 'trigger',
        text: EASTMOOR_JULY,
        message: 'Capitation (20,400 × £3.50 × 12 + 9,100 × £9.25 × 12 + 2,700 × £16.00 × 12) × 274/365 = £1,790,608.77 differs from the stated £2,385,300.00 by £594,691.23 (24.93%)',
        figures: { computed: '1790608.77', stated: '2385300.00', difference: '594691.23' }
    },
    {
        code: 'budget/capitation-mismatch', name: 'a £260 gap within 0.01% is info', expect: 'trigger',
        text: variant(CANONICAL_Y2, 'year 2026/27 £17,712,500.00 uplift 0%'),
        figures: { year: '2026/27', difference: '260.00' }, severity: 3
    },
    {
        code: 'budget/capitation-mismatch', name: 'uplift 2% applied to the formula', expect: 'trigger',
        text: variant(CANONICAL_Y2, 'year 2026/27 £17,712,240.00 uplift 2%'),
        message: '(13,104 × £520.00 + 6,552 × £980.00 + 2,184 × £2,050.00) × 102% = £18,066,484.80', figures: { computed: '18066484.80' }
    },
    { code: 'budget/capitation-mismatch', name: 'canonical reconciles exactly', expect: 'clean', text: CANONICAL },
    {
        code: 'budget/capitation-mismatch', name: 'a one-penny gap is within money_tolerance', expect: 'clean',
        text: variant(CANONICAL_Y2, 'year 2026/27 £17,712,240.01 uplift 0%')
    },
    { code: 'budget/capitation-mismatch', name: 'per member per month reconciles to £2,385,300.00', expect: 'clean', text: EASTMOOR },
    {
        code: 'budget/capitation-mismatch', name: 'a £5.76 gap on a partial year is info, shown to 4 places', expect: 'trigger',
        text: variant('year 2026/27 £2,385,300.00', 'year 2026/27 £1,790,603.01', EASTMOOR_JULY),
        message: 'by £5.76 (0.0003%)', severity: 3
    },
    {
        code: 'budget/capitation-mismatch', name: 'partial first year stated pro rata (274/365)', expect: 'clean',
        text: variant('year 2026/27 £2,385,300.00', 'year 2026/27 £1,790,608.77', EASTMOOR_JULY)
    },
    {
        code: 'budget/capitation-mismatch', name: 'uplift 2% stated with the uplift', expect: 'clean',
        text: variant(CANONICAL_Y2, 'year 2026/27 £18,066,484.80 uplift 2%')
    },

    // V-20
    {
        code: 'budget/pool-mismatch', name: 'council contribution £100,000 short', expect: 'trigger',
        text: variant(COUNCIL, 'contribution EastmoorCouncil £615,590.00 in 2026/27 share 30%', EASTMOOR),
        message: '£1,669,710.00 + £615,590.00 = £2,285,300.00 ≠ £2,385,300.00 (−£100,000.00)',
        figures: { pool: 'BetterCare', year: '2026/27', total: '2285300.00', budget: '2385300.00', difference: '-100000.00' }, severity: 1
    },
    {
        code: 'budget/pool-mismatch', name: 'shares 70% + 20%', expect: 'trigger',
        text: variant(COUNCIL, 'contribution EastmoorCouncil £715,590.00 in 2026/27 share 20%', EASTMOOR),
        message: 'Shares 70% + 20% = 90% ≠ 100% in BetterCare 2026/27', figures: { shareTotal: '0.9' }, severity: 1
    },
    {
        code: 'budget/pool-mismatch', name: 'undated contributions fund the first year', expect: 'trigger',
        text: variant('£1,669,710.00 in 2026/27', '£1,669,710.00', variant(COUNCIL, 'contribution EastmoorCouncil £700,000.00 share 30%', EASTMOOR)),
        message: '£1,669,710.00 + £700,000.00 = £2,369,710.00 ≠ £2,385,300.00 (−£15,590.00)'
    },
    { code: 'budget/pool-mismatch', name: '£1,669,710.00 + £715,590.00 = £2,385,300.00, 70% + 30%', expect: 'clean', text: EASTMOOR },
    {
        code: 'budget/pool-mismatch', name: 'a one-penny gap is within money_tolerance', expect: 'clean',
        text: variant(COUNCIL, 'contribution EastmoorCouncil £715,590.01 in 2026/27 share 30%', EASTMOOR)
    },
    {
        code: 'budget/pool-incomplete', name: 'no overspend rule', expect: 'trigger',
        text: variant('            overspend in_proportion\n', '', EASTMOOR),
        message: 'pooled_budget BetterCare has no overspend rule', figures: { pool: 'BetterCare', missing: ['overspend'] }, severity: 1
    },
    {
        code: 'budget/pool-incomplete', name: 'no host and no pool manager', expect: 'trigger',
        text: variant('            host EastmoorCouncil\n            pool_manager EastmoorCouncil\n', '', EASTMOOR),
        message: 'pooled_budget BetterCare has no host or pool_manager', figures: { missing: ['host', 'pool_manager'] }
    },
    { code: 'budget/pool-incomplete', name: 'host, manager and both rules', expect: 'clean', text: EASTMOOR },

    // V-21
    {
        code: 'budget/allocations-exceed', name: 'allocations £50,000 over the budget', expect: 'trigger',
        text: variant(RESERVE, 'reserve Contingency £150,000.00', EASTMOOR),
        message: '2026/27 allocations £2,435,300.00 exceed £2,385,300.00 by £50,000.00',
        figures: { year: '2026/27', total: '2435300.00', budget: '2385300.00', difference: '50000.00' }, severity: 1
    },
    {
        code: 'budget/allocations-exceed', name: 'exhaustive allocations £50,000 short', expect: 'trigger',
        text: variant(RESERVE, 'reserve Contingency £50,000.00', EASTMOOR),
        message: '2026/27 exhaustive allocations £2,335,300.00 fall short of £2,385,300.00 by £50,000.00', figures: { difference: '-50000.00' }
    },
    { code: 'budget/allocations-exceed', name: 'exhaustive allocations equal the budget', expect: 'clean', text: EASTMOOR },
    {
        code: 'budget/allocations-exceed', name: 'allocations that are not exhaustive may stay below the budget', expect: 'clean',
        text: variant('allocations 2026/27 exhaustive', 'allocations 2026/27', variant(RESERVE, 'reserve Contingency £50,000.00', EASTMOOR))
    },

    // V-24
    {
        code: 'budget/below-baseline', name: '£152m against a growth-adjusted £166.9m', expect: 'trigger',
        text: BELOW_BASELINE,
        message: '£152,000,000.00 is 8.9% below growth-adjusted £166,900,000.00 (max 3%) [nhs_england_2025.max_budget_gap_vs_baseline = 3%]',
        figures: { year: '2026/27', budget: '152000000.00', growthAdjusted: '166900000.00', gap: '-0.089275' }, severity: 2
    },
    {
        code: 'budget/below-baseline', name: 'a savings plan covering the £14.9m gap', expect: 'trigger',
        text: variant(OLDER_BASELINE.replace('£150,000,000.00 in 2025/26', '£166,900,000.00 in 2026/27'),
            'baseline_spend £166,900,000.00 in 2026/27 growth 2% per year\n        savings_plan { 2026/27 £14,900,000.00 "Admission avoidance and shorter stays" }', BELOW_BASELINE),
        message: 'savings_plan £14,900,000.00 in 2026/27 covers the £14,900,000.00 gap', severity: 3
    },
    {
        code: 'budget/below-baseline', name: 'a savings plan one penny short of the gap', expect: 'trigger',
        text: variant(OLDER_BASELINE.replace('£150,000,000.00 in 2025/26', '£166,900,000.00 in 2026/27'),
            'baseline_spend £166,900,000.00 in 2026/27 growth 2% per year\n        savings_plan { 2026/27 £14,899,999.99 "Admission avoidance and shorter stays" }', BELOW_BASELINE),
        severity: 2
    },
    {
        code: 'budget/below-baseline', name: 'grown over two years at 3.5%', expect: 'trigger',
        text: variant('baseline_spend £17,100,000.00 in 2024/25', 'baseline_spend £17,100,000.00 in 2023/24'),
        message: '£17,712,240.00 is 3.3% below growth-adjusted £18,317,947.50 (max 3%)', figures: { growthAdjusted: '18317947.50' }
    },
    { code: 'budget/below-baseline', name: 'canonical: £17,100,000.00 × 1.035 = £17,698,500.00, +0.08%', expect: 'clean', text: CANONICAL },
    {
        code: 'budget/below-baseline', name: 'exactly 3% below is allowed', expect: 'clean',
        text: variant(OLDER_BASELINE, 'baseline_spend £100,000,000.00 in 2026/27', variant(OLDER_Y1, 'year 2026/27 £97,000,000.00', OLDER))
    },

    // V-25
    {
        code: 'budget/year-missing', name: 'no budget line for 2029/30', expect: 'trigger',
        text: variant('        year 2029/30 capitation uplift national_cost_uplift less efficiency_factor\n', ''),
        message: 'No budget for 2029/30', figures: { year: '2029/30', insert: 'year 2029/30 capitation' }, severity: 1
    },
    {
        code: 'budget/year-missing', name: 'without capitation the fix repeats the last amount', expect: 'trigger',
        text: variant('        year PY2028 $78,600,000.00\n', '', readRepoFile('test/fixtures/population/aco-assigned.care')),
        message: 'No budget for PY2028', figures: { insert: 'year PY2028 $76,500,000.00' }
    },
    { code: 'budget/year-missing', name: 'every year of the canonical has a line', expect: 'clean', text: CANONICAL },
    {
        code: 'budget/real-terms-cut', name: 'flat budget while the population grows 2%', expect: 'trigger',
        text: growing('2%'),
        message: '2026/27 budget per head £795.10 is 1.96% below 2025/26 £811.00 while the population grows 2% a year; no efficiency declared',
        figures: { year: '2026/27', perHead: '795.10', previousPerHead: '811.00', growth: '0.02' }, severity: 2
    },
    {
        code: 'budget/real-terms-cut', name: 'a cut deeper than the declared 1.1% efficiency', expect: 'trigger',
        text: variant(CANONICAL_Y2, 'year 2026/27 £17,712,240.00 uplift cpi less 1.1%', growing('2%')),
        message: 'declared efficiency 1.1%'
    },
    {
        code: 'budget/real-terms-cut', name: 'a cut within the declared 1.1% efficiency', expect: 'clean',
        text: variant(CANONICAL_Y2, 'year 2026/27 £17,712,240.00 uplift cpi less 1.1%', growing('1%'))
    },
    {
        code: 'budget/real-terms-cut', name: 'budget grown with the population', expect: 'clean',
        text: variant(CANONICAL_Y2, 'year 2026/27 £18,066,484.80 uplift 2%', growing('2%'))
    },
    { code: 'budget/real-terms-cut', name: 'flat budget, no declared population growth', expect: 'clean', text: CANONICAL }
];
