import type { Cancellation, ValidationAcceptor, ValidationChecks } from 'langium';
import { interruptAndCheck } from 'langium';
import type { CareAstType, CareFile, Contract } from '../generated/ast.js';
import type { CareCoreServices } from '../care-core-module.js';
import { CONTRACT_CHECKS } from './contract-checks.js';
import { createReporter } from './reporter.js';
import { countsMustBeWhole, literalsMustBeWellFormed } from './syntax.js';
import { LIBRARY_CHECKS } from './library.js';

/** How many contract rules run between two looks at the cancellation token. */
const CANCELLATION_STRIDE = 8;

/** Registers every rule: token-level rules on the file, contract-wide rules on the semantic model. */
export function registerValidationChecks(services: CareCoreServices): void {
    const registry = services.validation.ValidationRegistry;
    const models = services.model.ContractModels;
    const checks: ValidationChecks<CareAstType> = {
        CareFile: (file: CareFile, accept: ValidationAcceptor) => {
            const report = createReporter(file.contract ? models.modelOf(file.contract).header.policy : undefined, accept);
            literalsMustBeWellFormed(file, report);
            countsMustBeWhole(file, report);
            for (const check of LIBRARY_CHECKS) {
                check(file, report, services);
            }
        },
        Contract: async (contract: Contract, accept: ValidationAcceptor, cancelToken: Cancellation.CancellationToken) => {
            const model = models.modelOf(contract);
            const report = createReporter(model.header.policy, accept);
            for (let i = 0; i < CONTRACT_CHECKS.length; i++) {
                // A newer edit cancels a validation in progress; the check sees it between two rules.
                if (i % CANCELLATION_STRIDE === 0) {
                    await interruptAndCheck(cancelToken);
                }
                CONTRACT_CHECKS[i]!({ model, report });
            }
        }
    };
    registry.register(checks);
}
