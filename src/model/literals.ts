import { Decimal, memoizeByText, parseDecimal } from './decimal.js';
import { parseMoneyLiteral, parsePercentLiteral, type Money, type Percent } from './money.js';
import { CalendarDate, isYearLabel, parseYearLabel, type YearLabel } from './period.js';

/**
 * Readers from token text to model values. They never throw: a literal the lexer accepted but that is
 * not a valid value (a bad grouping, a non-existent date) reads as undefined, and a syntax/* check reports it.
 */
export function readNumber(text: string | undefined): Decimal | undefined {
    return text === undefined ? undefined : numberOfText(text);
}

const numberOfText = memoizeByText((text: string): Decimal | undefined => isWellGrouped(text) ? parseDecimal(text) : undefined);

/** A whole, non-negative count such as a population size; undefined when it has decimals. */
export function readCount(text: string | undefined): Decimal | undefined {
    const value = readNumber(text);
    return value && value.isInteger() ? value : undefined;
}

export function readMoney(text: string | undefined): Money | undefined {
    if (text === undefined) {
        return undefined;
    }
    return isWellGrouped(moneyDigits(text)) ? parseMoneyLiteral(text).money : undefined;
}

/** The amount of a MONEY token as written, without its symbol or code: `£4,210,000` → `4,210,000`. */
export function moneyDigits(text: string): string {
    return text.replace(/^(?:[£$€]|(?:GBP|USD|EUR)\s+)/, '');
}

export function readPercent(text: string | undefined): Percent | undefined {
    return text === undefined ? undefined : parsePercentLiteral(text);
}

export function readDate(text: string | undefined): CalendarDate | undefined {
    return text === undefined ? undefined : CalendarDate.parse(text);
}

export function readYear(text: string | undefined): YearLabel | undefined {
    return text === undefined ? undefined : yearOfText(text);
}

const yearOfText = memoizeByText((text: string): YearLabel | undefined => {
    const parsed = parseYearLabel(text);
    return isYearLabel(parsed) ? parsed : undefined;
});

/** Thousands commas, when present, separate groups of exactly three digits after a first group of 1–3. */
export function isWellGrouped(text: string): boolean {
    const body = text.replace(/^-/, '');
    const int = body.split('.')[0] ?? '';
    if (!int.includes(',')) {
        return true;
    }
    return /^\d{1,3}(,\d{3})+$/.test(int);
}

/** The canonical grouping of a number as written: `1,2345` → `12,345`. */
export function regroup(text: string): string {
    const negative = text.startsWith('-');
    const body = (negative ? text.slice(1) : text).replace(/,/g, '');
    const [int = '', frac] = body.split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return (negative ? '-' : '') + grouped + (frac !== undefined ? '.' + frac : '');
}

export { Decimal };
