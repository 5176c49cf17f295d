import { CANONICAL, variant } from '../../helpers.js';
import type { FixCase } from '../code-actions-helpers.js';
import { ACO, ALLIANCE } from '../../rules/cases/small-contracts.js';

const TERMINATION = `    termination {
        notice 12 months after 2026/27
        default remedy 60 days
        exit_plan
        exit_costs defaulting_party otherwise shared 50%
        partial_year pro_rata last_complete_quarter
    }
`;
const GOVERNANCE = /    governance \{[\s\S]*?\n    }\n/.exec(CANONICAL)![0];
const REPORTING = /    reporting \{[\s\S]*?\n    }\n/.exec(CANONICAL)![0];
/** Canonical with a council as second commissioner, as a section 75 pooled budget. */
const S75 = variant('    provider Riverside', `    commissioner NorthShireCouncil "North Shire Council" {
        kind local_authority
    }
    provider Riverside`, variant('form lead_provider', 'form pooled_budget_s75'));

export const cases: FixCase[] = [
    {
        code: 'structure/missing-section', name: 'a termination skeleton at the end',
        text: variant(TERMINATION, ''), title: 'Insert a skeleton: termination',
        after: [['        disputes negotiation 20 working_days then mediation then expert_determination\n    }\n', `        disputes negotiation 20 working_days then mediation then expert_determination
    }

    termination {
        notice 12 months
        default remedy 60 days
        exit_plan
        exit_costs defaulting_party otherwise shared 50%
        partial_year pro_rata last_complete_quarter
        step_in
    }
`]]
    },
    {
        code: 'structure/missing-section', name: 'a governance skeleton before termination',
        text: variant(GOVERNANCE, ''), title: 'Insert a skeleton: governance'
    },
    {
        code: 'structure/missing-section', name: 'a reporting skeleton covering the local outcomes',
        text: variant(REPORTING, ''), title: 'Insert a skeleton: reporting'
    },
    {
        code: 'structure/missing-section', name: 'a pooled budget in the budget of an s75 contract',
        text: S75, title: 'Insert a skeleton: pooled_budget'
    },
    {
        code: 'structure/missing-section', name: 'form alliance without an alliance block',
        text: variant(/alliance WestdaleMH[\s\S]*?decides unanimously\n    }\n/.exec(ALLIANCE)![0], '', ALLIANCE),
        title: 'Insert a skeleton: alliance'
    },
    {
        code: 'structure/missing-section', name: 'form aco_shared_savings gets shared_savings and its quality gate',
        text: variant(/        shared_savings \{[\s\S]*?\n        }\n/.exec(ACO)![0], '', variant('        gate shared_savings requires Q composite >= 0.40\n', '', ACO)),
        title: 'Insert a skeleton: shared_savings'
    },
    {
        code: 'structure/missing-clause', name: 'currency inferred from the amounts, after form and policy',
        text: variant('    currency GBP\n', ''), title: 'Insert a skeleton: currency GBP',
        after: [['    policy nhs_england_2025\n', '    policy nhs_england_2025\n    currency GBP\n']]
    },
    {
        code: 'structure/missing-clause', name: 'version goes first in the header',
        text: variant('    version 1\n', ''), after: [['    jurisdiction england\n', '    version 1\n    jurisdiction england\n']]
    },
    {
        code: 'structure/missing-clause', name: 'alliance decision rule',
        text: variant('        decides unanimously\n    }', '    }', ALLIANCE), title: 'Insert a skeleton: decides unanimously',
        after: [['    }', '        decides unanimously\n    }']]
    },
    {
        code: 'structure/missing-clause', name: 'two-sided shared savings without an MLR',
        text: variant('two_sided msr 2% mlr 2%', 'two_sided msr 2%', ACO), title: 'Insert a skeleton: mlr 2%'
    },
    {
        code: 'structure/missing-clause', name: 'ACO without a quality gate on shared savings',
        text: variant('        gate shared_savings requires Q composite >= 0.40\n', '', ACO), title: 'Insert a skeleton: gate shared_savings'
    },
    {
        code: 'structure/duplicate-clause', name: 'a second lead clause is removed',
        text: variant('        kind icb\n        lead\n', '        kind icb\n        lead\n        lead\n'),
        title: 'Remove the repeated lead', after: [['        lead\n        lead\n', '        lead\n']]
    }
];
