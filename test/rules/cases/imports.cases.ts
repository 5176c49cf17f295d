import { CANONICAL, variant } from '../../helpers.js';
import type { RuleCase } from '../rule-case.js';
import { LIBRARY_DIABETES } from './small-contracts.js';

const M1_OWN = `            type outcome
            numerator "Register patients whose latest HbA1c is at or below 58 mmol/mol"
            denominator DiabetesRegister
            unit percent
            direction higher
`;
/** Contract A with M1 defined by the library metric DiabLib.HbA1c. */
const USES_LIBRARY = 'import "lib/diabetes.care"\n'
    + variant(M1_OWN, '            uses DiabLib.HbA1c\n            denominator DiabetesRegister\n');
const LIB = { 'lib/diabetes.care': LIBRARY_DIABETES };

const COMMON = 'library Common "Common definitions" { }\n';

export const cases: RuleCase[] = [
    {
        code: 'import/unresolved', name: 'the imported file does not exist', expect: 'trigger',
        text: USES_LIBRARY, message: 'import "lib/diabetes.care": file not found', figures: { path: 'lib/diabetes.care', reason: 'not-found' }, severity: 1
    },
    {
        code: 'import/unresolved', name: 'the imported file holds a contract', expect: 'trigger',
        text: 'import "other.care"\n' + CANONICAL, files: { 'other.care': variant('contract A_DIAB_NSH_2025', 'contract OTHER_2025') },
        message: 'import "other.care": the file holds contract OTHER_2025, not a library', figures: { reason: 'not-a-library' }
    },
    {
        code: 'import/unresolved', name: 'a library whose import leads back to it', expect: 'trigger',
        text: 'import "lib/common.care"\n' + LIBRARY_DIABETES, files: { 'lib/common.care': 'import "../contract.care"\n' + COMMON },
        message: 'import "lib/common.care": import cycle contract.care → lib/common.care → contract.care',
        figures: { reason: 'cycle', chain: ['contract.care', 'lib/common.care', 'contract.care'] }
    },
    { code: 'import/unresolved', name: 'the library is in the workspace', expect: 'clean', text: USES_LIBRARY, files: LIB },
    {
        code: 'import/unresolved', name: 'a chain of libraries that does not come back', expect: 'clean',
        text: USES_LIBRARY, files: { 'lib/diabetes.care': 'import "common.care"\n' + LIBRARY_DIABETES, 'lib/common.care': COMMON }
    },

    {
        code: 'library/misplaced-clause', name: 'a library metric states a weight', expect: 'trigger',
        text: 'import "lib/common.care"\n' + variant('        unit percent\n', '        unit percent\n        weight 30%\n', LIBRARY_DIABETES),
        files: { 'lib/common.care': COMMON },
        message: 'library metric DiabLib.HbA1c states weight; weight belongs to the contract', figures: { clause: 'weight', metric: 'DiabLib.HbA1c' }, severity: 1
    },
    {
        code: 'library/misplaced-clause', name: 'an outcome restates the unit its metric sets', expect: 'trigger',
        text: variant('            uses DiabLib.HbA1c\n', '            uses DiabLib.HbA1c\n            unit per_1000\n', USES_LIBRARY), files: LIB,
        message: 'M1 restates unit per_1000; DiabLib.HbA1c already sets unit percent', figures: { outcome: 'M1', clause: 'unit', inherited: 'percent' }
    },
    {
        code: 'library/misplaced-clause', name: 'an outcome restates the direction, even unchanged', expect: 'trigger',
        text: variant('            uses DiabLib.HbA1c\n', '            uses DiabLib.HbA1c\n            direction higher\n', USES_LIBRARY), files: LIB,
        figures: { clause: 'direction', value: 'higher', inherited: 'higher' }
    },
    { code: 'library/misplaced-clause', name: 'contract clauses in the contract, source restated', expect: 'clean', text: USES_LIBRARY, files: LIB },
    {
        code: 'library/misplaced-clause', name: 'the library file itself', expect: 'clean',
        text: 'import "lib/common.care"\n' + LIBRARY_DIABETES, files: { 'lib/common.care': COMMON }
    }
];
