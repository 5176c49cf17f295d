import { readFileSync } from 'node:fs';
import { UsageError } from './errors.js';

export const SCHEMA_NAMES = ['contract', 'actuals', 'statement'] as const;
export type SchemaName = typeof SCHEMA_NAMES[number];

/** The JSON Schemas shipped in the package's `schemas/` folder. */
export function schemaText(name: string): string {
    if (!(SCHEMA_NAMES as readonly string[]).includes(name)) {
        throw new UsageError(`no schema '${name}': choose ${SCHEMA_NAMES.join(', ')}`);
    }
    return readFileSync(new URL(`../../schemas/care-${name}.schema.json`, import.meta.url), 'utf8');
}

export function schemaJson(name: SchemaName): object {
    return JSON.parse(schemaText(name)) as object;
}
