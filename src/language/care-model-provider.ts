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
    /** A what-if profile (`--policy`), applied to every contract instead of the one it names. */
    profileOverride: ProfileName | undefined;

    constructor(services: LangiumCoreServices) {
        this.cache = new WorkspaceCache(services.shared);
    }

    modelOf(contract: Contract): ContractModel {
        return this.cache.get(contract, () => buildContractModel(contract, { profile: this.profileOverride }));
    }
}
