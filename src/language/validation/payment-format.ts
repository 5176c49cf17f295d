import type { AstNode } from 'langium';
import { GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { formatNumber, toPlain } from '../../model/decimal.js';
import type { Percent } from '../../model/money.js';

/** A percentage as messages show it, with the minus sign of §5: `25%`, `−1%`. */
export function pct(p: Percent, maxDp = 4): string {
    return p.format(maxDp).replace(/^-/, '−');
}

/** MSR and MLR as MSSP writes them, with at least one decimal: `2.0%`, `3.9%`, `3.3358%`. */
export function rateText(p: Percent): string {
    const v = p.value.decimalPlaces() > 4 ? p.value.toDecimalPlaces(4) : p.value;
    return formatNumber(v, 1).replace(/^-/, '−') + '%';
}

/** The percentage as a decimal string for diagnostic data: `'25'` for 25%. */
export function pctFigure(p: Percent): string {
    return toPlain(p.value);
}

/** `M2` or `M2, M4`. */
export function names(items: readonly string[]): string {
    return items.join(', ');
}

/** The range of a keyword of a node, so a finding about a whole block marks its first word only. */
export function keywordRange(node: AstNode, keyword: string): { node: AstNode; range?: Range } {
    const cst = GrammarUtils.findNodeForKeyword(node.$cstNode, keyword);
    return cst ? { node, range: cst.range } : { node };
}
