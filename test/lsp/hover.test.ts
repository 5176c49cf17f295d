import { describe, expect, it } from 'vitest';
import { expectHover } from 'langium/test';
import { CANONICAL, check, services, variant } from '../helpers.js';
import { hoverText } from './lsp-helpers.js';

const hover = expectHover(services.Care);

describe('hover on the canonical contract', async () => {
    const doc = await check(CANONICAL);

    it('shows the contract doc comment, title and header', async () => {
        const text = await hoverText(doc, 'A_DIAB_NSH_2025');
        expect(text).toBe([
            '**contract** `A_DIAB_NSH_2025` — North Shire adult diabetes pathway outcome-based contract',
            '',
            'North Shire adult diabetes pathway: outcome-based lead-provider contract.',
            '',
            'lead_provider · england · GBP · policy nhs_england_2025 · draft',
            'Years 2025/26 (shadow), 2026/27, 2027/28, 2028/29, 2029/30'
        ].join('\n'));
    });

    it('shows a cohort age interval and its size against its parent', async () => {
        const text = await hoverText(doc, 'DiabetesRegister "Adults');
        expect(text).toContain('Age [18, ∞)');
        expect(text).toContain('Size 21,840 of 312,000 (7.0% of `Registered`)');
    });

    it('shows a capitation tier on a reference to it', async () => {
        const text = await hoverText(doc, 'T1 £520.00');
        expect(text).toContain('**partition member** `T1` — Routine');
        expect(text).toContain('Size 13,104 of 21,840 (60.0% of `DiabetesRegister`)');
        expect(text).toContain('Capitation 13,104 × £520.00 = £6,814,080.00 a year');
    });

    it('shows the tier arithmetic on a rate', async () => {
        expect(await hoverText(doc, '£2,050.00')).toBe('**capitation tier** `T3` per person per year\n\n2,184 × £2,050.00 = £4,477,200.00');
    });

    it('shows the capitation total and blended rate on the block', async () => {
        const text = await hoverText(doc, 'capitation per person');
        expect(text).toContain('Total £17,712,240.00 a year');
        expect(text).toContain('Blended £811.00 per person per year over 21,840');
    });

    it('shows a stated budget year with its arithmetic and reconciliation', async () => {
        const text = await hoverText(doc, 'year 2026/27');
        expect(text).toContain('**budget year** 2026/27 · stated £17,712,240.00');
        expect(text).toContain('Capitation £17,712,240.00 × (1 + 0%) = £17,712,240.00');
        expect(text).toContain('Stated − computed = £0.00 ✓ [nhs_england_2025.money_tolerance = 0.01]');
    });

    it('shows a formula year as indicative on current rates', async () => {
        const text = await hoverText(doc, 'year 2028/29');
        expect(text).toContain('Capitation £17,712,240.00 × (1 + national_cost_uplift − efficiency_factor) = £17,712,240.00 (indicative)');
    });

    it('shows a withhold phase amount, monthly payment and per-outcome split', async () => {
        const text = await hoverText(doc, '2026/27 6%');
        expect(text).toContain('6% × £17,712,240.00 = £1,062,734.40');
        expect(text).toContain('Monthly payment £1,387,458.80');
        for (const row of ['| M1 | 30% | £318,820.32 |', '| M2 | 20% | £212,546.88 |', '| M3 | 20% | £212,546.88 |',
            '| M4 | 15% | £159,410.16 |', '| M5 | 15% | £159,410.16 |']) {
            expect(text).toContain(row);
        }
    });

    it('shows an outcome weight, money at stake and targets per year', async () => {
        const text = await hoverText(doc, 'M1 "HbA1c');
        expect(text).toContain('weight 30% · scoring linear · higher is better · unit percent');
        expect(text).toContain('Baseline 62.0 in 2024/25');
        expect(text).toContain('| 2026/27 | £318,820.32 | T0 63 → T1 67 | ±0.65 vs 5.0 ✓ |');
        expect(text).toContain('| 2029/30 | £318,820.32 (indicative) | T0 66 → T1 70 | ±0.65 vs 8.0 ✓ |');
    });

    it('shows the noise band against the required change in events for a rate (V-43 golden figures)', async () => {
        expect(await hoverText(doc, 'M3 "Emergency')).toContain('| 2026/27 | £212,546.88 | T0 9.5 → T1 8.0 | ±28.7 vs 39.3 events ✓ |');
        expect(await hoverText(doc, 'M5 "Involved')).toContain('| 2026/27 | £159,410.16 | T1 85 | ±2.17 vs 3.0 ✓ |');
    });

    it('shows tiers for a tiered outcome, and the same hover on a reference in covers', async () => {
        expect(await hoverText(doc, 'M4 "Structured')).toContain('| 2026/27 | £159,410.16 | tiers 12 → 50%, 18 → 75%, 25 → 100% | ±1.46 vs 16.0 ✓ |');
        expect(await hoverText(doc, 'M4, M5')).toContain('**outcome** `M4` — Structured education within 12 months of diagnosis');
    });

    it('shows the pot weights and the partition sum', async () => {
        expect(await hoverText(doc, 'P1 "Diabetes')).toContain('Weights M1 30% + M2 20% + M3 20% + M4 15% + M5 15% = 100% ✓');
        expect(await hoverText(doc, 'RiskTier')).toContain('Σ 13,104 + 6,552 + 2,184 = 21,840 = `DiabetesRegister` ✓');
    });

    it('shows every policy parameter with its source on the profile', async () => {
        const text = await hoverText(doc, 'nhs_england_2025');
        expect(text).toContain('| withhold_max | 20% | profile default |');
        expect(text).toContain('| min_lives_full_capitation | 100,000 | profile default |');
    });
});

describe('hover on small fixtures', () => {
    it('shows an overridden policy parameter with its reason', async () => {
        const text = variant('policy nhs_england_2025', 'policy nhs_england_2025 { withhold_max 25% because "Board minute 2026/14" }');
        await hover({
            text: text.replace('withhold_max', '<|>withhold_max'),
            index: 0,
            hover: /`withhold_max` = 25%[\s\S]*Overrides the nhs_england_2025 default 20% because "Board minute 2026\/14"/
        });
    });

    it('shows the doc comment of any declaration', async () => {
        const text = variant('        outcome M2 ', '        /** Eight care processes, NDA definition. */\n        outcome <|>M2 ');
        await hover({ text, index: 0, hover: /^\*\*outcome\*\* `M2` — All eight NDA care processes in the year\n\nEight care processes, NDA definition\./ });
    });

    it('shows the half-open interval of an inclusive age range', async () => {
        const text = variant('        age 18+\n', '        age <|>65 to 74\n');
        await hover({ text, index: 0, hover: '**age** 65 to 74 = [65, 75) (whole years, half-open)' });
    });
});
