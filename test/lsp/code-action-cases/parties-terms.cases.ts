import { variant } from '../../helpers.js';
import type { FixCase } from '../code-actions-helpers.js';
import { ALLIANCE } from '../../rules/cases/small-contracts.js';

const STATUTORY = '        legal_form nhs_foundation_trust\n        statutory\n        security statutory_body\n';
const LLP = variant(STATUTORY, '        legal_form llp\n        security parent_company_guarantee £1,000,000.00\n');

/** Year 1 with money at risk and no shadow year; M2 and M4 lose their baselines. */
const YEAR_ONE_AT_RISK = variant('            baseline 9.0 in 2024/25 n 1,480\n', '',
    variant('            baseline 48.0 in 2024/25\n', '', variant('            2025/26 0%', '            2025/26 10%')));

export const cases: FixCase[] = [
    {
        code: 'party/alliance-shares', name: 'shares sum to 105%: the last member takes 20%',
        text: variant('member Harbour risk_share 15%', 'member Harbour risk_share 20%', ALLIANCE),
        title: 'Set the last share to the remainder: WestdaleICB 20%',
        after: [['member WestdaleICB risk_share 25%', 'member WestdaleICB risk_share 20%']]
    },
    {
        code: 'party/vat-undeclared', name: 'an LLP provider declares vat after its legal form',
        text: LLP, title: 'Insert a vat clause: vat recoverable',
        after: [['        legal_form llp\n', '        legal_form llp\n        vat recoverable\n']]
    },
    {
        code: 'party/vat-undeclared', name: 'other treatments are offered too',
        text: LLP, title: 'Insert a vat clause: vat exempt'
    },
    {
        code: 'subcontract/inconsistent', name: 'the subcontractor adds the service to delivers',
        text: variant('delivers EnhancedReviews', 'delivers SpecialistNursing'),
        message: 'EnhancedReviews is subcontracted by GPFederation',
        title: 'Add to delivers: GPFederation delivers EnhancedReviews',
        after: [['delivers SpecialistNursing', 'delivers SpecialistNursing, EnhancedReviews']]
    },
    {
        code: 'subcontract/inconsistent', name: 'a subcontractor without delivers gets the clause',
        text: variant('        delivers FootService\n', ''),
        after: [['        legal_form company\n', '        legal_form company\n        delivers FootService\n']]
    },
    {
        code: 'term/years-do-not-tile', name: 'term ends in February: 2029/30 declared partial after years',
        text: variant('term 2025-04-01 to 2030-03-31', 'term 2025-04-01 to 2030-02-28'),
        title: 'Declare the year partial: partial 2029/30 pro_rata days',
        after: [['        years april_to_march\n', '        years april_to_march\n        partial 2029/30 pro_rata days\n']]
    },
    {
        code: 'term/years-do-not-tile', name: 'a whole year declared partial loses the clause',
        text: variant('shadow 2025/26', 'shadow 2025/26\n        partial 2027/28 pro_rata days'),
        title: 'Remove partial 2027/28', after: [['shadow 2025/26\n        partial 2027/28 pro_rata days', 'shadow 2025/26']]
    },
    {
        code: 'payment/at-risk-without-baseline', name: 'year 1 joins the shadow years',
        text: variant('        shadow 2025/26\n', '        shadow 2026/27\n', YEAR_ONE_AT_RISK),
        title: 'Make the year a shadow year: shadow 2025/26',
        after: [['        shadow 2026/27\n', '        shadow 2026/27, 2025/26\n']]
    },
    {
        code: 'payment/at-risk-without-baseline', name: 'a term without shadow years gets the clause',
        text: variant('        shadow 2025/26\n', '', YEAR_ONE_AT_RISK),
        after: [['        years april_to_march\n', '        years april_to_march\n        shadow 2025/26\n']]
    }
];

