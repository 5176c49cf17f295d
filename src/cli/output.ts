import { writeSync } from 'node:fs';

/**
 * The CLI's standard output and error. Text goes straight to the file descriptor, synchronously:
 * `process.stdout` over a pipe is a socket stream whose setting up took 2 of a cold `carec check`'s
 * milliseconds, to write what is, once the command is done, a single string.
 *
 * Two cases leave the plain write. A descriptor that cannot take more just now (EAGAIN: a pipe that a
 * parent made non-blocking, and is full) gets the rest through Node's stream, which waits for the reader;
 * `flushOutput` waits for it too. A reader that has gone (EPIPE: `carec check … | head -1`) gets nothing
 * more, as a shell pipeline expects, and the command still ends with its own exit code.
 */
export function writeOut(text: string): void {
    write(STDOUT, text);
}

export function writeErr(text: string): void {
    write(STDERR, text);
}

/** Where a command writes: data to `out`, messages for people to `err`. */
export interface Output {
    out(text: string): void;
    err(text: string): void;
}

/** The process's standard output and error, as above. */
export const STANDARD_OUTPUT: Output = { out: writeOut, err: writeErr };

/** Resolves when what went through Node's streams (see above) has been handed to the system. */
export async function flushOutput(): Promise<void> {
    await Promise.all([STDOUT, STDERR].filter(target => target.stream).map(target =>
        new Promise<void>(resolve => target.stream!.write('', () => resolve()))));
}

interface Target {
    fd: 1 | 2;
    /** Node's stream, once a write has fallen back to it: from then on the rest goes there too, in order. */
    stream?: NodeJS.WriteStream;
    /** The reader has gone. */
    closed: boolean;
}

const STDOUT: Target = { fd: 1, closed: false };
const STDERR: Target = { fd: 2, closed: false };

function write(target: Target, text: string): void {
    if (target.closed || text.length === 0) {
        return;
    }
    if (target.stream) {
        target.stream.write(text);
        return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) {
        try {
            written += writeSync(target.fd, bytes, written);
        } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            if (code === 'EAGAIN') {
                target.stream = target.fd === 1 ? process.stdout : process.stderr;
                target.stream.on('error', () => { target.closed = true; });
                target.stream.write(bytes.subarray(written));
                return;
            }
            if (code === 'EPIPE') {
                target.closed = true;
                return;
            }
            throw error;
        }
    }
}
