import { Decimal, ZERO, formatNumber, parseDecimal, toPlain, HUNDRED } from './decimal.js';

export type Currency = 'GBP' | 'USD' | 'EUR';

const SYMBOLS: Record<Currency, string> = { GBP: '£', USD: '$', EUR: '€' };
const BY_SYMBOL: Record<string, Currency> = { '£': 'GBP', '$': 'USD', '€': 'EUR' };

/** An exact amount in one currency. Arithmetic across currencies throws: it is a programming error. */
export class Money {
    constructor(readonly amount: Decimal, readonly currency: Currency) {}

    static zero(currency: Currency): Money {
        return new Money(ZERO, currency);
    }

    plus(other: Money): Money {
        this.sameCurrency(other);
        return new Money(this.amount.plus(other.amount), this.currency);
    }

    minus(other: Money): Money {
        this.sameCurrency(other);
        return new Money(this.amount.minus(other.amount), this.currency);
    }

    times(factor: Decimal | Percent): Money {
        const f = factor instanceof Percent ? factor.fraction : factor;
        return new Money(this.amount.times(f), this.currency);
    }

    dividedBy(divisor: Decimal): Money {
        return new Money(this.amount.dividedBy(divisor), this.currency);
    }

    isZero(): boolean {
        return this.amount.isZero();
    }

    /** `£17,712,240.00`; always at least two decimals, more if the amount carries them (rates). */
    format(): string {
        const sign = this.amount.isNegative() ? '−' : '';
        return sign + SYMBOLS[this.currency] + formatNumber(this.amount.abs(), 2);
    }

    /** Decimal string for JSON: `17712240.00`. */
    toJsonAmount(): string {
        return toPlain(this.amount, 2);
    }

    toString(): string {
        return this.format();
    }

    private sameCurrency(other: Money): void {
        if (other.currency !== this.currency) {
            throw new Error(`currency mismatch: ${this.currency} and ${other.currency}`);
        }
    }
}

/** A percentage as written (`6%`), kept apart from plain numbers and money. */
export class Percent {
    /** The percentage value: `6` for `6%`. */
    constructor(readonly value: Decimal) {}

    static fromFraction(fraction: Decimal): Percent {
        return new Percent(fraction.times(HUNDRED));
    }

    /** `0.06` for `6%`, exact. */
    get fraction(): Decimal {
        return this.value.dividedBy(HUNDRED);
    }

    /** `6%`, `0.5%`, `2.948%` (as many decimals as the value carries, up to `maxDp`). */
    format(maxDp = 4): string {
        const v = this.value.decimalPlaces() > maxDp ? this.value.toDecimalPlaces(maxDp) : this.value;
        return formatNumber(v) + '%';
    }

    toString(): string {
        return this.format();
    }
}

export interface MoneyLiteral {
    money: Money;
    /** Digits as written after the symbol or code, without grouping commas: `520.00`. */
    digits: string;
    /** How the currency was written. */
    notation: 'symbol' | 'code';
}

/** Parses a MONEY token: `£520.00`, `GBP 520.00`, `$2,400,000`. */
export function parseMoneyLiteral(text: string): MoneyLiteral {
    const first = text.charAt(0);
    const bySymbol = BY_SYMBOL[first];
    if (bySymbol) {
        const digits = text.slice(1).replace(/,/g, '');
        return { money: new Money(parseDecimal(digits), bySymbol), digits, notation: 'symbol' };
    }
    const code = text.slice(0, 3) as Currency;
    const digits = text.slice(3).trim().replace(/,/g, '');
    return { money: new Money(parseDecimal(digits), code), digits, notation: 'code' };
}

/** Parses a PERCENT token: `6%`, `-1.1%`. */
export function parsePercentLiteral(text: string): Percent {
    return new Percent(parseDecimal(text.slice(0, -1)));
}

export function currencySymbol(currency: Currency): string {
    return SYMBOLS[currency];
}
