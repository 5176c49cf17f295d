import { CANONICAL, readRepoFile, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';

const EASTMOOR = readRepoFile('test/fixtures/budget/eastmoor-respiratory.care');
const ACO = readRepoFile('test/fixtures/population/aco-assigned.care');

const STOP_LOSS = 'risk_adjustment tiered_capitation {\n        stop_loss above £40,000 per person per year commissioner_share 80%\n    }';
const CORRIDOR = `        corridor on budget symmetric {
            band 0% to 2% provider 100%
            band 2% to 5% provider 50%
            band above 5% provider 10%
        }
`;
const NO_STOP_LOSS = variant(STOP_LOSS, 'risk_adjustment tiered_capitation');
const UNPROTECTED = variant(CORRIDOR, '', NO_STOP_LOSS);
const REGISTERED_SIZE = 'size 312,000 as_at 2025-01-01 source "National registration list"';
const WHOLE_POPULATION = variant('form lead_provider', 'form integrated_care_provider');
const CHANGES = '        changes pro_rata member_months recount every 1 January\n';
const BANDS = `            A40 "40 to 64" age 40 to 64 size 20,400
            A65 "65 to 79" age 65 to 79 size 9,100
            A80 "80 and over" age 80+ size 2,700`;

export const cases: RuleCase[] = [
    // V-09
    {
        code: 'population/size-invalid', name: 'population size without an as_at date', expect: 'trigger',
        text: variant(REGISTERED_SIZE, 'size 312,000 source "National registration list"'),
        message: 'population Registered has no as_at date', figures: { population: 'Registered', missing: ['as_at'] }, severity: 1
    },
    {
        code: 'population/size-invalid', name: 'population size without date or source', expect: 'trigger',
        text: variant(REGISTERED_SIZE, 'size 312,000'), message: 'population Registered has no as_at date and no source'
    },
    {
        code: 'population/size-invalid', name: 'a population with no size at all', expect: 'trigger',
        text: variant(`        ${REGISTERED_SIZE}\n`, ''), message: 'population Registered has no size'
    },
    {
        code: 'population/size-invalid', name: 'a tier of size 0', expect: 'trigger',
        text: variant('T3 "High risk" size 2,184', 'T3 "High risk" size 0'), message: 'T3 size 0 must be above 0', figures: { cohort: 'T3', size: '0' }
    },
    { code: 'population/size-invalid', name: 'canonical: dated and sourced; cohorts need no date', expect: 'clean', text: CANONICAL },
    {
        code: 'population/size-invalid', name: 'a size of 1 is above 0', expect: 'clean',
        text: variant('T3 "High risk" size 2,184', 'T3 "High risk" size 1')
    },

    // V-10
    {
        code: 'population/too-small-for-risk', name: 'shared savings for 4,650 assigned lives (mssp: error)', expect: 'trigger',
        text: variant('size 6,200 as_at', 'size 4,650 as_at', ACO),
        message: '4,650 assigned lives < 5,000 minimum for shared savings [mssp_2026.min_lives_shared_savings = 5,000]',
        figures: { lives: '4650', minimum: '5000', risk: 'shared_savings' }, severity: 1
    },
    {
        code: 'population/too-small-for-risk', name: 'shared savings at exactly 5,000 lives', expect: 'clean',
        text: variant('size 6,200 as_at', 'size 5,000 as_at', ACO)
    },
    {
        code: 'population/too-small-for-risk', name: 'capitation covering acute care with neither stop-loss nor corridor', expect: 'trigger',
        text: UNPROTECTED,
        message: '21,840 capitated lives < 100,000 minimum for full capitation covering acute care (Outpatients, InpatientTeam and DiabetesAdmissions) '
            + 'with no stop_loss or corridor [nhs_england_2025.min_lives_full_capitation = 100,000]',
        figures: { lives: '21840', minimum: '100000', risk: 'full_capitation' }, severity: 2
    },
    { code: 'population/too-small-for-risk', name: 'the corridor alone protects the capitation', expect: 'clean', text: NO_STOP_LOSS },
    { code: 'population/too-small-for-risk', name: 'the stop-loss alone protects the capitation', expect: 'clean', text: variant(CORRIDOR, '') },
    {
        code: 'population/too-small-for-risk', name: 'whole-population budget for 28,000 lives', expect: 'trigger',
        text: variant(REGISTERED_SIZE, REGISTERED_SIZE.replace('312,000', '28,000'), WHOLE_POPULATION),
        message: '28,000 registered lives < 30,000 minimum for a whole-population budget (form integrated_care_provider)',
        figures: { lives: '28000', minimum: '30000', risk: 'whole_population' }, severity: 2
    },
    {
        code: 'population/too-small-for-risk', name: 'whole-population budget for exactly 30,000 lives', expect: 'clean',
        text: variant(REGISTERED_SIZE, REGISTERED_SIZE.replace('312,000', '30,000'), WHOLE_POPULATION)
    },

    // V-11
    {
        code: 'population/cohort-not-subset', name: 'register age wider than the population', expect: 'trigger',
        text: variant(REGISTERED_SIZE, `age 65+\n        ${REGISTERED_SIZE}`),
        message: 'DiabetesRegister age [18,∞) is not within Registered [65,∞)',
        figures: { cohort: 'DiabetesRegister', parent: 'Registered', age: '[18,∞)', parentAge: '[65,∞)' }, severity: 1
    },
    {
        code: 'population/cohort-not-subset', name: 'Frail 60+ within a 65+ register', expect: 'trigger',
        text: variant('cohort COPDRegister', 'cohort Frail "Frail residents" within COPDRegister { age 60+ }\n    cohort COPDRegister',
            variant('cohort COPDRegister "QOF COPD register" within Residents { size 2,960',
                'cohort COPDRegister "QOF COPD register" within Residents { age 65+ size 2,960', EASTMOOR)),
        message: 'Frail age [60,∞) is not within COPDRegister [65,∞)'
    },
    {
        code: 'population/cohort-not-subset', name: 'register larger than the population', expect: 'trigger',
        text: variant('size 21,840 as_at', 'size 321,840 as_at'),
        message: 'DiabetesRegister size 321,840 exceeds Registered size 312,000', figures: { size: '321840', parentSize: '312000' }
    },
    {
        code: 'population/cohort-not-subset', name: 'ages equal to the parent and size equal to it', expect: 'clean',
        text: variant('size 21,840 as_at', 'size 312,000 as_at', variant(REGISTERED_SIZE, `age 18+\n        ${REGISTERED_SIZE}`))
    },

    // V-12
    {
        code: 'population/age-band-overlap', name: 'inclusive bands share age 75', expect: 'trigger',
        text: variant(BANDS, `            A40 "40 to 64" age 40 to 64 size 20,400
            A65 "65 to 75" age 65 to 75 size 9,100
            A80 "75 and over" age 75+ size 2,700`, EASTMOOR),
        message: 'A65 (65 to 75) and A80 (75+) both contain 75',
        figures: { band: 'A65', other: 'A80', lo: 75, hi: 76, replacement: '65 to 74' }, severity: 1
    },
    {
        code: 'population/age-band-overlap', name: 'a band inside another', expect: 'trigger',
        text: variant('A65 "65 to 79" age 65 to 79', 'A65 "60 to 69" age 60 to 69', EASTMOOR),
        message: 'A40 (40 to 64) and A65 (60 to 69) both contain ages 60 to 64', figures: { replacement: '40 to 59' }
    },
    { code: 'population/age-band-overlap', name: 'adjacent bands 40 to 64 and 65 to 79', expect: 'clean', text: EASTMOOR },
    {
        code: 'population/age-band-gap', name: 'ages 75 to 79 in no band', expect: 'trigger',
        text: variant('A65 "65 to 79" age 65 to 79', 'A65 "65 to 74" age 65 to 74', EASTMOOR),
        message: 'A65 (65 to 74) and A80 (80+) leave ages 75 to 79 in no band', figures: { band: 'A65', other: 'A80', lo: 75, hi: 80 }, severity: 2
    },
    {
        code: 'population/age-band-gap', name: 'exhaustive bands start above the parent', expect: 'trigger',
        text: variant('A40 "40 to 64" age 40 to 64', 'A40 "45 to 64" age 45 to 64', EASTMOOR),
        message: 'exhaustive AgeBand leaves ages 40 to 44 of Residents [40,∞) in no band', figures: { lo: 40, hi: 45 }
    },
    {
        code: 'population/age-band-gap', name: 'a partition that is not exhaustive need not cover the parent', expect: 'clean',
        text: variant('partition AgeBand exhaustive', 'partition AgeBand', variant('A40 "40 to 64" age 40 to 64', 'A40 "45 to 64" age 45 to 64', EASTMOOR))
    },
    { code: 'population/age-band-gap', name: 'bands 40 to 64, 65 to 79, 80+ cover 40+', expect: 'clean', text: EASTMOOR },

    // V-13
    {
        code: 'population/partition-mismatch', name: 'RiskTier sums to 21,800 against 21,840', expect: 'trigger',
        text: variant('T3 "High risk" size 2,184', 'T3 "High risk" size 2,144'),
        message: 'RiskTier 13,104 + 6,552 + 2,144 = 21,800 ≠ 21,840 (−40)',
        figures: { partition: 'RiskTier', sizes: ['13104', '6552', '2144'], total: '21800', parentSize: '21840', difference: '-40' }, severity: 1
    },
    {
        code: 'population/partition-mismatch', name: 'tiers above the register', expect: 'trigger',
        text: variant('T3 "High risk" size 2,184', 'T3 "High risk" size 2,200'), message: '= 21,856 ≠ 21,840 (+16)'
    },
    { code: 'population/partition-mismatch', name: 'canonical 13,104 + 6,552 + 2,184 = 21,840', expect: 'clean', text: CANONICAL },
    {
        code: 'population/partition-mismatch', name: 'a partition that is not exhaustive may leave people out', expect: 'clean',
        text: variant('partition RiskTier exhaustive', 'partition RiskTier', variant('T3 "High risk" size 2,184', 'T3 "High risk" size 2,144'))
    },

    // V-14
    {
        code: 'population/risk-based-exclusion', name: 'excluding by emergency admissions', expect: 'trigger',
        text: variant(REGISTERED_SIZE, `${REGISTERED_SIZE}\n        exclude utilisation "3+ emergency admissions in the prior year"`),
        message: 'exclusion "3+ emergency admissions in the prior year" removes high-risk people',
        figures: { basis: 'utilisation', text: '3+ emergency admissions in the prior year' }, severity: 1
    },
    {
        code: 'population/risk-based-exclusion', name: 'excluding care-home residents without adjustment', expect: 'trigger',
        text: variant(REGISTERED_SIZE, `${REGISTERED_SIZE}\n        exclude care_setting "Care home residents"`),
        message: 'exclusion "Care home residents" removes people by care setting from Registered without capitation_adjusted',
        figures: { basis: 'care_setting', insert: 'capitation_adjusted' }, severity: 2
    },
    {
        code: 'population/risk-based-exclusion', name: 'care-home exclusion with adjusted capitation, and a scope exclusion', expect: 'clean',
        text: variant(REGISTERED_SIZE, `${REGISTERED_SIZE}\n        exclude care_setting "Care home residents" capitation_adjusted\n        exclude scope "Specialised services"`)
    },

    // V-15
    {
        code: 'population/basis-mismatch', name: 'capitated register without a changes rule', expect: 'trigger',
        text: variant(CHANGES, ''),
        message: 'capitation tiers T1, T2 and T3 are drawn from the register DiabetesRegister, which has no changes rule for new diagnoses and leavers',
        figures: { cohort: 'DiabetesRegister', tiers: ['T1', 'T2', 'T3'], insert: 'changes pro_rata member_months' }, severity: 2
    },
    {
        code: 'population/basis-mismatch', name: 'retrospective assignment without reconciliation', expect: 'trigger',
        text: variant('basis assigned_prospective', 'basis assigned_retrospective', ACO),
        message: 'Assigned is assigned retrospectively and has no reconcile clause', figures: { cohort: 'Assigned', insert: 'reconcile annually' }
    },
    {
        code: 'population/basis-mismatch', name: 'retrospective assignment reconciled quarterly', expect: 'clean',
        text: variant('basis assigned_prospective', 'basis assigned_retrospective\n        reconcile quarterly', ACO)
    },
    {
        code: 'population/basis-mismatch', name: 'changes none is still a rule', expect: 'clean',
        text: variant(CHANGES, '        changes none\n')
    },
    {
        code: 'population/basis-mismatch', name: 'age-band tiers of a registered list need no changes rule', expect: 'clean', text: EASTMOOR
    }
];
