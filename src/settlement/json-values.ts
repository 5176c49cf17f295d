/**
 * Conversions between the JSON value types of §7 (MoneyJson, FractionJson, decimal strings) and
 * the exact model types. Paid lines are rounded by the contract's rule before they get here;
 * intermediate values are shown to at most 4 dp (money) or 10 dp (fractions, scores) — display
 * only, never fed back into arithmetic.
 */
import type { FractionJson, MoneyJson, RoundingJson } from '../generator/contract-json.js';
import { Decimal, parseDecimal, roundTo, toPlain } from '../model/decimal.js';
import { Money } from '../model/money.js';

/** A MoneyJson as exact Money. */
export function toMoney(json: MoneyJson): Money {
    return new Money(parseDecimal(json.amount), json.currency);
}

/** A FractionJson as its exact decimal fraction (`0.06`). */
export function toFraction(json: FractionJson): Decimal {
    return parseDecimal(json.fraction);
}

/** Money for JSON: at least 2 dp; more than 4 dp (only intermediate values) shown to 4. */
export function moneyJson(money: Money): MoneyJson {
    const amount = money.amount.decimalPlaces() > 4 ? money.amount.toDecimalPlaces(4) : money.amount;
    return { amount: toPlain(amount, 2), currency: money.currency };
}

/** A fraction for JSON: exact when it has at most `maxDp` decimals, else shown to `maxDp`. */
export function fractionJson(value: Decimal, maxDp = 10): FractionJson {
    const shown = value.decimalPlaces() > maxDp ? value.toDecimalPlaces(maxDp) : value;
    return { fraction: toPlain(shown) };
}

/** Scores and composites are always 10-dp strings (`0.5458333333`). */
export function scoreString(value: Decimal): string {
    return value.toFixed(10);
}

/** Rounds a paid line by the contract's `rounding` (mode and unit; `applyAt` is the caller's concern). */
export function roundPaid(money: Money, rounding: RoundingJson): Money {
    return new Money(roundTo(money.amount, parseDecimal(rounding.unit), rounding.mode), money.currency);
}

/** The smaller of two amounts in one currency. */
export function minMoney(a: Money, b: Money): Money {
    return a.amount.lessThanOrEqualTo(b.amount) ? a : b;
}

/** max(0, amount). */
export function nonNegative(money: Money): Money {
    return money.amount.isNegative() ? Money.zero(money.currency) : money;
}

/** min(1, max(0, x)). */
export function clamp01(value: Decimal): Decimal {
    return Decimal.min(1, Decimal.max(0, value));
}
