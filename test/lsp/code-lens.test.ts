import { describe, expect, it } from 'vitest';
import { CANONICAL, check, variant } from '../helpers.js';
import { lensesOf, lineOf, lsp, params } from './lsp-helpers.js';

describe('code lens', () => {
    it('shows the canonical reconciliation, pot summary and contract commands', async () => {
        expect(await lensesOf(await check(CANONICAL))).toEqual([
            `${lineOf(CANONICAL, 'contract A_DIAB')} Build JSON [carec.buildJson]`,
            `${lineOf(CANONICAL, 'contract A_DIAB')} Settle… [carec.settle]`,
            `${lineOf(CANONICAL, 'budget {')} Reconciles £17,712,240.00 (2 stated, 3 formula years)`,
            `${lineOf(CANONICAL, 'year 2025/26')} ✓ 2025/26 = capitation £17,712,240.00`,
            `${lineOf(CANONICAL, 'year 2026/27')} ✓ 2026/27 = capitation £17,712,240.00`,
            `${lineOf(CANONICAL, 'pot P1')} Weights 100% · withhold 2026/27 £1,062,734.40`
        ]);
    });

    it('passes the document URI to the commands', async () => {
        const doc = await check(CANONICAL);
        const lenses = await lsp.CodeLensProvider!.provideCodeLens(doc, params(doc)) ?? [];
        expect(lenses[0]?.command?.arguments).toEqual([doc.uri.toString()]);
    });

    it('marks a stated year that does not reconcile and a pot whose weights miss 100%', async () => {
        const text = variant('weight 15%\n            baseline 82.0', 'weight 10%\n            baseline 82.0',
            variant('year 2025/26 £17,712,240.00', 'year 2025/26 £17,700,000.00'));
        const lenses = await lensesOf(await check(text));
        expect(lenses).toContain(`${lineOf(text, 'budget {')} ✗ 1 of 2 stated years differ from £17,712,240.00 (2 stated, 3 formula years)`);
        expect(lenses).toContain(`${lineOf(text, 'year 2025/26')} ✗ 2025/26 differs from capitation £17,712,240.00 by −£12,240.00`);
        expect(lenses.find(l => l.includes('Weights'))).toMatch(/Weights 95% ✗ · withhold 2026\/27 £1,062,734.40$/);
    });
});
