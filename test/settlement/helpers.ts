import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ContractJson } from '../../src/generator/contract-json.js';
import type { ActualsJson } from '../../src/settlement/actuals-json.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Reads a JSON file relative to the repository root. */
export function readJson<T>(path: string): T {
    return JSON.parse(readFileSync(root + path, 'utf8')) as T;
}

/** A fresh deep copy of Contract A (tests mutate their copy). */
export function contractA(): ContractJson {
    return readJson<ContractJson>('test/fixtures/settlement/contract-a.json');
}

/** A fresh copy of the §8.1 actuals. */
export function actualsA(): ActualsJson {
    return readJson<ActualsJson>('examples/diabetes-pathway.actuals-2026-27.json');
}

export type SchemaName = 'contract' | 'actuals' | 'statement';

// ajv is CommonJS: under NodeNext the default import is module.exports, whose `default` is the class.
const Ajv2020 = Ajv2020Module.default;
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validators = new Map<SchemaName, ReturnType<typeof ajv.compile>>();

/** Validates against one of the shipped schemas; returns Ajv's errors as `pointer message` lines. */
export function schemaErrors(name: SchemaName, value: unknown): string[] {
    let validate = validators.get(name);
    if (!validate) {
        validate = ajv.compile(readJson<object>(`schemas/care-${name}.schema.json`));
        validators.set(name, validate);
    }
    return validate(value) ? [] : (validate.errors ?? []).map(e => `${e.instancePath} ${e.message ?? ''}`);
}

type Outcome = ContractJson['pots'][number]['outcomes'][number];

/** An outcome like Contract A's M1 with its 2026/27 target replaced. */
export function outcomeLike(id: string, weight: string, changes: Partial<Outcome> & {
    threshold?: string | null; full?: string | null; tiers?: [string, string][];
}): Outcome {
    const base = contractA().pots[0]!.outcomes[0]!;
    const { threshold = null, full = null, tiers = [], ...rest } = changes;
    const target = { ...base.targets[0]!, threshold, full, tiers: tiers.map(([level, payout]) => ({ level, payout: { fraction: payout } })) };
    return { ...base, id, weight: { fraction: weight }, targets: [target], mustPass: null, ...rest };
}

/** Contract A with pot P1's outcomes replaced. */
export function contractWithOutcomes(outcomes: Outcome[]): ContractJson {
    const contract = contractA();
    contract.pots[0]!.outcomes = outcomes;
    return contract;
}

/** Actuals A with the given outcome values (denominator 21,840, data complete unless stated). */
export function actualsWith(values: Record<string, string>, extra: Partial<ActualsJson> = {}): ActualsJson {
    return {
        ...actualsA(),
        outcomes: Object.entries(values).map(([id, value]) => ({ id, value, denominator: 21840, dataComplete: true })),
        ...extra
    };
}

export const gbp = (amount: string): { amount: string; currency: 'GBP' } => ({ amount, currency: 'GBP' });
