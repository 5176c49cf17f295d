import { replaceDiagnosticToken, text, type Fix, type FixContext } from './fix-kit.js';

/**
 * Fixes that replace one token with the spelling its validator computed (`replacement`): digit grouping,
 * year labels, currency symbols, decimal places and policy override literals.
 */

/** syntax/bad-digit-grouping: `2,1840` → `21,840`. */
export function regroupDigits(ctx: FixContext): Fix[] {
    return replaceDiagnosticToken(ctx, r => `Regroup the digits: ${r}`);
}

/** syntax/bad-year-label: `2025/27` → `2025/26`. */
export function correctYearLabel(ctx: FixContext): Fix[] {
    return replaceDiagnosticToken(ctx, r => `Correct the year label: ${r}`);
}

/** policy/override-type: `withhold_max 0.25` → `withhold_max 25%`. */
export function convertOverride(ctx: FixContext): Fix[] {
    return replaceDiagnosticToken(ctx, r => `Convert to a percentage: ${r}`);
}

/** money/mixed-currency: `$4.00` in a GBP contract → `£4.00`. */
export function changeCurrencySymbol(ctx: FixContext): Fix[] {
    const currency = text(ctx.data, 'contractCurrency');
    return replaceDiagnosticToken(ctx, r => `Change the currency symbol: ${r}${currency ? ` (${currency})` : ''}`);
}

/** money/precision: `£610,000.005` → `£610,000.01`; rates to 4 decimals, percentages to 4. */
export function roundAmount(ctx: FixContext): Fix[] {
    const max = ctx.data['max'];
    return replaceDiagnosticToken(ctx, r => `Round to ${typeof max === 'number' ? max : 2} decimal places: ${r}`);
}
