import { createHash } from 'node:crypto';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { LangiumDocument } from 'langium';
import { contractDiagnostics } from '../../src/cli/build.js';
import { buildReport } from '../../src/cli/report.js';
import { toContractJson } from '../../src/generator/contract-generator.js';
import type { ContractDiagnosticJson, ContractJson } from '../../src/generator/contract-json.js';
import type { CareFile } from '../../src/language/generated/ast.js';
import { check, checkWithFiles, modelOf, readRepoFile } from '../helpers.js';

export const GENERATOR_VERSION = '0.1.0';

// ajv and ajv-formats are CommonJS: under NodeNext the default import is module.exports.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const schema = JSON.parse(readRepoFile('schemas/care-contract.schema.json')) as object;
const validateContract = ajv.compile(schema);

/** Ajv 2020 strict errors of a document against schemas/care-contract.schema.json, as `pointer message` lines. */
export function contractSchemaErrors(json: unknown): string[] {
    return validateContract(json) ? [] : (validateContract.errors ?? []).map(e => `${e.instancePath} ${e.message ?? ''}`);
}

/** The schema itself, for the key-order walk. */
export const CONTRACT_SCHEMA = schema;

/** Warnings and infos of a checked document, as `carec build` passes them to the generator. */
export function buildDiagnostics(document: LangiumDocument): ContractDiagnosticJson[] {
    return contractDiagnostics(buildReport([document], { includeInfo: true }));
}

export interface CompileOptions {
    file?: string;
    sourceMap?: boolean;
    /** Other files of the workspace (imported libraries), by path relative to the contract. */
    files?: Record<string, string>;
    /** Compile despite errors, as `--force` does (the document is marked unchecked). */
    allowErrors?: boolean;
}

/** Checks a contract text and compiles it as `carec build` does; fails when the text has errors. */
export async function compile(text: string, options: CompileOptions = {}): Promise<{ json: ContractJson; document: LangiumDocument<CareFile> }> {
    const document = options.files ? await checkWithFiles(text, options.files) : await check(text);
    const errors = (document.diagnostics ?? []).filter(d => d.severity === 1);
    if (errors.length > 0 && !options.allowErrors) {
        throw new Error(`contract has errors: ${errors.map(e => `${String(e.code)} ${e.message}`).join('; ')}`);
    }
    const json = toContractJson(modelOf(document), {
        file: options.file ?? 'contract.care',
        sha256: createHash('sha256').update(text).digest('hex'),
        sourceMap: options.sourceMap ?? false,
        diagnostics: buildDiagnostics(document),
        unchecked: errors.length > 0,
        generatorVersion: GENERATOR_VERSION
    });
    return { json, document };
}

type SchemaNode = {
    $ref?: string;
    properties?: Record<string, SchemaNode>;
    items?: SchemaNode;
    anyOf?: SchemaNode[];
};

/**
 * Every object in `value` whose keys are not in the order of its schema's `properties`, as JSON pointers.
 * Dictionaries (no `properties`) are not checked.
 */
export function keyOrderProblems(value: unknown, node: SchemaNode = schema as SchemaNode, pointer = ''): string[] {
    const resolved = resolve(node);
    if (Array.isArray(value)) {
        const items = resolved.find(n => n.items)?.items;
        return items ? value.flatMap((v, i) => keyOrderProblems(v, items, `${pointer}/${i}`)) : [];
    }
    if (typeof value !== 'object' || value === null) {
        return [];
    }
    const keys = Object.keys(value);
    const shape = resolved.find(n => n.properties !== undefined && keys.every(k => k in n.properties!));
    if (!shape?.properties) {
        return [];
    }
    const expected = Object.keys(shape.properties).filter(k => keys.includes(k));
    const problems = keys.join() === expected.join() ? [] : [`${pointer}: ${keys.join(', ')} (schema: ${expected.join(', ')})`];
    return problems.concat(keys.flatMap(k => keyOrderProblems((value as Record<string, unknown>)[k], shape.properties![k]!, `${pointer}/${k}`)));
}

/** A schema node with its `$ref`s and `anyOf` branches expanded. */
function resolve(node: SchemaNode): SchemaNode[] {
    if (node.$ref) {
        const name = node.$ref.replace('#/$defs/', '');
        return resolve((schema as { $defs: Record<string, SchemaNode> }).$defs[name]!);
    }
    return node.anyOf ? node.anyOf.flatMap(resolve) : [node];
}

/** Every object carrying `$loc`, with its pointer. */
export function locatedObjects(value: unknown, pointer = ''): { pointer: string; loc: Record<string, unknown> }[] {
    if (Array.isArray(value)) {
        return value.flatMap((v, i) => locatedObjects(v, `${pointer}/${i}`));
    }
    if (typeof value !== 'object' || value === null) {
        return [];
    }
    const record = value as Record<string, unknown>;
    const own = '$loc' in record ? [{ pointer, loc: record['$loc'] as Record<string, unknown> }] : [];
    return own.concat(Object.keys(record).filter(k => k !== '$loc').flatMap(k => locatedObjects(record[k], `${pointer}/${k}`)));
}
