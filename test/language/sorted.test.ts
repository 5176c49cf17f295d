import { describe, expect, it } from 'vitest';
import { firstAtOrAfter } from '../../src/language/sorted.js';

describe('firstAtOrAfter', () => {
    it('finds what a scan from the start finds, on empty lists, repeats and offsets past the end', () => {
        const lists = [[], [5], [0, 2, 2, 2, 7], [1, 3, 3, 9, 10, 10, 12]];
        for (const positions of lists) {
            for (let offset = -1; offset <= 13; offset++) {
                const scanned = positions.findIndex(position => position >= offset);
                expect(firstAtOrAfter(positions, position => position, offset)).toBe(scanned < 0 ? positions.length : scanned);
            }
        }
    });
});
