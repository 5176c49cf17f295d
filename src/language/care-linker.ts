import type { LangiumDocument, ReferenceDescription } from 'langium';
import { Cancellation, DefaultLinker, DefaultReferenceDescriptionProvider, interruptAndCheck } from 'langium';
import { nodeIndex } from './care-node-index.js';

/** How many references are linked or indexed between two checks for cancellation. */
const BATCH = 256;

/**
 * Links the references the node index found while the file was first walked, in the same order as
 * Langium's linker (which walks the whole tree again, awaiting between every node).
 */
export class CareLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        const references = nodeIndex(document.parseResult.value).references;
        for (let i = 0; i < references.length; i++) {
            if (i % BATCH === 0) {
                await interruptAndCheck(cancelToken);
            }
            this.doLink(references[i]!, document);
        }
    }
}

/** Describes a file's resolved references for the index (find references, rename) from the node index. */
export class CareReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const references = nodeIndex(document.parseResult.value).references;
        for (let i = 0; i < references.length; i++) {
            if (i % BATCH === 0) {
                await interruptAndCheck(cancelToken);
            }
            const info = references[i]!;
            if (!info.reference.error) {
                descriptions.push(...this.createInfoDescriptions(info));
            }
        }
        return descriptions;
    }
}
