import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import type { Module } from 'langium';
import { inject } from 'langium';
import { CareGeneratedModule, CareGeneratedSharedModule } from './generated/module.js';
import { CareDocumentValidator } from './care-document-validator.js';
import { CareParserErrorMessageProvider } from './care-errors.js';
import { ContractModelProvider } from './care-model-provider.js';
import { ImportScope } from './import-scope.js';
import { CareScopeComputation, CareScopeProvider } from './care-scope.js';
import { CareLinker, CareReferenceDescriptionProvider } from './care-linker.js';
import { createCareParser } from './care-parser.js';
import { CareLookaheadStrategy } from './care-lookahead.js';
import { CareTokenBuilder } from './care-token-builder.js';
import { CareDocumentFactory } from './care-documents.js';
import { CareAstNodeDescriptionProvider, CareAstNodeLocator } from './care-descriptions.js';
import { CareValueConverter } from './care-value-converter.js';
import { registerValidationChecks } from './validation/care-validator.js';
import { CareLspModule, CareSharedLspModule } from './lsp/care-lsp-module.js';

/** Services carec adds to Langium's. */
export interface CareAddedServices {
    model: {
        ContractModels: ContractModelProvider;
    };
    imports: {
        ImportScope: ImportScope;
    };
}

export type CareServices = LangiumServices & CareAddedServices;

export const CareModule: Module<CareServices, PartialLangiumServices & CareAddedServices> = {
    model: {
        ContractModels: services => new ContractModelProvider(services)
    },
    imports: {
        ImportScope: () => new ImportScope()
    },
    references: {
        ScopeComputation: services => new CareScopeComputation(services),
        ScopeProvider: services => new CareScopeProvider(services),
        Linker: services => new CareLinker(services)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new CareReferenceDescriptionProvider(services),
        AstNodeDescriptionProvider: services => new CareAstNodeDescriptionProvider(services),
        AstNodeLocator: () => new CareAstNodeLocator()
    },
    validation: {
        DocumentValidator: services => new CareDocumentValidator(services)
    },
    parser: {
        LangiumParser: services => createCareParser(services),
        ParserConfig: services => ({ lookaheadStrategy: new CareLookaheadStrategy(services.parser.Lexer.definition) }),
        TokenBuilder: () => new CareTokenBuilder(),
        ValueConverter: () => new CareValueConverter(),
        ParserErrorMessageProvider: () => new CareParserErrorMessageProvider()
    }
};

/** Shared services carec changes: documents are updated in place when an edit stays inside one token. */
export const CareSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        LangiumDocumentFactory: services => new CareDocumentFactory(services)
    }
};

/**
 * The one composition root: builds the shared and the language services. The CLI passes a file system
 * and no connection; the language server passes its connection.
 */
export function createCareServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Care: CareServices } {
    const shared = inject(createDefaultSharedModule(context), CareGeneratedSharedModule, CareSharedModule, CareSharedLspModule);
    const Care = inject(createDefaultModule({ shared }), CareGeneratedModule, CareModule, CareLspModule);
    shared.ServiceRegistry.register(Care);
    registerValidationChecks(Care);
    if (!context.connection) {
        // Without a language client nobody sends the configuration; start from the defaults.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Care };
}
