import { CANONICAL, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';

const DISPUTES = 'disputes negotiation 20 working_days then mediation then expert_determination';

export const cases: RuleCase[] = [
    {
        code: 'governance/no-dispute-route', name: 'no disputes clause', expect: 'trigger',
        text: variant(`        ${DISPUTES}\n`, ''), severity: 2, message: 'no dispute route for settlement disagreements', figures: { steps: [] }
    },
    {
        code: 'governance/no-dispute-route', name: 'the ladder stops at mediation', expect: 'trigger',
        text: variant(DISPUTES, 'disputes negotiation 20 working_days then mediation'), severity: 2,
        message: 'disputes negotiation then mediation: no route for settlement disagreements',
        figures: { steps: ['negotiation', 'mediation'], insert: 'then expert_determination' }
    },
    { code: 'governance/no-dispute-route', name: 'canonical ends in expert determination', expect: 'clean', text: CANONICAL },
    {
        code: 'governance/no-dispute-route', name: 'arbitration is a binding financial route', expect: 'clean',
        text: variant(DISPUTES, 'disputes negotiation 20 working_days then arbitration')
    },
    {
        code: 'governance/no-change-control', name: 'canonical has no variations clause', expect: 'trigger', text: CANONICAL,
        severity: 3, message: 'no variations clause: how is the contract changed?'
    },
    {
        code: 'governance/no-change-control', name: 'variations agreed by the board', expect: 'clean',
        text: variant(`        ${DISPUTES}\n`, `        ${DISPUTES}\n        variations agreed_by board rebase when population_change above 5%\n`)
    }
];
