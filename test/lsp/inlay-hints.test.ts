import { describe, expect, it } from 'vitest';
import { CANONICAL, check, variant } from '../helpers.js';
import { hintsOf, lineOf } from './lsp-helpers.js';

describe('inlay hints', () => {
    it('show the canonical arithmetic after rates, blocks, partitions, withholds and weights', async () => {
        const hints = await hintsOf(await check(CANONICAL));
        // `lineShift` places a hint on a closing brace, the line before the needle.
        const at = (needle: string, label: string, lineShift = 0) => `${lineOf(CANONICAL, needle) + lineShift}:${label}`;
        const byLine = hints.map(h => h.replace(/:\d+ /, ':'));
        expect(byLine).toEqual([
            at('changes pro_rata member_months', 'Σ 21,840 ✓', -1),
            at('T1 £520.00', '= £6,814,080.00'),
            at('T2 £980.00', '= £6,420,960.00'),
            at('T3 £2,050.00', '= £4,477,200.00'),
            at('year 2025/26 £', '= £17,712,240.00', -1),
            at('2025/26 0%', '= £0.00'),
            at('2026/27 6%', '= £1,062,734.40'),
            at('2027/28 6%', '= £1,062,734.40 (indicative)'),
            at('2028/29 6%', '= £1,062,734.40 (indicative)'),
            at('2029/30 6%', '= £1,062,734.40 (indicative)'),
            at('weight 30%', 'Σ 30%'),
            at('weight 20%', 'Σ 50%'),
            `${lineOf(CANONICAL, 'weight 20%\n            baseline 9.8')}:Σ 70%`,
            at('weight 15%', 'Σ 85%'),
            `${lineOf(CANONICAL, 'weight 15%\n            baseline 82.0')}:Σ 100%`
        ]);
    });

    it('sit right after the figure they explain', async () => {
        const hints = await hintsOf(await check(CANONICAL));
        expect(hints).toContain(`${lineOf(CANONICAL, 'T1 £520.00')}:22 = £6,814,080.00`);
        expect(hints).toContain(`${lineOf(CANONICAL, 'weight 30%')}:22 Σ 30%`);
    });

    it('normalise inclusive ages and flag a partition that does not add up', async () => {
        const text = variant('size 2,184 criteria', 'size 2,144 criteria', variant('        age 18+\n', '        age 65 to 74\n'));
        const hints = await hintsOf(await check(text));
        expect(hints).toContain(`${lineOf(text, 'age 65 to 74')}:20 [65, 75)`);
        expect(hints.some(h => h.endsWith('Σ 21,800 ≠ 21,840 ✗'))).toBe(true);
    });
});
