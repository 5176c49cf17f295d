/**
 * The MSSP size-based minimum savings (and loss) rate (LANGUAGE.md §8, DOMAIN §4.4): linear
 * interpolation `m_lo − (m_lo − m_hi)(n − n_lo)/(n_hi − n_lo)` within each range of assigned lives.
 * Each range runs to the next range's first value (7,000 → 8,000), so the rate is continuous and
 * 7,500 lives give exactly 3.3%.
 */
import { Decimal } from '../model/decimal.js';

/** [first lives, rate at first, rate at the next range's first] in percent. */
const RANGES: readonly (readonly [number, string, string])[] = [
    [5_000, '3.9', '3.6'],
    [6_000, '3.6', '3.4'],
    [7_000, '3.4', '3.2'],
    [8_000, '3.2', '3.1'],
    [9_000, '3.1', '3.0'],
    [10_000, '3.0', '2.7'],
    [15_000, '2.7', '2.5'],
    [20_000, '2.5', '2.2'],
    [50_000, '2.2', '2.0'],
    [60_000, '2.0', '2.0']
];

/**
 * The size-based rate for `lives` assigned lives, as a fraction (`0.033`). Below 5,000 the table
 * has no row; the 5,000 value (3.9%) is used and the checker warns about such contracts (V-10).
 */
export function sizeBasedRate(lives: number): Decimal {
    const index = RANGES.findLastIndex(([first]) => lives >= first);
    const [first, atFirst, atNext] = RANGES[Math.max(0, index)]!;
    const next = RANGES[index + 1]?.[0];
    const lo = new Decimal(atFirst);
    if (next === undefined || index < 0) {
        return lo.dividedBy(100);
    }
    const hi = new Decimal(atNext);
    const percent = lo.minus(lo.minus(hi).times(lives - first).dividedBy(next - first));
    return percent.dividedBy(100);
}
