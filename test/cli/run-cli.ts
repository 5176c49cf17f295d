import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../helpers.js';

export interface CliResult {
    status: number | null;
    stdout: string;
    stderr: string;
}

const BIN = join(ROOT, 'bin', 'carec.js');

/** Runs the real `carec` process (the built CLI, as a user would) in `cwd`. */
export function carec(args: string[], cwd: string, input?: string, env: NodeJS.ProcessEnv = process.env): CliResult {
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', input, timeout: 60_000, env });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder holding the given files. */
export function tempDir(files: Record<string, string> = {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'carec-test-'));
    for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
    }
    return dir;
}
