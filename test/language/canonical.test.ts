import { describe, expect, it } from 'vitest';
import { CANONICAL, check, diagnosticsOf, modelOf } from '../helpers.js';

describe('canonical contract A', () => {
    it('parses with no lexer or parser error', async () => {
        const doc = await check(CANONICAL);
        expect(doc.parseResult.lexerErrors).toEqual([]);
        expect(doc.parseResult.parserErrors).toEqual([]);
    });

    it('reports no error and no warning, only the five expected infos', async () => {
        const doc = await check(CANONICAL);
        const diagnostics = diagnosticsOf(doc);
        expect(diagnostics.filter(d => d.severity === 1).map(d => `${d.code} ${d.message}`)).toEqual([]);
        expect(diagnostics.filter(d => d.severity === 2).map(d => `${d.code} ${d.message}`)).toEqual([]);
        expect(diagnostics.filter(d => d.severity === 3).map(d => d.code).sort()).toEqual([
            'evaluation/no-impact-measures',
            'governance/no-change-control',
            'outcome/reliability-not-assessable',
            'party/security-statutory-exempt',
            'termination/no-step-in'
        ]);
    });

    it('computes the golden figures of §4', async () => {
        const model = modelOf(await check(CANONICAL));
        const cap = model.budget.capitation!;
        expect(cap.tiers.map(t => t.annual!.format())).toEqual(['£6,814,080.00', '£6,420,960.00', '£4,477,200.00']);
        expect(cap.annualTotal!.format()).toBe('£17,712,240.00');
        expect(cap.blendedRate!.format()).toBe('£811.00');
        expect(model.population.partitions[0]!.sizeTotal!.toString()).toBe('21840');
        const withhold = model.payment.withholds[0]!.years.find(y => y.label === '2026/27')!;
        expect(withhold.amount!.format()).toBe('£1,062,734.40');
        expect(withhold.monthlyPayment!.format()).toBe('£1,387,458.80');
        expect(withhold.perOutcome.map(p => `${p.outcome.name} ${p.amount.format()}`)).toEqual([
            'M1 £318,820.32', 'M2 £212,546.88', 'M3 £212,546.88', 'M4 £159,410.16', 'M5 £159,410.16'
        ]);
        expect(model.pots[0]!.weightTotal.format()).toBe('100%');
        expect(model.term!.years.map(y => y.label)).toEqual(['2025/26', '2026/27', '2027/28', '2028/29', '2029/30']);
    });
});
