import type { AstNode } from 'langium';
import { GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { BudgetYearModel, CapitationModel } from '../../model/budget.js';
import { ONE, formatNumber, type Decimal } from '../../model/decimal.js';
import { Percent, type Money } from '../../model/money.js';

/**
 * Message pieces shared by the population, risk and budget rules: signed differences with the minus
 * sign of §5, the capitation arithmetic as the author would check it by hand, keyword ranges.
 */

/** `+£100,000.00` or `−£100,000.00`. */
export function signedMoney(money: Money): string {
    return money.amount.isNegative() ? money.format() : `+${money.format()}`;
}

/** `+40` or `−40`. */
export function signedCount(value: Decimal): string {
    return value.isNegative() ? `−${formatNumber(value.abs())}` : `+${formatNumber(value)}`;
}

/** A fraction as a percentage with `dp` decimals: 0.0893 → `8.9%` (dp 1). */
export function percentOf(fraction: Decimal, dp: number): string {
    return new Percent(fraction.times(100).abs().toDecimalPlaces(dp)).format(dp);
}

/** A reconciliation gap as a share: two decimals (`1.02%`), or four when two would show a non-zero gap as `0%`. */
export function gapShare(share: Percent): string {
    const two = share.format(2);
    return two === '0%' && !share.value.isZero() ? share.format(4) : two;
}

/**
 * `13,104 × £520.00 + 6,552 × £980.00`, with `× 12` per term for per member per month and the year's
 * pro-rata and uplift factors: `(…) × 274/365 × 102%`.
 */
export function capitationArithmetic(capitation: CapitationModel, year?: BudgetYearModel): string {
    const perTerm = capitation.periods === 1 ? '' : ` × ${capitation.periods}`;
    const terms = capitation.tiers.map(t => `${t.count ? formatNumber(t.count) : '?'} × ${t.rate?.format() ?? '?'}${perTerm}`);
    const factors: string[] = [];
    const partial = year?.year?.partial;
    if (partial && year?.proRata && !year.proRata.equals(ONE)) {
        factors.push(partial.proRata === 'days' || !year.proRata.times(12).isInteger()
            ? `${year.year!.period.days}/${year.year!.fullPeriod.days}`
            : `${year.proRata.times(12).toString()}/12`);
    }
    if (year?.upliftFactor && !year.upliftFactor.equals(ONE)) {
        factors.push(`${new Percent(year.upliftFactor.times(100)).format()}`);
    }
    if (factors.length === 0) {
        return terms.join(' + ');
    }
    const sum = terms.length > 1 ? `(${terms.join(' + ')})` : terms[0] ?? '';
    return [sum, ...factors].join(' × ');
}

/** The range of a keyword of a node (`budget`, `capitation`), for findings about a block that lacks something. */
export function keywordRange(node: AstNode, keyword: string): Range | undefined {
    return node.$cstNode ? GrammarUtils.findNodeForKeyword(node.$cstNode, keyword)?.range : undefined;
}

/** `T1, T2 and T3`. */
export function listNames(names: readonly string[]): string {
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
