import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { CareCliFileSystemProvider, CareFileSystemProvider } from '../../src/language/care-file-system.js';

const dir = mkdtempSync(join(tmpdir(), 'carec-fs-'));
const server = new CareFileSystemProvider();
const cli = new CareCliFileSystemProvider();

describe('the command line reads files as the language server does', () => {
    it('the same text, with a byte-order mark dropped', async () => {
        const file = URI.file(join(dir, 'bom.care'));
        writeFileSync(file.fsPath, '\ufeffcontract X "£1" {}\n');
        expect(await cli.readFile(file)).toBe('contract X "£1" {}\n');
        expect(await cli.readFile(file)).toBe(await server.readFile(file));
    });

    it('a missing file rejects with the same error, never throws', async () => {
        const missing = URI.file(join(dir, 'missing.care'));
        const reading = cli.readFile(missing);
        await expect(reading).rejects.toMatchObject({ code: 'ENOENT' });
        await expect(server.readFile(missing)).rejects.toMatchObject({ code: 'ENOENT' });
    });
});
