import type { ContractCheck } from './reporter.js';
import { budgetChecks } from './budget.js';
import { choiceChecks } from './choice.js';
import { evaluationChecks } from './evaluation.js';
import { governanceChecks } from './governance.js';
import { importsChecks } from './imports.js';
import { moneyChecks } from './money.js';
import { outcomeChecks } from './outcome.js';
import { partyChecks } from './party.js';
import { paymentChecks } from './payment.js';
import { policyChecks } from './policy.js';
import { populationChecks } from './population.js';
import { referenceChecks } from './references.js';
import { reportingChecks } from './reporting.js';
import { riskChecks } from './risk.js';
import { structureChecks } from './structure.js';
import { subcontractChecks } from './subcontract.js';
import { termChecks } from './term.js';
import { terminationChecks } from './termination.js';

/** Every contract-wide rule, by area. Each reads the contract's semantic model. */
export const CONTRACT_CHECKS: readonly ContractCheck[] = [
    ...structureChecks,
    ...referenceChecks,
    ...importsChecks,
    ...policyChecks,
    ...partyChecks,
    ...termChecks,
    ...populationChecks,
    ...riskChecks,
    ...budgetChecks,
    ...moneyChecks,
    ...paymentChecks,
    ...outcomeChecks,
    ...choiceChecks,
    ...reportingChecks,
    ...evaluationChecks,
    ...governanceChecks,
    ...terminationChecks,
    ...subcontractChecks
];
