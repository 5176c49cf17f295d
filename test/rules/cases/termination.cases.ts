import { CANONICAL, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';

export const cases: RuleCase[] = [
    {
        code: 'termination/incomplete', name: 'no partial_year rule', expect: 'trigger',
        text: variant('        partial_year pro_rata last_complete_quarter\n', ''), severity: 2,
        message: 'no rule for settling withhold on early termination', figures: { missing: ['partial_year'] }
    },
    {
        code: 'termination/incomplete', name: 'no exit plan and no exit costs', expect: 'trigger',
        text: variant('        exit_plan\n        exit_costs defaulting_party otherwise shared 50%\n', ''),
        message: 'no exit plan for service continuity; no allocation of unfunded exit costs', figures: { missing: ['exit_plan', 'exit_costs'] }
    },
    { code: 'termination/incomplete', name: 'canonical states all five exit terms', expect: 'clean', text: CANONICAL },
    {
        code: 'termination/no-step-in', name: 'canonical: statutory NHS provider, so information only', expect: 'trigger', text: CANONICAL,
        severity: 3, message: 'no step_in right if the provider fails (Riverside: statutory NHS body)', figures: { statutory: true }
    },
    {
        code: 'termination/no-step-in', name: 'a company provider without step-in rights', expect: 'trigger',
        text: variant('        legal_form nhs_foundation_trust\n        statutory\n        security statutory_body',
            '        legal_form company\n        vat recoverable\n        security parent_company_guarantee £2,000,000.00'),
        severity: 2, message: 'no step_in right if the provider fails', figures: { providers: ['Riverside'], statutory: false }
    },
    {
        code: 'termination/no-step-in', name: 'termination grants step_in', expect: 'clean',
        text: variant('        exit_plan\n', '        exit_plan\n        step_in\n')
    }
];
