import { CANONICAL, readRepoFile, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';

const EASTMOOR = readRepoFile('test/fixtures/budget/eastmoor-respiratory.care');
const OLDER = readRepoFile('test/fixtures/population/older-people.care');
const ACO = readRepoFile('test/fixtures/population/aco-assigned.care');

const OLDER_ADJUSTMENT = 'risk_adjustment age_sex {';
const STOP_LOSS = 'risk_adjustment tiered_capitation {\n        stop_loss above £40,000 per person per year commissioner_share 80%\n    }';
const withRiskAdjustment = (clause: string) => variant('    budget {\n        year PY2026', `    ${clause}\n    budget {\n        year PY2026`, ACO);

export const cases: RuleCase[] = [
    // V-16
    {
        code: 'risk/no-adjustment', name: 'flat capitation for ages 65–100', expect: 'trigger',
        text: variant(OLDER_ADJUSTMENT, 'risk_adjustment none {', OLDER),
        message: '£1,195.00 flat for ages 65–100, no risk adjustment', figures: { rate: '1195.00', ages: 'ages 65–100' }, severity: 2
    },
    {
        code: 'risk/no-adjustment', name: 'three age-band tiers with method none', expect: 'trigger',
        text: variant('risk_adjustment tiered_capitation {', 'risk_adjustment none {', EASTMOOR),
        message: 'capitation over 3 tiers (A40, A65 and A80) with no risk adjustment', figures: { tiers: ['A40', 'A65', 'A80'] }
    },
    { code: 'risk/no-adjustment', name: 'age-sex adjusted capitation', expect: 'clean', text: OLDER },
    {
        code: 'risk/no-adjustment', name: 'flat capitation for adults 18 to 64 carries no 65+ risk', expect: 'clean',
        text: variant('age 65 to 100', 'age 18 to 64', variant(OLDER_ADJUSTMENT, 'risk_adjustment none {', OLDER))
    },
    {
        code: 'risk/no-adjustment', name: 'a risk-adjusted per-capita benchmark needs no separate method', expect: 'clean', text: ACO
    },

    // V-17
    {
        code: 'risk/uncapped-score-growth', name: 'HCC-adjusted benchmark without cap_on_change', expect: 'trigger',
        text: withRiskAdjustment('risk_adjustment hcc { purpose benchmark recalculation annually }'),
        message: 'HCC adjustment uncapped', figures: { method: 'hcc', insert: 'cap_on_change 3% per agreement_period' }, severity: 2
    },
    {
        code: 'risk/uncapped-score-growth', name: 'HCC with no purpose on a risk-adjusted benchmark', expect: 'trigger',
        text: withRiskAdjustment('risk_adjustment hcc'), message: 'HCC adjustment uncapped'
    },
    {
        code: 'risk/uncapped-score-growth', name: 'baseline score 3.2 outside (0.5, 3.0)', expect: 'trigger',
        text: withRiskAdjustment('risk_adjustment hcc { purpose benchmark cap_on_change 3% per agreement_period baseline_score 3.2 }'),
        message: 'baseline_score 3.2 is outside (0.5, 3.0)', figures: { score: '3.2', normalised: '3.2' }
    },
    {
        code: 'risk/uncapped-score-growth', name: 'normalised score 0.5 is on the open bound', expect: 'trigger',
        text: withRiskAdjustment('risk_adjustment hcc { purpose benchmark cap_on_change 3% per agreement_period baseline_score 0.6 normalisation 1.2 }'),
        message: 'baseline_score 0.6 ÷ normalisation 1.2 = 0.5 is outside (0.5, 3.0)'
    },
    {
        code: 'risk/uncapped-score-growth', name: 'capped HCC benchmark with a score of 2.99', expect: 'clean',
        text: withRiskAdjustment('risk_adjustment hcc { purpose benchmark cap_on_change 3% per agreement_period truncation at percentile 99 baseline_score 2.99 }')
    },
    {
        code: 'risk/uncapped-score-growth', name: 'HCC used for capitation rates, not the benchmark', expect: 'clean',
        text: withRiskAdjustment('risk_adjustment hcc { purpose capitation_rate }')
    },

    // V-18
    {
        code: 'risk/no-outlier-protection', name: '21,840 capitated lives without stop-loss', expect: 'trigger',
        text: variant(STOP_LOSS, 'risk_adjustment tiered_capitation'),
        message: '21,840-person capitated ICO has no stop-loss or truncation (below 100,000 lives) [nhs_england_2025.min_lives_full_capitation = 100,000]',
        figures: { lives: '21840', minimum: '100000' }, severity: 2
    },
    {
        code: 'risk/no-outlier-protection', name: 'truncation at the 99th percentile instead of stop-loss', expect: 'clean',
        text: variant(STOP_LOSS, 'risk_adjustment tiered_capitation { truncation at percentile 99 }')
    },
    {
        code: 'risk/no-outlier-protection', name: 'policy minimum lowered to 21,840 lives', expect: 'clean',
        text: variant('policy nhs_england_2025', 'policy nhs_england_2025 { min_lives_full_capitation 21,840 because "Board minute 2025/07: diabetes-only scope" }',
            variant(STOP_LOSS, 'risk_adjustment tiered_capitation'))
    },
    { code: 'risk/no-outlier-protection', name: 'canonical has a £40,000 stop-loss', expect: 'clean', text: CANONICAL }
];
