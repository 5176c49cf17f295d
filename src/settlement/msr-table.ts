/**
 * The MSSP size-based minimum savings (and loss) rate at settlement: the same table the checker reads
 * (src/model/payment-savings.ts), applied to the year's assigned lives.
 */
import type { Decimal } from '../model/decimal.js';
import { Decimal as D } from '../model/decimal.js';
import { sizeBasedRate as sizeBasedRateFor } from '../model/payment-savings.js';

/**
 * The size-based rate for `lives` assigned lives, as a fraction (`0.033`). Below 5,000 the table
 * has no row; the 5,000 value (3.9%) is used and the checker warns about such contracts (V-10).
 */
export function sizeBasedRate(lives: number): Decimal {
    return sizeBasedRateFor(new D(lives)).rate.fraction;
}
