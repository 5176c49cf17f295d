import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCareServices } from '../../src/language/care-module.js';
import { ROOT } from '../helpers.js';

// The server half of the extension's commands, run as VS Code runs them: by name, with URIs.
const { shared } = createCareServices({ ...NodeFileSystem });
const run = (command: string, ...args: string[]) => shared.lsp.ExecuteCommandHandler!.executeCommand(command, args) as Promise<Record<string, string>>;

let dir: string;
const uriOf = (name: string) => URI.file(join(dir, name)).toString();

beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'carec-commands-'));
    for (const name of ['diabetes-pathway.care', 'diabetes-pathway.actuals-2026-27.json']) {
        copyFileSync(join(ROOT, 'examples', name), join(dir, name));
    }
    const broken = readFileSync(join(dir, 'diabetes-pathway.care'), 'utf8').replace('size 2,184', 'size 2,144');
    writeFileSync(join(dir, 'broken.care'), broken);
});

describe('care commands', () => {
    it('declares the three commands the extension completes', () => {
        expect(shared.lsp.ExecuteCommandHandler!.commands).toEqual(['carec.buildJson', 'carec.settle', 'carec.budgetSummary']);
    });

    it('carec.buildJson writes the contract JSON beside the file', async () => {
        const reply = await run('carec.buildJson', uriOf('diabetes-pathway.care'));
        expect(reply).toEqual({ written: uriOf('diabetes-pathway.json'), message: 'Wrote diabetes-pathway.json' });
        const json = JSON.parse(readFileSync(join(dir, 'diabetes-pathway.json'), 'utf8'));
        expect(json.$schema).toBe('urn:carec:schema:contract:1.0');
        expect(json.budget.capitation.annualTotal).toEqual({ amount: '17712240.00', currency: 'GBP' });
    });

    it('carec.buildJson refuses a contract with errors and never overwrites a file carec did not write', async () => {
        expect(await run('carec.buildJson', uriOf('broken.care'))).toEqual({ message: 'broken.care: not built, 3 errors (see Problems)' });
        writeFileSync(join(dir, 'mine.care'), readFileSync(join(dir, 'diabetes-pathway.care')));
        writeFileSync(join(dir, 'mine.json'), '{"notes": true}');
        expect((await run('carec.buildJson', uriOf('mine.care'))).message).toMatch(/not written by carec/);
        expect(readFileSync(join(dir, 'mine.json'), 'utf8')).toBe('{"notes": true}');
    });

    it('carec.settle returns the §8.1 statement as a table', async () => {
        const reply = await run('carec.settle', uriOf('diabetes-pathway.care'), uriOf('diabetes-pathway.actuals-2026-27.json'));
        expect(reply.message).toBe('Settled 2026/27');
        expect(reply.table).toContain('Net to provider: £496,078.26');
    });

    it('carec.budgetSummary shows the capitation build-up and the money at stake per outcome', async () => {
        const { markdown } = await run('carec.budgetSummary', uriOf('diabetes-pathway.care'));
        expect(markdown).toContain('| T1 | 13,104 | £520.00 | £6,814,080.00 |');
        expect(markdown).toContain('**£17,712,240.00**');
        expect(markdown).toMatch(/\| M1 HbA1c at or below 58 mmol\/mol \| 30% \| £318,820.32 \|/);
    });
});
