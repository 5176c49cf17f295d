import type { Decimal } from '../../model/decimal.js';
import { formatNumber } from '../../model/decimal.js';
import type { TargetModel } from '../../model/outcomes.js';

/** A metric value as messages show it, with the minus sign '−' (LANGUAGE.md §5): `9.8`, `−0.5`. */
export function formatValue(value: Decimal): string {
    return value.isNegative() ? '−' + formatNumber(value.abs()) : formatNumber(value);
}

/** The decimal string figures carry: `9.8`, `-0.5`. */
export function figure(value: Decimal | undefined): string | null {
    return value === undefined ? null : value.toFixed();
}

/** `higher is better` / `lower is better`. */
export function directionText(direction: 'higher' | 'lower'): string {
    return `${direction} is better`;
}

/** `a`, `a or b`, `a, b or c`. */
export function orList(items: readonly string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** A metric value as the author wrote it (`8.0`, `62.0`), with '−' for a negative; the decimal when no text is at hand. */
export function writtenValue(value: Decimal, text: string | undefined): string {
    return text === undefined ? formatValue(value) : text.replace(/^-/, '−');
}

/** T1 as written: `full`, or the top tier's level for tiered scoring. */
export function goalText(target: TargetModel): string | undefined {
    const tier = target.tiers.find(t => t.level !== undefined && target.goal !== undefined && t.level.equals(target.goal));
    return target.full !== undefined && target.goal !== undefined && target.full.equals(target.goal) ? target.node.full : tier?.node.level;
}
