import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/language/validation/catalogue.js';
import { checkWithFiles, withCode } from '../helpers.js';
import type { RuleCase } from './rule-case.js';

const modules = import.meta.glob<{ cases: RuleCase[] }>('./cases/*.cases.ts', { eager: true });
const cases: RuleCase[] = Object.values(modules).flatMap(m => m.cases);

describe('every catalogue code has a fixture that triggers it and one that does not', () => {
    const codes = CATALOGUE.map(e => e.code).filter(code => !code.startsWith('settle/'));
    it.each(codes)('%s', code => {
        const mine = cases.filter(c => c.code === code);
        expect(mine.filter(c => c.expect === 'trigger'), `${code}: no trigger case`).not.toHaveLength(0);
        expect(mine.filter(c => c.expect === 'clean'), `${code}: no clean case`).not.toHaveLength(0);
    });
});

describe('rule fixtures', () => {
    it.each(cases.map(c => [`${c.code} ${c.expect}: ${c.name}`, c] as const))('%s', async (_title, c) => {
        const doc = await checkWithFiles(c.text, c.files);
        const found = withCode(doc, c.code);
        if (c.expect === 'clean') {
            expect(found.map(d => d.message)).toEqual([]);
            return;
        }
        expect(found.length, `expected ${c.code}; got ${(doc.diagnostics ?? []).map(d => `${d.code}: ${d.message}`).join('\n')}`).toBeGreaterThan(0);
        const match = found.find(d =>
            (c.message === undefined || d.message.includes(c.message))
            && (c.severity === undefined || d.severity === c.severity)
            && (c.figures === undefined || Object.entries(c.figures).every(([k, v]) => JSON.stringify((d.data as Record<string, unknown>)[k]) === JSON.stringify(v))));
        expect(match, `no ${c.code} diagnostic matches; got ${JSON.stringify(found.map(d => ({ message: d.message, severity: d.severity, data: d.data })), null, 1)}`).toBeDefined();
    });
});
