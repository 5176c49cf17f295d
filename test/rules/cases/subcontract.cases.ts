import { CANONICAL, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';

/** GPFederation also subcontracts foot protection, so both subcontractors share one group of services. */
const SHARED = variant('provision direct and subcontracted by PodiatryPlus', 'provision direct and subcontracted by PodiatryPlus, GPFederation',
    variant('delivers EnhancedReviews', 'delivers EnhancedReviews, FootService'));

const allocate = (reviews: string, foot: string) => variant('baseline_spend £17,100,000.00 in 2024/25',
    `allocations 2026/27 { EnhancedReviews ${reviews} FootService ${foot} }\n        baseline_spend £17,100,000.00 in 2024/25`, SHARED);

export const cases: RuleCase[] = [
    {
        code: 'subcontract/inconsistent', name: 'subcontracted by a subcontractor that does not deliver it', expect: 'trigger',
        text: variant('delivers EnhancedReviews', 'delivers SpecialistNursing'),
        message: 'EnhancedReviews is subcontracted by GPFederation, which does not deliver it',
        figures: { service: 'EnhancedReviews', subcontractor: 'GPFederation', insert: 'EnhancedReviews' }, severity: 1
    },
    {
        code: 'subcontract/inconsistent', name: 'delivers a directly provided service', expect: 'trigger',
        text: variant('delivers EnhancedReviews', 'delivers EnhancedReviews, SpecialistNursing'),
        message: 'GPFederation delivers SpecialistNursing, which is not subcontracted by GPFederation'
    },
    {
        code: 'subcontract/inconsistent', name: 'delivers a commissioner-retained service', expect: 'trigger',
        text: variant('delivers EnhancedReviews', 'delivers EnhancedReviews, EyeScreening'),
        message: 'GPFederation delivers EyeScreening, which is commissioner_retained and not in scope', figures: { inScope: false }
    },
    { code: 'subcontract/inconsistent', name: 'direct and subcontracted provision agrees with delivers', expect: 'clean', text: CANONICAL },

    {
        code: 'subcontract/value-exceeds-allocation', name: 'subcontracts exceed the services\' allocation', expect: 'trigger',
        text: allocate('£4,000,000.00', '£500,000.00'),
        message: 'Subcontracts £4,820,000.00 exceed £4,500,000.00 allocated',
        figures: { subcontracts: '4820000.00', allocated: '4500000.00', excess: '320000.00', year: '2026/27' }, severity: 1
    },
    {
        code: 'subcontract/value-exceeds-allocation', name: 'an excess within money_tolerance_relative is information', expect: 'trigger',
        text: allocate('£4,209,900.00', '£610,000.00'),
        message: 'Subcontracts £4,820,000.00 exceed £4,819,900.00 allocated', figures: { excess: '100.00' }, severity: 3
    },
    { code: 'subcontract/value-exceeds-allocation', name: 'allocation equals the subcontracts', expect: 'clean', text: allocate('£4,210,000.00', '£610,000.00') },
    {
        code: 'subcontract/value-exceeds-allocation', name: 'an excess within money_tolerance', expect: 'clean',
        text: allocate('£4,209,999.99', '£610,000.00')
    },

    {
        code: 'subcontract/liability-pass-through', name: 'outcomes passed through with no back-to-back clause', expect: 'trigger',
        text: variant('        vat exempt\n', '        vat exempt\n        passes_through outcomes\n'),
        message: 'GPFederation passes outcomes through without a back_to_back clause', figures: { party: 'GPFederation' }, severity: 2
    },
    {
        code: 'subcontract/liability-pass-through', name: 'outcomes passed through back to back', expect: 'clean',
        text: variant('        vat exempt\n', '        vat exempt\n        passes_through outcomes back_to_back\n')
    }
];
