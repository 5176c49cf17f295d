import type { LeafCstNode } from 'langium';
import { literalTokens } from '../care-node-index.js';
import { isRoundingClause } from '../generated/ast.js';
import { Decimal, groupDigits, parseDecimal, writtenDecimalPlaces } from '../../model/decimal.js';
import { isWellGrouped, moneyDigits } from '../../model/literals.js';
import { currencySymbol, parseMoneyLiteral } from '../../model/money.js';
import { IssueCodes } from './catalogue.js';
import type { CheckContext, ContractCheck } from './reporter.js';

/** Every MONEY or PERCENT token of the contract, as written (imports hold none). */
function tokens(ctx: CheckContext, type: 'MONEY' | 'PERCENT'): readonly LeafCstNode[] {
    const root = ctx.model.contract.$cstNode?.root;
    return root ? literalTokens(root).get(type) ?? [] : [];
}

/** V-22: every amount is in the contract's currency. */
export function moneyMustBeInContractCurrency(ctx: CheckContext): void {
    const currency = ctx.model.header.currency;
    if (!currency) {
        return;
    }
    for (const leaf of tokens(ctx, 'MONEY')) {
        const literal = parseMoneyLiteral(leaf.text);
        if (literal.money.currency === currency) {
            continue;
        }
        const digits = moneyDigits(leaf.text);
        const replacement = literal.notation === 'symbol' ? currencySymbol(currency) + digits : `${currency} ${digits}`;
        ctx.report({
            code: IssueCodes.MixedCurrency,
            node: leaf.astNode,
            range: leaf.range,
            message: `${leaf.text} in a ${currency} contract`,
            figures: { text: leaf.text, currency: literal.money.currency, contractCurrency: currency, replacement }
        });
    }
}

/** Per-capita rates and policy amounts may carry up to 4 decimals; every other amount is paid, so at most 2. */
function isRate(leaf: LeafCstNode): boolean {
    const node = leaf.astNode as unknown as { $type: string; perCapita?: boolean };
    return node.$type === 'CapitationRate' || node.$type === 'PolicyOverride' || (node.$type === 'BenchmarkClause' && node.perCapita === true);
}

/**
 * V-23: paid amounts have at most 2 decimals and rates at most 4 (errors); percentages with more than
 * 4 decimals are a warning.
 */
export function amountsMustBePayable(ctx: CheckContext): void {
    for (const leaf of tokens(ctx, 'MONEY')) {
        const digits = moneyDigits(leaf.text);
        if (!isWellGrouped(digits)) {
            continue;
        }
        const rate = isRate(leaf);
        const max = rate ? 4 : 2;
        const decimals = writtenDecimalPlaces(digits);
        if (decimals <= max) {
            continue;
        }
        const replacement = leaf.text.slice(0, leaf.text.length - digits.length) + rounded(digits, max);
        ctx.report({
            code: IssueCodes.MoneyPrecision,
            node: leaf.astNode,
            range: leaf.range,
            message: `${leaf.text} has ${decimals} decimal places; ${rate ? 'rates have' : 'paid amounts have'} at most ${max}`,
            figures: { text: leaf.text, decimals, max, replacement },
            severity: 'error'
        });
    }
    for (const leaf of tokens(ctx, 'PERCENT')) {
        const digits = leaf.text.slice(0, -1);
        const decimals = writtenDecimalPlaces(digits);
        if (decimals <= 4) {
            continue;
        }
        const replacement = `${rounded(digits, 4)}%`;
        ctx.report({
            code: IssueCodes.MoneyPrecision,
            node: leaf.astNode,
            range: leaf.range,
            message: `${leaf.text} has ${decimals} decimal places; percentages have at most 4`,
            figures: { text: leaf.text, decimals, max: 4, replacement },
            severity: 'warning'
        });
    }
}

/** Rounds a number as written half-up to `dp` decimals, keeping its thousands grouping if it had one. */
function rounded(written: string, dp: number): string {
    const plain = parseDecimal(written).toDecimalPlaces(dp, Decimal.ROUND_HALF_UP).toFixed(dp);
    return written.includes(',') ? groupDigits(plain) : plain;
}

/** V-23: the contract declares its rounding rule, so both parties settle to the same penny. */
export function roundingMustBeDeclared({ model, report }: CheckContext): void {
    if (model.contract.members.some(isRoundingClause)) {
        return;
    }
    const insert = 'rounding half_up to 0.01 per line';
    report({
        code: IssueCodes.RoundingMissing,
        node: model.contract,
        property: 'name',
        message: 'no rounding rule: declare rounding half_up to 0.01',
        figures: { insert }
    });
}

export const moneyChecks: ContractCheck[] = [moneyMustBeInContractCurrency, amountsMustBePayable, roundingMustBeDeclared];
