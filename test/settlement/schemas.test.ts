import { describe, expect, test } from 'vitest';
import type { ContractJson } from '../../src/generator/contract-json.js';
import { settle } from '../../src/settlement/settle.js';
import type { StatementJson } from '../../src/settlement/statement-json.js';
import { actualsA, contractA, gbp, readJson, schemaErrors, type SchemaName } from './helpers.js';

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[]; additionalProperties?: Schema | boolean };

/** Statements exercising every section: §8.1, deficit, shared savings, bonus, marginal rate, penalty, exclusion. */
function statements(): StatementJson[] {
    const rich: ContractJson = contractA();
    rich.payment.bonuses = [{ pot: 'P1', amount: null, rate: { fraction: '0.01' }, base: 'capitation', cap: { amount: gbp('50000.00'), rate: null, base: null } }];
    rich.payment.sharedSavings = {
        benchmark: { amount: gbp('18000000.00'), perCapita: null, year: '2025/26', trend: { fraction: '0.028' }, riskAdjusted: false },
        sided: 'two_sided', msr: { kind: 'size_based', rate: null }, mlr: null, basis: 'above_threshold', savingsShare: { fraction: '0.5' },
        lossShare: { fraction: '0.3' }, savingsCap: { fraction: '0.1' }, lossCaps: [{ rate: { fraction: '0.04' }, of: 'benchmark' }],
        qualityScaling: true
    };
    rich.payment.marginalRates = [{ rate: { fraction: '0.3' }, above: { count: 1850, unit: 'admissions', amount: null }, year: '2025/26', rebase: 'annually' }];
    rich.payment.penalties = [{ title: 'Late data submission', amount: gbp('5000.00'), per: 'event', cap: gbp('50000.00') }];
    rich.pots[0]!.outcomes[4]!.minimumDenominator = { value: 2000, unit: 'patients', fallback: 'exclude', fromPolicy: false };
    const richActuals = {
        ...actualsA(), assignedLives: 7500, activity: [{ unit: 'admissions' as const, count: 1900, price: gbp('1834.50') }],
        penalties: [{ title: 'Late data submission', events: 2 }]
    };
    return [
        settle(contractA(), actualsA()),
        settle(contractA(), { ...actualsA(), expenditure: gbp('18700000.00') }),
        settle(rich, richActuals),
        settle(rich, { ...richActuals, expenditure: gbp('19900000.00') }),
        settle(contractA(), { ...actualsA(), year: '2025/26' })
    ];
}

describe('schemas', () => {
    test.each(['contract', 'actuals', 'statement'] as const)('%s schema compiles in Ajv strict mode with its $id', name => {
        expect(schemaErrors(name, {}).length).toBeGreaterThan(0);
        expect(readJson<{ $id: string }>(`schemas/care-${name}.schema.json`).$id).toBe(`urn:carec:schema:${name}:1.0`);
    });

    test('Contract A fixture validates against the contract schema', () => {
        expect(schemaErrors('contract', contractA())).toEqual([]);
    });

    test('the §8.1 actuals validate against the actuals schema', () => {
        expect(schemaErrors('actuals', actualsA())).toEqual([]);
    });

    test('every statement validates against the statement schema', () => {
        for (const statement of statements()) {
            expect(schemaErrors('statement', statement)).toEqual([]);
        }
    });

    test('strictness: bad money, unknown keys and bad enums are rejected', () => {
        const contract = contractA() as unknown as { budget: { capitation: { annualTotal: { amount: string } } }; extra?: boolean };
        contract.budget.capitation.annualTotal.amount = '17712240';
        contract.extra = true;
        const errors = schemaErrors('contract', contract);
        expect(errors).toContain(' must NOT have additional properties');
        expect(errors).toContain('/budget/capitation/annualTotal/amount must match pattern "^-?\\d+\\.\\d{2,4}$"');
        expect(schemaErrors('actuals', { ...actualsA(), currency: 'JPY' })).toEqual(['/currency must be equal to one of the allowed values']);
    });

    test.each([
        ['contract', () => contractA()],
        ['statement', () => statements()[2]!]
    ] as const)('%s keys appear in schema order (the generator emits schema order)', (name, build) => {
        const schema = readJson<Schema & { $defs: Record<string, Schema> }>(`schemas/care-${name as SchemaName}.schema.json`);
        expect(keyOrderProblems(build(), schema, schema.$defs, '')).toEqual([]);
    });
});

/** Walks a document with its schema and lists objects whose keys are out of schema order. */
function keyOrderProblems(value: unknown, schema: Schema, defs: Record<string, Schema>, pointer: string): string[] {
    const resolved = schema.$ref ? defs[schema.$ref.replace('#/$defs/', '')]! : schema;
    if (value === null || typeof value !== 'object') {
        return [];
    }
    const branches = [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])];
    if (branches.length > 0) {
        return branches
            .map(b => keyOrderProblems(value, b, defs, pointer))
            .reduce((best, p) => (p.length < best.length ? p : best));
    }
    if (Array.isArray(value)) {
        return resolved.items ? value.flatMap((v, i) => keyOrderProblems(v, resolved.items!, defs, `${pointer}/${i}`)) : [];
    }
    const properties = resolved.properties;
    if (!properties) {
        const extra = typeof resolved.additionalProperties === 'object' ? resolved.additionalProperties : undefined;
        return extra ? Object.entries(value).flatMap(([k, v]) => keyOrderProblems(v, extra, defs, `${pointer}/${k}`)) : [];
    }
    const order = Object.keys(properties);
    const keys = Object.keys(value);
    const indices = keys.map(k => order.indexOf(k));
    const problems = indices.some((n, i) => n < 0 || (i > 0 && n < indices[i - 1]!)) ? [`${pointer || '/'}: ${keys.join(', ')}`] : [];
    return problems.concat(keys.flatMap(k => (properties[k]
        ? keyOrderProblems((value as Record<string, unknown>)[k], properties[k]!, defs, `${pointer}/${k}`) : [])));
}
