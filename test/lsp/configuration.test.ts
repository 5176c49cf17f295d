import { describe, expect, it } from 'vitest';
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { createCareServices } from '../../src/language/care-module.js';
import { watchPolicyProfile } from '../../src/language/lsp/care-configuration.js';
import { CANONICAL } from '../helpers.js';

describe('the carec.policyProfile setting', () => {
    it('rechecks open contracts under the chosen profile, and back', async () => {
        const { shared, Care } = createCareServices(EmptyFileSystem);
        watchPolicyProfile(shared, Care);
        const doc = shared.workspace.LangiumDocumentFactory.fromString(CANONICAL, URI.parse('file:///settings/a.care'));
        shared.workspace.LangiumDocuments.addDocument(doc);
        await shared.workspace.DocumentBuilder.build([doc], { validation: true });
        const profileTag = () => (doc.diagnostics ?? []).map(d => d.message).find(m => m.includes('capitation_stress_pct'));
        expect(profileTag()).toContain('[nhs_england_2025.');

        const settled = new Promise<void>(resolve => shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => resolve()));
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { carec: { policyProfile: 'mssp_2026' } } });
        await settled;
        const rebuilt = shared.workspace.LangiumDocuments.getDocument(doc.uri)!;
        expect(Care.model.ContractModels.profileOverride).toBe('mssp_2026');
        expect((rebuilt.diagnostics ?? []).map(d => d.message).join('\n')).toContain('[mssp_2026.');

        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { carec: { policyProfile: '' } } });
        expect(Care.model.ContractModels.profileOverride).toBeUndefined();
    });
});
