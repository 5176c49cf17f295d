import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IoError } from './errors.js';
import { readableFile } from './load.js';

let temporaries = 0;

/**
 * Writes a file atomically: a temporary file beside it, flushed, then renamed over the target, so a
 * failure never leaves a partial file and a reader never sees half a document.
 */
export function writeFileAtomic(path: string, content: string): void {
    // Unique to this process and call; 'wx' below refuses a name that exists anyway. (Not random bytes:
    // loading node:crypto for them cost every cold start a couple of milliseconds.)
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${Date.now().toString(36)}-${++temporaries}.tmp`);
    try {
        const fd = openSync(temp, 'wx');
        try {
            writeSync(fd, content);
            fsyncSync(fd);
        } finally {
            closeSync(fd);
        }
        renameSync(temp, path);
    } catch (error) {
        rmSync(temp, { force: true });
        throw new IoError(`${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
}

/**
 * Refuses to replace a file that carec did not write (nothing the user wrote is overwritten without
 * being asked): an existing target must be recognised by `writtenByCarec`.
 */
export function assertReplaceable(path: string, writtenByCarec: (text: string) => boolean, force: boolean): void {
    if (force || !existsSync(path)) {
        return;
    }
    let text: string;
    try {
        text = readFileSync(path, 'utf8');
    } catch {
        text = '';
    }
    if (!writtenByCarec(text)) {
        throw new IoError(`${path} exists and was not written by carec; not overwriting it (use --force to replace it)`);
    }
}

/** A JSON document whose top-level object passes `test`. */
export function jsonWhere(test: (value: Record<string, unknown>) => boolean): (text: string) => boolean {
    return text => {
        try {
            const value = JSON.parse(text) as unknown;
            return typeof value === 'object' && value !== null && test(value as Record<string, unknown>);
        } catch {
            return false;
        }
    };
}

/** Reads a JSON file; a syntax error is reported with its line and column, never a stack trace. */
export function readJsonFile(path: string, asGiven: string): unknown {
    const text = readFileSync(readableFile(path, asGiven), 'utf8');
    try {
        return JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        const message = (error as Error).message;
        const position = /position (\d+)/.exec(message);
        const where = position ? lineColumn(text, Number(position[1])) : undefined;
        const reason = message.replace(/^Unexpected token.*?(,|$)/, 'unexpected token$1').replace(/ in JSON at position \d+.*$/, '');
        throw new JsonSyntaxError(`${asGiven}${where ? `:${where.line}:${where.column}` : ''}: not valid JSON (${reason})`);
    }
}

/** A readable input that is not valid JSON: the input is wrong, so exit 1 like any contract error. */
export class JsonSyntaxError extends Error {}

function lineColumn(text: string, offset: number): { line: number; column: number } {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
}
