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

/**
 * The command line's file system: the same reads, done synchronously behind the asynchronous interface.
 * A command-line run waits for each file before it parses it anyway, and the first asynchronous read
 * started libuv's thread pool, which was 2 of a cold `carec check`'s milliseconds.
 */
export class CareCliFileSystemProvider extends CareFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }
}

function withoutBom(text: string): string {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The module context for `createCareServices`: Langium's NodeFileSystem with the BOM handled. */
export const CareNodeFileSystem = {
    fileSystemProvider: () => new CareFileSystemProvider()
};

/** The module context for the command line's services (`createCareCoreServices`). */
export const CareCliFileSystem = {
    fileSystemProvider: () => new CareCliFileSystemProvider()
};
