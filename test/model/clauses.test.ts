import { describe, expect, it } from 'vitest';
import * as ast from '../../src/language/generated/ast.js';
import { TYPE_GUARDS } from '../../src/language/generated/type-guards.js';
import { subTypesOf } from '../../src/model/clauses.js';

const { reflection } = ast;

describe('clause lookup', () => {
    it('knows each AST type\'s subtypes as Langium\'s reflection does', () => {
        const types = reflection.getAllTypes();
        expect(types.length).toBeGreaterThan(100);
        for (const type of types) {
            expect([...subTypesOf(type)].sort()).toEqual([...reflection.getAllSubTypes(type)].sort());
        }
    });

    it('knows the type of every generated type guard', () => {
        const guards = reflection.getAllTypes().map(type => [(ast as unknown as Record<string, unknown>)[`is${type}`], type]);
        expect(new Map(guards as [never, string][])).toEqual(TYPE_GUARDS);
    });
});
