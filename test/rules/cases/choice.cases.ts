import { CANONICAL, readRepoFile, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';

const ACO = readRepoFile('test/fixtures/payment/aco.care');

const CHOICE = `    choice "Patients may choose any provider for consultant-led referral; the ICO pays at national prices." {
        protects referral_choice
        forbids exclusivity, minimum_income_guarantee
    }
`;
const NO_CHOICE = variant(CHOICE, '');
const MIG = (base = CANONICAL) =>
    variant('value £4,210,000 per year', 'value £4,210,000 per year\n        minimum_income_guarantee £10,000,000.00 per year', base);

const ACO_ELECTIVE = variant('        service CareManagement',
    '        service Elective "Elective orthopaedics" { category acute_elective provision direct }\n        service CareManagement', ACO);
const ACO_CHOICE = 'choice "Beneficiaries remain free to see any Medicare provider." {\n        protects non_network_providers, data_sharing_objection\n    }';
const ACO_PATHWAY = variant('        service CareManagement', `        pathway Knee "Knee pain" {
            stage Refer "Referral" { services PrimaryCare choice_at_referral }
        }
        service CareManagement`, ACO);

export const cases: RuleCase[] = [
    // V-48 patient choice protected
    {
        code: 'choice/missing', name: 'elective outpatients and no choice clause', expect: 'trigger', text: NO_CHOICE, severity: 2,
        message: 'no choice clause protects referral_choice for Outpatients (acute_elective)',
        figures: { right: 'referral_choice', services: ['Outpatients'], stages: [] }
    },
    {
        code: 'choice/missing', name: 'a choice clause protecting another right', expect: 'trigger',
        text: variant('        protects referral_choice', '        protects any_qualified_provider'),
        message: 'choice does not protect referral_choice, required for Outpatients (acute_elective)'
    },
    {
        code: 'choice/missing', name: 'MSSP requires non_network_providers', expect: 'trigger',
        text: variant('protects non_network_providers, data_sharing_objection', 'protects referral_choice', ACO_ELECTIVE),
        message: 'choice does not protect non_network_providers, required for Elective (acute_elective)'
    },
    {
        code: 'choice/missing', name: 'a referral stage and no choice clause', expect: 'trigger',
        text: variant(ACO_CHOICE, '', ACO_PATHWAY),
        message: 'no choice clause protects non_network_providers for stage Refer (choice_at_referral)', figures: { stages: ['Refer'] }
    },
    { code: 'choice/missing', name: 'Contract A protects referral choice', expect: 'clean', text: CANONICAL },
    {
        code: 'choice/missing', name: 'outpatients retained by the commissioner', expect: 'clean',
        text: variant('category acute_elective provision direct', 'category acute_elective provision commissioner_retained', NO_CHOICE)
    },
    { code: 'choice/missing', name: 'off under commercial_default', expect: 'clean', text: variant('policy nhs_england_2025', 'policy commercial_default', NO_CHOICE) },
    { code: 'choice/missing', name: 'ACO elective care with non-network access', expect: 'clean', text: ACO_ELECTIVE },
    { code: 'choice/missing', name: 'ACO without referral services needs no choice clause', expect: 'clean', text: variant(ACO_CHOICE, '', ACO) },

    // V-49 choice-defeating terms
    {
        code: 'choice/choice-defeating-term', name: 'subcontractor minimum income guarantee', expect: 'trigger', text: MIG(), severity: 2,
        message: 'GPFederation minimum income guarantee £10,000,000.00 conflicts with choice; the choice clause forbids minimum_income_guarantee',
        figures: { party: 'GPFederation', amount: '10000000.00' }
    },
    {
        code: 'choice/choice-defeating-term', name: 'forbids list omits exclusivity while a guarantee exists', expect: 'trigger',
        text: MIG(variant('forbids exclusivity, minimum_income_guarantee', 'forbids minimum_income_guarantee')),
        message: 'choice forbids minimum_income_guarantee but not exclusivity while GPFederation has a minimum income guarantee',
        figures: { missing: 'exclusivity' }
    },
    { code: 'choice/choice-defeating-term', name: 'Contract A has no guarantee', expect: 'clean', text: CANONICAL },
    {
        code: 'choice/choice-defeating-term', name: 'forbids list without exclusivity and no guarantee', expect: 'clean',
        text: variant('forbids exclusivity, minimum_income_guarantee', 'forbids minimum_income_guarantee')
    }
];
