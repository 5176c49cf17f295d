/**
 * A small structural reader for untrusted JSON: each accessor checks one field and, when it is
 * wrong, records the JSON pointer of the field and what was expected instead of throwing, so
 * that one pass reports every problem in a file.
 */

/** One problem: where, what was expected, and what was found. */
export interface ReadProblem {
    pointer: string;
    expected: string;
    found: string;
}

/** Appends a key or index to a JSON pointer, escaping `~` and `/` (RFC 6901). */
export function childPointer(pointer: string, key: string | number): string {
    return `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** A short description of a JSON value for messages: `number 65.4`, `string "abc"`, `null`. */
export function describeValue(value: unknown): string {
    if (value === undefined) {
        return 'nothing';
    }
    if (value === null) {
        return 'null';
    }
    if (Array.isArray(value)) {
        return `an array of ${value.length}`;
    }
    if (typeof value === 'object') {
        return 'an object';
    }
    const shown = typeof value === 'string' ? JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value) : String(value);
    return `${typeof value} ${shown}`;
}

/** Reads fields of one JSON document, accumulating problems. */
export class JsonReader {
    readonly problems: ReadProblem[] = [];

    problem(pointer: string, expected: string, found: unknown): void {
        this.problems.push({ pointer, expected, found: describeValue(found) });
    }

    /** An object with only `allowed` keys (unexpected keys are problems, as `additionalProperties: false`). */
    object(value: unknown, pointer: string, allowed: readonly string[]): Record<string, unknown> | undefined {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            this.problem(pointer, 'an object', value);
            return undefined;
        }
        const record = value as Record<string, unknown>;
        for (const key of Object.keys(record)) {
            if (!allowed.includes(key)) {
                this.problem(childPointer(pointer, key), `no property '${key}' (allowed: ${allowed.join(', ')})`, record[key]);
            }
        }
        return record;
    }

    /** An object used as a dictionary; keys are checked by `keyPattern`. */
    dictionary(value: unknown, pointer: string, keyPattern: RegExp, keyExpected: string): Record<string, unknown> | undefined {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            this.problem(pointer, 'an object', value);
            return undefined;
        }
        const record = value as Record<string, unknown>;
        for (const key of Object.keys(record)) {
            if (!keyPattern.test(key)) {
                this.problem(childPointer(pointer, key), keyExpected, key);
            }
        }
        return record;
    }

    array(value: unknown, pointer: string): unknown[] | undefined {
        if (!Array.isArray(value)) {
            this.problem(pointer, 'an array', value);
            return undefined;
        }
        return value;
    }

    string(value: unknown, pointer: string, pattern?: RegExp, expected = 'a string'): string | undefined {
        if (typeof value !== 'string' || (pattern !== undefined && !pattern.test(value))) {
            this.problem(pointer, expected, value);
            return undefined;
        }
        return value;
    }

    /** A non-negative integer (counts: member-months, denominators, events). */
    count(value: unknown, pointer: string, expected = 'a whole number ≥ 0'): number | undefined {
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
            this.problem(pointer, expected, value);
            return undefined;
        }
        return value;
    }

    boolean(value: unknown, pointer: string): boolean | undefined {
        if (typeof value !== 'boolean') {
            this.problem(pointer, 'true or false', value);
            return undefined;
        }
        return value;
    }

    /** A string from a fixed set. */
    oneOf<T extends string>(value: unknown, pointer: string, options: readonly T[]): T | undefined {
        if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
            this.problem(pointer, `one of ${options.map(o => `'${o}'`).join(', ')}`, value);
            return undefined;
        }
        return value as T;
    }
}
