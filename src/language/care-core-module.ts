import type { DefaultSharedCoreModuleContext, LangiumCoreServices, LangiumSharedCoreServices, Module, PartialLangiumCoreServices, PartialLangiumSharedCoreServices } from 'langium';
import { createDefaultCoreModule, createDefaultSharedCoreModule, inject } from 'langium';
import { CareGeneratedModule, CareGeneratedSharedModule } from './generated/module.js';
import { reflection } from './generated/ast.js';
import { CareDocumentValidator } from './care-document-validator.js';
import { CareParserErrorMessageProvider } from './care-errors.js';
import { ContractModelProvider } from './care-model-provider.js';
import { ImportScope } from './import-scope.js';
import { CareScopeComputation, CareScopeProvider } from './care-scope.js';
import { CareLinker, CareReferenceDescriptionProvider } from './care-linker.js';
import { createCareParser } from './care-parser.js';
import { CareLookaheadStrategy } from './care-lookahead.js';
import { CareTokenBuilder } from './care-token-builder.js';
import { CareLexer } from './care-lexer.js';
import { PREBUILT_PARSER_TABLES } from './care-prebuilt-tables.js';
import { CareDocumentFactory } from './care-documents.js';
import { CareAstNodeDescriptionProvider, CareAstNodeLocator } from './care-descriptions.js';
import { CareValueConverter } from './care-value-converter.js';
import { registerValidationChecks } from './validation/care-validator.js';

/** Services carec adds to Langium's. */
export interface CareAddedServices {
    model: {
        ContractModels: ContractModelProvider;
    };
    imports: {
        ImportScope: ImportScope;
    };
}

/** What checking, compiling and settling need: no editor services. */
export type CareCoreServices = LangiumCoreServices & CareAddedServices;

export const CareModule: Module<CareCoreServices, PartialLangiumCoreServices & CareAddedServices> = {
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
        TokenBuilder: () => new CareTokenBuilder(PREBUILT_PARSER_TABLES),
        Lexer: services => new CareLexer(services, PREBUILT_PARSER_TABLES?.identifierKeywords),
        ValueConverter: () => new CareValueConverter(),
        ParserErrorMessageProvider: () => new CareParserErrorMessageProvider()
    }
};

/**
 * Shared services carec changes: documents are updated in place when an edit stays inside one token;
 * the reflection is the generated AST's own, which its type guards use, rather than a second instance
 * (its table of types was a millisecond of a cold start to build) with a second cache of subtype answers.
 */
export const CareSharedModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    AstReflection: () => reflection,
    workspace: {
        LangiumDocumentFactory: services => new CareDocumentFactory(services)
    }
};

/**
 * The services without the editor's, for the CLI: parsing, scoping, validation and the model are built
 * from the same modules as the language server's (`createCareServices`), and a cold `carec check` loads
 * none of the server.
 */
export function createCareCoreServices(context: DefaultSharedCoreModuleContext): { shared: LangiumSharedCoreServices; Care: CareCoreServices } {
    const shared = inject(createDefaultSharedCoreModule(context), CareGeneratedSharedModule, CareSharedModule);
    const Care = inject(createDefaultCoreModule({ shared }), CareGeneratedModule, CareModule);
    return registerCareServices(shared, Care, false);
}

/** Registers the language, its checks and, without a client to send them, the default settings. */
export function registerCareServices<S extends LangiumSharedCoreServices, C extends CareCoreServices>(shared: S, Care: C, hasClient: boolean): { shared: S; Care: C } {
    shared.ServiceRegistry.register(Care);
    registerValidationChecks(Care);
    if (!hasClient) {
        // Without a language client nobody sends the configuration; start from the defaults.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Care };
}
