/**
 * What every settlement step reads: the contract, the validated actuals, the contract year and
 * where diagnostics go. Built once by `settle` after the preflight checks pass.
 */
import type { ContractJson, ContractYearJson, RoundingJson } from '../generator/contract-json.js';
import { Decimal } from '../model/decimal.js';
import { Money, type Currency } from '../model/money.js';
import type { Actuals } from './actuals.js';
import type { DiagnosticSink } from './diagnostics.js';
import { roundPaid } from './json-values.js';

/** Shared inputs of every settlement step. */
export interface SettleContext {
    contract: ContractJson;
    actuals: Actuals;
    currency: Currency;
    rounding: RoundingJson;
    year: ContractYearJson;
    /** days ÷ year days for a partial year, else null. */
    partialFraction: Decimal | null;
    sink: DiagnosticSink;
}

/** Builds the context for a year already known to be in the term. */
export function createContext(contract: ContractJson, actuals: Actuals, year: ContractYearJson, sink: DiagnosticSink): SettleContext {
    const partial = year.partial;
    return {
        contract,
        actuals,
        currency: contract.contract.currency,
        rounding: contract.contract.rounding,
        year,
        // The two day counts are exact; the emitted fraction string may be rounded.
        partialFraction: partial ? new Decimal(partial.days).dividedBy(partial.yearDays) : null,
        sink
    };
}

/** Rounds a paid line by the contract's rule. */
export function paid(ctx: SettleContext, money: Money): Money {
    return roundPaid(money, ctx.rounding);
}

/** Pro-rates a per-year money amount (caps, bonus pools) for a partial year. */
export function proRate(ctx: SettleContext, money: Money): Money {
    return ctx.partialFraction ? money.times(ctx.partialFraction) : money;
}

/** Zero in the contract's currency. */
export function zero(ctx: SettleContext): Money {
    return Money.zero(ctx.currency);
}

/** The calendar year in which a `2026/27` or `PY2026` label starts. */
export function yearStart(label: string): number {
    return Number(/\d{4}/.exec(label)?.[0] ?? NaN);
}
