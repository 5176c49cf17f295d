import { describe, expect, it } from 'vitest';
import { reflection } from '../../src/language/generated/ast.js';
import { subTypesOf } from '../../src/model/clauses.js';

describe('clause lookup', () => {
    it('knows each AST type\'s subtypes as Langium\'s reflection does', () => {
        const types = reflection.getAllTypes();
        expect(types.length).toBeGreaterThan(100);
        for (const type of types) {
            expect([...subTypesOf(type)].sort()).toEqual([...reflection.getAllSubTypes(type)].sort());
        }
    });
});
