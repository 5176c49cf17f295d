import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateContract } from '../../bench/contract-generator.mjs';
import { CANONICAL, ROOT } from '../helpers.js';
import { carec, tempDir } from './run-cli.js';

const BIN = join(ROOT, 'bin', 'carec.js');

interface Finished {
    status: number | null;
    stdout: Buffer;
    stderr: string;
}

/** Waits for a process to end, collecting its output (standard output only from when `readFrom` says). */
function finished(child: ReturnType<typeof spawn>, readFrom: Promise<void> = Promise.resolve()): Promise<Finished> {
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout?.pause();
    void readFrom.then(() => child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk)).resume());
    return new Promise(resolve => child.on('close', status => resolve({ status, stdout: Buffer.concat(stdout), stderr })));
}

describe('carec writes its output (real process)', () => {
    const dir = tempDir({ 'diabetes-pathway.care': CANONICAL });
    // Some 500 KB of JSON: more than a pipe and the reader's buffer hold while nobody reads.
    writeFileSync(join(dir, 'big.care'), generateContract({ lines: 2000, importLibrary: false }));

    it('a reader that stops early (`| head -1`): no error, and the command\'s own exit code', async () => {
        const child = spawn(process.execPath, [BIN, 'build', '--no-info', 'big.care'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.destroy();
        const { status, stderr } = await finished(child);
        expect(stderr).toBe('');
        expect(status).toBe(0);
    });

    it('a non-blocking pipe that fills up: the rest waits for the reader, and all of it arrives', async () => {
        const expected = carec(['build', '--no-info', 'big.care'], dir).stdout;
        expect(expected.length).toBeGreaterThan(300_000);
        // Node makes a pipe non-blocking when it sets up process.stdout over it, as a preloaded module
        // does here before carec starts. Nobody reads for a while, so carec's writes meet a full pipe (EAGAIN).
        writeFileSync(join(dir, 'stdout-stream.cjs'), 'process.stdout;\n');
        const parent = spawn(process.execPath, ['--require', './stdout-stream.cjs', BIN, 'build', '--no-info', 'big.care'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
        const { status, stdout, stderr } = await finished(parent, new Promise(resolve => setTimeout(resolve, 1500)));
        expect(stderr).toBe('');
        expect(status).toBe(0);
        expect(stdout.toString()).toBe(expected);
    });
});
