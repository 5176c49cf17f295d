import { CANONICAL, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';

export const cases: RuleCase[] = [
    {
        code: 'reporting/no-reporting-path', name: 'M5 survey dropped from the dashboard covers', expect: 'trigger',
        text: variant('covers M1, M3, M4, M5', 'covers M1, M3, M4'), severity: 1,
        message: 'M5 "Annual postal patient survey": no report covers it',
        figures: { outcome: 'M5', source: 'Annual postal patient survey', report: 'Dashboard', reports: ['Finance', 'Dashboard', 'Settlement'] }
    },
    {
        code: 'reporting/no-reporting-path', name: 'no report covers anything: the fix points at the first report', expect: 'trigger',
        text: variant(' covers M1, M3, M4, M5', ''), message: 'M1 "GP data extraction": no report covers it', figures: { report: 'Finance' }
    },
    { code: 'reporting/no-reporting-path', name: 'canonical: M2, M3 national; M1, M4, M5 on the dashboard', expect: 'clean', text: CANONICAL },
    {
        code: 'reporting/no-reporting-path', name: 'an uncovered survey that is a national dataset', expect: 'clean',
        text: variant('covers M1, M3, M4, M5', 'covers M1, M3, M4',
            variant('source "Annual postal patient survey"', 'source national "Annual postal patient survey"'))
    }
];
