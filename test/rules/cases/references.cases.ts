import { CANONICAL, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';

export const cases: RuleCase[] = [
    {
        code: 'ref/unknown-reference', name: 'denominator names an undeclared cohort, with a did-you-mean', expect: 'trigger',
        text: variant('denominator NewlyDiagnosed', 'denominator NewlyDiagnose'),
        message: "denominator 'NewlyDiagnose' is not a declared cohort", figures: { suggestions: ['NewlyDiagnosed'] }
    },
    {
        code: 'ref/unknown-reference', name: 'a service where a subcontractor is expected is the wrong kind', expect: 'trigger',
        text: variant('provision subcontracted by GPFederation', 'provision subcontracted by Riverside'),
        message: "subcontracted by 'Riverside' is not a declared subcontractor"
    },
    { code: 'ref/unknown-reference', name: 'canonical references all resolve', expect: 'clean', text: CANONICAL },
    {
        code: 'ref/duplicate-name', name: 'two outcomes named M3', expect: 'trigger',
        text: variant('outcome M4 "Structured', 'outcome M3 "Structured'),
        message: "'M3' is already declared at line"
    },
    { code: 'ref/duplicate-name', name: 'names are unique', expect: 'clean', text: CANONICAL },
    {
        // Source names are titles, not declarations: the Westbridge example has two outcomes from the MHSDS.
        code: 'ref/duplicate-name', name: 'two outcomes share a data source title', expect: 'clean',
        text: variant('source "Provider structured-education records"', 'source "GP data extraction"')
    }
];
