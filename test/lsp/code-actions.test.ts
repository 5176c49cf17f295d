import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/language/validation/catalogue.js';
import { runFixCase, type FixCase } from './code-actions-helpers.js';

const modules = import.meta.glob<{ cases: FixCase[] }>('./code-action-cases/*.cases.ts', { eager: true });
const cases: FixCase[] = Object.values(modules).flatMap(m => m.cases);

describe('every catalogue code with a quick fix has a code action case', () => {
    const codes = CATALOGUE.filter(e => e.fix).map(e => e.code);
    it.each(codes)('%s', code => {
        expect(cases.filter(c => c.code === code), `${code}: no code action case`).not.toHaveLength(0);
    });
});

describe('quick fixes: before and after', () => {
    it.each(cases.map(c => [`${c.code}: ${c.name}`, c] as const))('%s', async (_title, c) => {
        await runFixCase(c);
    });
});
