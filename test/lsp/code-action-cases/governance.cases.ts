import { CANONICAL, variant } from '../../helpers.js';
import type { FixCase } from '../code-actions-helpers.js';

const CHOICE = /    choice "Patients[\s\S]*?\n    }\n/.exec(CANONICAL)![0];
const DISPUTES = 'disputes negotiation 20 working_days then mediation then expert_determination';
const COMPANY = variant('        legal_form nhs_foundation_trust\n        statutory\n        security statutory_body',
    '        legal_form company\n        vat recoverable\n        security parent_company_guarantee £2,000,000.00');

export const cases: FixCase[] = [
    {
        code: 'choice/missing', name: 'a choice clause protecting referral_choice before reporting',
        text: variant(CHOICE, ''), title: 'Insert a choice clause protecting referral_choice',
        after: [['    reporting {\n', '    choice "TODO: how patients choose their provider" {\n        protects referral_choice\n    }\n\n    reporting {\n']]
    },
    {
        code: 'choice/missing', name: 'the right joins an existing protects list',
        text: variant('        protects referral_choice', '        protects any_qualified_provider'),
        title: 'Insert a choice clause: protects referral_choice',
        after: [['        protects any_qualified_provider', '        protects any_qualified_provider, referral_choice']]
    },
    {
        code: 'reporting/no-reporting-path', name: 'M5 joins the dashboard covers',
        text: variant('covers M1, M3, M4, M5', 'covers M1, M3, M4'), title: "Add to a report's covers: Dashboard covers M5",
        after: [['covers M1, M3, M4', 'covers M1, M3, M4, M5']]
    },
    {
        code: 'reporting/no-reporting-path', name: 'a report without covers gets the clause',
        text: variant(' covers M1, M3, M4, M5', ''), message: 'M1',
        after: [['every month due 15 working_days\n', 'every month due 15 working_days covers M1\n']]
    },
    {
        code: 'governance/no-dispute-route', name: 'a dispute ladder in governance',
        text: variant(`        ${DISPUTES}\n`, ''), title: `Insert a dispute route: ${DISPUTES}`
    },
    {
        code: 'governance/no-dispute-route', name: 'the ladder ends in expert determination',
        text: variant(DISPUTES, 'disputes negotiation 20 working_days then mediation'),
        after: [['disputes negotiation 20 working_days then mediation', DISPUTES]]
    },
    {
        code: 'governance/no-change-control', name: 'variations after the board',
        text: CANONICAL, title: 'Insert a variations clause: variations agreed_by all_parties',
        after: [['            also "Two patient representatives"\n        }\n', '            also "Two patient representatives"\n        }\n        variations agreed_by all_parties\n']]
    },
    {
        code: 'termination/incomplete', name: 'exit plan and exit costs inserted',
        text: variant('        exit_plan\n        exit_costs defaulting_party otherwise shared 50%\n', ''),
        title: 'Insert the missing clauses: exit_plan; exit_costs defaulting_party otherwise shared 50%',
        after: [['        partial_year pro_rata last_complete_quarter\n', '        partial_year pro_rata last_complete_quarter\n        exit_plan\n        exit_costs defaulting_party otherwise shared 50%\n']]
    },
    {
        code: 'termination/no-step-in', name: 'a company provider: step_in in termination',
        text: COMPANY, title: 'Insert step_in',
        after: [['        partial_year pro_rata last_complete_quarter\n', '        partial_year pro_rata last_complete_quarter\n        step_in\n']]
    }
];
