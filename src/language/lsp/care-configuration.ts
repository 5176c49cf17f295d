import { DefaultConfigurationProvider, DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { isProfileName } from '../../model/policy.js';
import type { CareServices } from '../care-module.js';

/** The editor's settings live under `carec.*` (the extension's contribution), not under the language id. */
export class CareConfigurationProvider extends DefaultConfigurationProvider {
    protected override toSectionName(_languageId: string): string {
        return 'carec';
    }
}

/**
 * Applies the `carec.policyProfile` setting: a what-if profile for every contract, like
 * `carec check --policy`. Changing it rechecks every open document under the new profile.
 */
export function watchPolicyProfile(shared: LangiumSharedServices, care: CareServices): void {
    const configuration = shared.workspace.ConfigurationProvider;
    const apply = (value: unknown) => {
        const profile = typeof value === 'string' && isProfileName(value) ? value : undefined;
        const models = care.model.ContractModels;
        if (profile === models.profileOverride) {
            return;
        }
        models.profileOverride = profile;
        // Nothing in the text changed: only validation (and what reads the model) must run again.
        const builder = shared.workspace.DocumentBuilder;
        void shared.workspace.WorkspaceLock.write(async token => {
            const documents = shared.workspace.LangiumDocuments.all.toArray();
            documents.forEach(document => builder.resetToState(document, DocumentState.IndexedReferences));
            await builder.build(documents, { validation: true }, token);
        });
    };
    void configuration.ready.then(async () => apply(await configuration.getConfiguration('care', 'policyProfile')));
    configuration.onConfigurationSectionUpdate(update => {
        if (update.section === 'carec') {
            apply((update.configuration as { policyProfile?: unknown } | undefined)?.policyProfile);
        }
    });
}
