import { variant } from '../../helpers.js';
import type { FixCase } from '../code-actions-helpers.js';

export const cases: FixCase[] = [
    {
        code: 'ref/unknown-reference', name: 'did you mean NewlyDiagnosed',
        text: variant('denominator NewlyDiagnosed', 'denominator NewlyDiagnose'),
        title: "Use the closest declared name: 'NewlyDiagnosed'", after: [['denominator NewlyDiagnose', 'denominator NewlyDiagnosed']]
    },
    {
        code: 'ref/unknown-reference', name: 'a stub cohort within the population',
        text: variant('denominator NewlyDiagnosed', 'denominator SmiRegister'),
        title: "Declare a stub cohort 'SmiRegister'",
        after: [[
            '        changes pro_rata member_months recount every 1 January\n    }\n',
            '        changes pro_rata member_months recount every 1 January\n    }\n'
        ], [
            'within DiabetesRegister {\n        criteria "First diabetes diagnosis recorded in the 12 months before the start of the measurement year"\n    }\n',
            'within DiabetesRegister {\n        criteria "First diabetes diagnosis recorded in the 12 months before the start of the measurement year"\n    }\n\n'
                + '    cohort SmiRegister "SmiRegister" within Registered\n'
        ]]
    },
    {
        code: 'ref/unknown-reference', name: 'a stub service for drivers',
        text: variant('drivers EnhancedReviews, SpecialistNursing, Education\n', 'drivers EnhancedReviews, SpecialistNursing, Coaching\n'),
        title: "Declare a stub service 'Coaching'",
        after: [['drivers EnhancedReviews, SpecialistNursing, Coaching\n', 'drivers EnhancedReviews, SpecialistNursing, Coaching\n'], [
            '{ category public_health provision commissioner_retained }\n',
            '{ category public_health provision commissioner_retained }\n'
                + '        service Coaching "Coaching" { category community_health provision direct }\n'
        ]]
    },
    {
        code: 'ref/unknown-reference', name: 'a stub subcontractor delivering the service',
        text: variant('provision subcontracted by GPFederation', 'provision subcontracted by GPCollective'),
        title: "Declare a stub subcontractor 'GPCollective'"
    },
    {
        code: 'ref/duplicate-name', name: 'the second M3 becomes M4',
        text: variant('outcome M4 "Structured', 'outcome M3 "Structured'),
        title: "Rename the duplicate to 'M4'", after: [['outcome M3 "Structured', 'outcome M4 "Structured']]
    },
    {
        code: 'ref/duplicate-name', name: 'a name without a number gets one',
        text: variant('subcontractor PodiatryPlus "Podiatry Plus Ltd"', 'subcontractor GPFederation "Podiatry Plus Ltd"'),
        title: "Rename the duplicate to 'GPFederation2'"
    }
];

