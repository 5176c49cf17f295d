import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv/dist/2020.js';
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

let contractValidator: ValidateFunction | undefined;

/** The first way `value` fails the contract schema (`/pots/0/outcomes/3 must have required property 'id'`), or undefined when valid. */
export async function contractSchemaError(value: unknown): Promise<string | undefined> {
    if (!contractValidator) {
        // Loaded when first needed: `carec check` never is.
        const { Ajv2020 } = await import('ajv/dist/2020.js');
        contractValidator = new Ajv2020({ strict: false, allErrors: false }).compile(schemaJson('contract'));
    }
    if (contractValidator(value)) {
        return undefined;
    }
    const first = contractValidator.errors?.[0];
    return `${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`;
}
