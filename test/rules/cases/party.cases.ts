import { CANONICAL, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';
import { ACO, ALLIANCE } from './small-contracts.js';

const STATUTORY = '        legal_form nhs_foundation_trust\n        statutory\n        security statutory_body\n';
/** Riverside as an LLP with its VAT treatment declared and a guarantee of the given amount. */
const llp = (security: string, vat = '        vat recoverable\n') =>
    variant(STATUTORY, `        legal_form llp\n${vat}        security parent_company_guarantee ${security}\n`);
const SECOND_COMMISSIONER = (lead: string) => variant('    provider Riverside', `    commissioner NorthShireCouncil "North Shire Council" {
        kind local_authority${lead}
    }
    provider Riverside`);
const shares = (harbour: string) => variant('member Harbour risk_share 15%', `member Harbour risk_share ${harbour}`, ALLIANCE);
/** Contract A with no corridor and no stop-loss: capitation risk is the stress share of the budget. */
const UNPROTECTED = variant('        stop_loss above £40,000 per person per year commissioner_share 80%\n', '',
    variant(/        corridor on budget symmetric \{[\s\S]*?\n        }\n/.exec(CANONICAL)![0], ''));

export const cases: RuleCase[] = [
    {
        code: 'party/lead-commissioner', name: 'two commissioners marked lead', expect: 'trigger',
        text: SECOND_COMMISSIONER('\n        lead'), message: '2 commissioners are marked lead; one is required', figures: { leads: 2 }, severity: 1
    },
    {
        code: 'party/lead-commissioner', name: 'no commissioner marked lead', expect: 'trigger',
        text: variant('        kind icb\n        lead\n', '        kind icb\n'), message: 'no commissioner is marked lead; one is required', figures: { leads: 0 }
    },
    { code: 'party/lead-commissioner', name: 'a second commissioner that is not the lead', expect: 'clean', text: SECOND_COMMISSIONER('') },

    {
        code: 'party/accountable-provider', name: 'two providers in a lead-provider contract', expect: 'trigger',
        text: variant('    subcontractor PodiatryPlus', '    provider PodiatryPlus'),
        message: '2 providers are declared; one accountable provider is required', figures: { providers: 2 }, severity: 1
    },
    {
        code: 'party/accountable-provider', name: 'an alliance of one member', expect: 'trigger',
        text: variant('        member Harbour risk_share 15%\n        member WestdaleICB risk_share 25%\n', '', variant('member MindTrust risk_share 60%', 'member MindTrust risk_share 100%', ALLIANCE)),
        message: 'alliance WestdaleMH has 1 member; an alliance needs at least 2', figures: { members: 1 }
    },
    { code: 'party/accountable-provider', name: 'one provider and subcontractors', expect: 'clean', text: CANONICAL },
    { code: 'party/accountable-provider', name: 'form alliance: two member providers', expect: 'clean', text: ALLIANCE },

    {
        code: 'party/alliance-shares', name: 'shares sum to 95%', expect: 'trigger',
        text: variant('member WestdaleICB risk_share 25%', 'member WestdaleICB risk_share 15%', shares('20%')),
        message: 'Risk shares 60% + 20% + 15% = 95%',
        figures: { shares: ['60', '20', '15'], total: '95', member: 'WestdaleICB', remainder: '20', replacement: '20%' }, severity: 1
    },
    {
        code: 'party/alliance-shares', name: 'shares 0.02 points over', expect: 'trigger',
        text: shares('15.02%'), message: 'Risk shares 60% + 15.02% + 25% = 100.02%', figures: { total: '100.02' }
    },
    { code: 'party/alliance-shares', name: 'shares within 0.01 points of 100%', expect: 'clean', text: shares('15.01%') },
    { code: 'party/alliance-shares', name: 'shares sum to 100%', expect: 'clean', text: ALLIANCE },

    {
        code: 'party/vat-undeclared', name: 'an LLP provider without a vat clause', expect: 'trigger',
        text: llp('£1,000,000.00', ''), message: 'llp provider Riverside is not a statutory body; VAT not declared',
        figures: { provider: 'Riverside', legalForm: 'llp' }, severity: 2
    },
    {
        code: 'party/vat-undeclared', name: 'an LLP provider subcontracting an NHS body', expect: 'trigger',
        text: variant('        legal_form cic\n', '        legal_form cic\n        nhs_body\n', llp('£1,000,000.00', '')),
        message: 'llp provider Riverside subcontracts NHS bodies (GPFederation); VAT not declared', figures: { nhsSubcontractors: ['GPFederation'] }
    },
    { code: 'party/vat-undeclared', name: 'an LLP provider that declares VAT', expect: 'clean', text: llp('£1,000,000.00') },
    { code: 'party/vat-undeclared', name: 'a statutory NHS provider needs no vat clause', expect: 'clean', text: CANONICAL },

    {
        code: 'party/no-financial-security', name: 'guarantee below the corridor worst case', expect: 'trigger',
        text: llp('£500,000.00'),
        message: 'Max provider downside £708,489.60; security £500,000.00 — corridor worst case at a 10% deficit on £17,712,240.00',
        figures: { downside: '708489.60', security: '500000.00', shortfall: '208489.60', basis: 'corridor' }, severity: 2
    },
    {
        code: 'party/no-financial-security', name: 'capitation with neither corridor nor stop-loss: stress share of the budget', expect: 'trigger',
        text: variant(STATUTORY, '        legal_form llp\n        vat recoverable\n        security none\n', UNPROTECTED),
        message: 'Max provider downside £1,771,224.00; security £0.00', figures: { downside: '1771224.00', basis: 'capitation_stress' }
    },
    {
        code: 'party/no-financial-security', name: 'statutory provider under a profile without the exemption', expect: 'trigger',
        text: variant('policy nhs_england_2025', 'policy commercial_default'), message: 'Max provider downside £708,489.60; security £0.00', severity: 2
    },
    {
        code: 'party/no-financial-security', name: 'mssp two-sided ACO: letter of credit below the loss cap is an error', expect: 'trigger',
        text: variant('letter_of_credit $6,000,000.00', 'letter_of_credit $5,000,000.00', ACO),
        message: 'Max provider downside $5,952,000.00; security $5,000,000.00 — shared losses up to the loss cap',
        figures: { downside: '5952000.00', basis: 'loss_cap' }, severity: 1
    },
    { code: 'party/no-financial-security', name: 'guarantee equal to the downside', expect: 'clean', text: llp('£708,489.60') },
    { code: 'party/no-financial-security', name: 'ACO letter of credit above the 4% loss cap', expect: 'clean', text: ACO },
    {
        code: 'party/no-financial-security', name: 'alliance on a block with no corridor or losses', expect: 'clean', text: ALLIANCE
    },

    {
        code: 'party/security-statutory-exempt', name: 'Contract A: statutory provider, corridor worst case', expect: 'trigger',
        text: CANONICAL,
        message: 'statutory provider Riverside: downside £708,489.60 without security (exempt)',
        figures: { downside: '708489.60', security: '0.00', basis: 'corridor', budget: '17712240.00' }, severity: 3
    },
    {
        code: 'party/security-statutory-exempt', name: 'statutory provider whose security covers the downside', expect: 'clean',
        text: variant('security statutory_body\n', 'security statutory_body £708,489.60\n')
    },
    {
        code: 'party/security-statutory-exempt', name: 'no exemption outside England profiles', expect: 'clean',
        text: variant('policy nhs_england_2025', 'policy commercial_default')
    }
];
