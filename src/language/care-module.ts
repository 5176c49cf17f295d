import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { inject } from 'langium';
import { CareGeneratedModule, CareGeneratedSharedModule } from './generated/module.js';
import { CareModule, CareSharedModule, registerCareServices, type CareAddedServices } from './care-core-module.js';
import { CareLspModule, CareSharedLspModule } from './lsp/care-lsp-module.js';

export { createCareCoreServices, type CareCoreServices } from './care-core-module.js';

/** The language server's services: the core (`care-core-module.ts`) and the editor features (`lsp/`). */
export type CareServices = LangiumServices & CareAddedServices;

/**
 * The composition root of the language server: the core services with Langium's editor services and
 * carec's (`lsp/`) on top. The CLI uses `createCareCoreServices` alone, so that it never loads these.
 */
export function createCareServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Care: CareServices } {
    const shared = inject(createDefaultSharedModule(context), CareGeneratedSharedModule, CareSharedModule, CareSharedLspModule);
    const Care = inject(createDefaultModule({ shared }), CareGeneratedModule, CareModule, CareLspModule);
    return registerCareServices(shared, Care, context.connection !== undefined);
}

