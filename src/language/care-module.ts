import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import type { Module } from 'langium';
import { inject } from 'langium';
import { CareGeneratedModule, CareGeneratedSharedModule } from './generated/module.js';
import { CareDocumentValidator } from './care-document-validator.js';
import { CareParserErrorMessageProvider } from './care-errors.js';
import { ContractModelProvider } from './care-model-provider.js';
import { CareScopeComputation, CareScopeProvider } from './care-scope.js';
import { registerValidationChecks } from './validation/care-validator.js';
import { CareLspModule, CareSharedLspModule } from './lsp/care-lsp-module.js';

/** Services carec adds to Langium's. */
export interface CareAddedServices {
    model: {
        ContractModels: ContractModelProvider;
    };
}

export type CareServices = LangiumServices & CareAddedServices;

export const CareModule: Module<CareServices, PartialLangiumServices & CareAddedServices> = {
    model: {
        ContractModels: services => new ContractModelProvider(services)
    },
    references: {
        ScopeComputation: services => new CareScopeComputation(services),
        ScopeProvider: services => new CareScopeProvider(services)
    },
    validation: {
        DocumentValidator: services => new CareDocumentValidator(services)
    },
    parser: {
        ParserErrorMessageProvider: () => new CareParserErrorMessageProvider()
    }
};

/**
 * The one composition root: builds the shared and the language services. The CLI passes a file system
 * and no connection; the language server passes its connection.
 */
export function createCareServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Care: CareServices } {
    const shared = inject(createDefaultSharedModule(context), CareGeneratedSharedModule, CareSharedLspModule);
    const Care = inject(createDefaultModule({ shared }), CareGeneratedModule, CareModule, CareLspModule);
    shared.ServiceRegistry.register(Care);
    registerValidationChecks(Care);
    if (!context.connection) {
        // Without a language client nobody sends the configuration; start from the defaults.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Care };
}
