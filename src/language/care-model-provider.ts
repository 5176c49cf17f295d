import type { LangiumCoreServices } from 'langium';
import { WorkspaceCache } from 'langium';
import type { Contract } from './generated/ast.js';
import { buildContractModel, type ContractModel } from '../model/contract-model.js';
import type { ProfileName } from '../model/policy.js';

/**
 * Builds each contract's semantic model once and shares it between validation, the editor features and
 * the generator. The cache is cleared whenever any document changes, since a contract's model depends on
 * the library files it imports.
 */
export class ContractModelProvider {
    private readonly cache: WorkspaceCache<Contract, ContractModel>;
    private override: ProfileName | undefined;

    constructor(services: LangiumCoreServices) {
        this.cache = new WorkspaceCache(services.shared);
    }

    /** A what-if profile (`--policy`, the `carec.policyProfile` setting), applied to every contract instead of the one it names. */
    get profileOverride(): ProfileName | undefined {
        return this.override;
    }

    set profileOverride(profile: ProfileName | undefined) {
        if (profile !== this.override) {
            this.override = profile;
            // Every model was built under the previous profile.
            this.cache.clear();
        }
    }

    modelOf(contract: Contract): ContractModel {
        return this.cache.get(contract, () => buildContractModel(contract, { profile: this.override }));
    }
}
