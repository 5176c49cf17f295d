import { NodeFileSystemProvider } from 'langium/node';
import type { URI } from 'langium';

/**
 * Langium's Node file system, reading a UTF-8 byte-order mark as editors do: not as text. VS Code
 * drops the mark before the server sees an open document, so the CLI and the server reading files
 * from disk drop it too, and every position on line 1 agrees between the three.
 */
export class CareFileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        return withoutBom(await super.readFile(uri));
    }

    override readFileSync(uri: URI): string {
        return withoutBom(super.readFileSync(uri));
    }
}

function withoutBom(text: string): string {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The module context for `createCareServices`: Langium's NodeFileSystem with the BOM handled. */
export const CareNodeFileSystem = {
    fileSystemProvider: () => new CareFileSystemProvider()
};
