import { CANONICAL, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';
import { ACO, ALLIANCE } from './small-contracts.js';

const TERMINATION = `    termination {
        notice 12 months after 2026/27
        default remedy 60 days
        exit_plan
        exit_costs defaulting_party otherwise shared 50%
        partial_year pro_rata last_complete_quarter
    }
`;

/** Canonical as a section 75 pooled budget: a council joins the ICB and the pool holds the 2025/26 budget. */
const S75 = variant('baseline_spend £17,100,000.00 in 2024/25 growth 3.5% per year', `baseline_spend £17,100,000.00 in 2024/25 growth 3.5% per year
        pooled_budget DiabetesPool "North Shire diabetes pool" {
            host NorthShireICB
            pool_manager NorthShireICB
            contribution NorthShireICB £14,169,792.00 in 2025/26 share 80%
            contribution NorthShireCouncil £3,542,448.00 in 2025/26 share 20%
            overspend in_proportion
            underspend in_proportion
        }`, variant('    provider Riverside', `    commissioner NorthShireCouncil "North Shire Council" {
        kind local_authority
    }
    provider Riverside`, variant('form lead_provider', 'form pooled_budget_s75')));

export const cases: RuleCase[] = [
    {
        code: 'structure/missing-section', name: 'form pooled_budget_s75 without a pooled_budget', expect: 'trigger',
        text: variant('form lead_provider', 'form pooled_budget_s75'),
        message: 'form pooled_budget_s75 requires a pooled_budget', figures: { section: 'pooled_budget', within: 'budget' }, severity: 1
    },
    {
        code: 'structure/missing-section', name: 'a contract without termination', expect: 'trigger',
        text: variant(TERMINATION, ''), message: 'every contract requires a termination', figures: { section: 'termination' }
    },
    {
        code: 'structure/missing-section', name: 'form alliance without an alliance block', expect: 'trigger',
        text: variant(/alliance WestdaleMH[\s\S]*?decides unanimously\n    }\n/.exec(ALLIANCE)![0], '', ALLIANCE),
        message: 'form alliance requires an alliance', figures: { section: 'alliance' }
    },
    {
        code: 'structure/missing-section', name: 'form aco_shared_savings without shared_savings', expect: 'trigger',
        text: variant(/        shared_savings \{[\s\S]*?\n        }\n/.exec(ACO)![0], '', ACO),
        message: 'form aco_shared_savings requires shared_savings', figures: { section: 'shared_savings', within: 'payment' }
    },
    { code: 'structure/missing-section', name: 'canonical has every section', expect: 'clean', text: CANONICAL },
    { code: 'structure/missing-section', name: 'form pooled_budget_s75 with its pooled_budget', expect: 'clean', text: S75 },
    { code: 'structure/missing-section', name: 'form alliance with its alliance and no single provider', expect: 'clean', text: ALLIANCE },

    {
        code: 'structure/missing-clause', name: 'header without currency', expect: 'trigger',
        text: variant('    currency GBP\n', ''),
        message: 'contract A_DIAB_NSH_2025 has no currency clause', figures: { clause: 'currency', block: 'contract' }, severity: 1
    },
    {
        code: 'structure/missing-clause', name: 'a missing population size is population/size-invalid, not reported twice', expect: 'clean',
        text: variant('        size 312,000 as_at 2025-01-01 source "National registration list"\n', '')
    },
    {
        code: 'structure/missing-clause', name: 'alliance without a decision rule', expect: 'trigger',
        text: variant('        decides unanimously\n    }', '    }', ALLIANCE),
        message: 'alliance WestdaleMH has no decides clause', figures: { clause: 'decides', block: 'alliance' }
    },
    {
        code: 'structure/missing-clause', name: 's75 pool without contributions', expect: 'trigger',
        text: variant(/            contribution NorthShireICB[\s\S]*?share 20%\n/.exec(S75)![0], '', S75),
        message: 'pooled_budget DiabetesPool has no contribution clause', figures: { clause: 'contribution', block: 'pooled_budget' }
    },
    {
        code: 'structure/missing-clause', name: 'ACO without a quality gate on shared savings', expect: 'trigger',
        text: variant('        gate shared_savings requires Q composite >= 0.40\n', '', ACO),
        message: 'form aco_shared_savings requires a gate on shared_savings', figures: { clause: 'gate', block: 'payment' }
    },
    {
        code: 'structure/missing-clause', name: 'two-sided shared savings without an MLR', expect: 'trigger',
        text: variant('two_sided msr 2% mlr 2%', 'two_sided msr 2%', ACO),
        message: 'shared_savings has no mlr clause', figures: { clause: 'mlr' }
    },
    { code: 'structure/missing-clause', name: 'canonical header and blocks are complete', expect: 'clean', text: CANONICAL },
    { code: 'structure/missing-clause', name: 'section 75 pool with host, manager and contributions', expect: 'clean', text: S75 },
    {
        code: 'structure/missing-clause', name: 'ACO quality gate as a must_pass that blocks shared savings', expect: 'clean',
        text: variant('            weight 100%\n', '            weight 100%\n            must_pass at 69 blocks shared_savings\n',
            variant('        gate shared_savings requires Q composite >= 0.40\n', '', ACO))
    },
    {
        code: 'structure/missing-clause', name: 'one-sided shared savings needs no MLR', expect: 'clean',
        text: variant('two_sided msr 2% mlr 2%', 'one_sided msr 2%', ACO)
    },

    {
        code: 'structure/duplicate-clause', name: 'currency stated twice in the header', expect: 'trigger',
        text: variant('    currency GBP\n', '    currency GBP\n    currency GBP\n'),
        message: 'currency is already stated at line 7', figures: { clause: 'currency', firstLine: 7 }, severity: 1
    },
    {
        code: 'structure/duplicate-clause', name: 'two targets for the same year', expect: 'trigger',
        text: variant('target 2027/28 threshold 64 full 68', 'target 2027/28 threshold 64 full 68\n            target 2027/28 threshold 64 full 69'),
        message: 'target 2027/28 is already stated at line', figures: { clause: 'target', key: '2027/28' }
    },
    {
        code: 'structure/duplicate-clause', name: 'a second term section', expect: 'trigger',
        text: variant('    population Registered', '    term 2025-04-01 to 2030-03-31\n    population Registered'),
        message: 'term is already stated at line 32'
    },
    {
        code: 'structure/duplicate-clause', name: 'a scoring method stated twice', expect: 'trigger',
        text: variant('            scoring all_or_nothing\n', '            scoring all_or_nothing\n            scoring linear\n'),
        figures: { clause: 'scoring' }
    },
    { code: 'structure/duplicate-clause', name: 'repeatable targets, years and withhold phases for different years', expect: 'clean', text: CANONICAL },
    {
        code: 'structure/duplicate-clause', name: 'exclude is repeatable', expect: 'clean',
        text: variant('        basis registered_list\n', '        basis registered_list\n        exclude scope "Specialised services"\n        exclude geography "Out-of-area patients"\n')
    }
];
