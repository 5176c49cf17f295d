/**
 * Risk corridor (§8 step 6, DOMAIN §4.5). `d = expenditure − target` (> 0 deficit); over the
 * side's bands `[lo, hi)` of |d| as fractions of the target, the provider takes
 * `Σ p_k × max(0, min(|d|, hi·T) − lo·T)`; the commissioner takes the rest of |d|. A failed
 * surplus gate splits the bands at its cutoff and sets the provider's share beyond it to 0.
 */
import type { CorridorBandJson, CorridorJson } from '../generator/contract-json.js';
import { Decimal, ZERO } from '../model/decimal.js';
import { Money } from '../model/money.js';
import { fractionJson, moneyJson, nonNegative, toFraction } from './json-values.js';
import type { CorridorStatementJson } from './statement-json.js';

/** A band as exact fractions; `hi` null is unbounded. */
export interface Band {
    lo: Decimal;
    hi: Decimal | null;
    providerShare: Decimal;
}

/** A band with its slice of the deviation split between the parties (exact, before rounding). */
export interface BandResult extends Band {
    amountInBand: Money;
    provider: Money;
    commissioner: Money;
}

/** The corridor split for the year, exact except the rounded provider total. */
export interface CorridorResult {
    on: CorridorJson['on'];
    target: Money;
    expenditure: Money;
    deviation: Money;
    deviationFraction: Decimal;
    side: 'deficit' | 'surplus' | 'none';
    gatedAbove: Decimal | null;
    bands: BandResult[];
    /** Rounded paid line: borne (deficit) or kept (surplus) by the provider. */
    provider: Money;
    /** |d| − provider: funded (deficit) or recovered (surplus) by the commissioner. */
    commissioner: Money;
}

/** Parses a side's bands from the contract JSON. */
export function toBands(bands: readonly CorridorBandJson[]): Band[] {
    return bands.map(b => ({ lo: toFraction(b.lo), hi: b.hi ? toFraction(b.hi) : null, providerShare: toFraction(b.providerShare) }));
}

/**
 * Splits the deviation between provider and commissioner. `surplusCutoff` (from a failed surplus
 * gate) applies to surpluses only; `round` rounds the provider's paid total.
 */
export function computeCorridor(corridor: CorridorJson, target: Money, expenditure: Money, surplusCutoff: Decimal | null,
    round: (m: Money) => Money): CorridorResult {
    const deviation = expenditure.minus(target);
    const side = deviation.amount.isPositive() && !deviation.isZero() ? 'deficit' : deviation.amount.isNegative() ? 'surplus' : 'none';
    const size = new Money(deviation.amount.abs(), target.currency);
    const cutoff = side === 'surplus' ? surplusCutoff : null;
    const declared = toBands(side === 'surplus' ? corridor.surplus : corridor.deficit);
    const bands = splitAt(declared, cutoff).map(band => bandShare(band, size, target));
    const provider = round(bands.reduce((sum, b) => sum.plus(b.provider), Money.zero(target.currency)));
    return {
        on: corridor.on,
        target,
        expenditure,
        deviation,
        deviationFraction: target.isZero() ? ZERO : deviation.amount.dividedBy(target.amount),
        side,
        gatedAbove: cutoff,
        bands,
        provider,
        commissioner: size.minus(provider)
    };
}

/** The statement's corridor section. */
export function corridorJson(result: CorridorResult): CorridorStatementJson {
    return {
        on: result.on,
        target: moneyJson(result.target),
        expenditure: moneyJson(result.expenditure),
        deviation: moneyJson(result.deviation),
        deviationFraction: fractionJson(result.deviationFraction),
        side: result.side,
        gatedAbove: result.gatedAbove ? fractionJson(result.gatedAbove) : null,
        bands: result.bands.map(b => ({
            lo: fractionJson(b.lo),
            hi: b.hi ? fractionJson(b.hi) : null,
            amountInBand: moneyJson(b.amountInBand),
            providerShare: fractionJson(b.providerShare),
            provider: moneyJson(b.provider),
            commissioner: moneyJson(b.commissioner)
        })),
        provider: moneyJson(result.provider),
        commissioner: moneyJson(result.commissioner)
    };
}

function bandShare(band: Band, size: Money, target: Money): BandResult {
    const upper = band.hi === null ? size : minAmount(size, target.times(band.hi));
    const amountInBand = nonNegative(upper.minus(target.times(band.lo)));
    const provider = amountInBand.times(band.providerShare);
    return { ...band, amountInBand, provider, commissioner: amountInBand.minus(provider) };
}

/** Splits bands at `cutoff`: the part at or beyond it pays the provider nothing. */
function splitAt(bands: readonly Band[], cutoff: Decimal | null): Band[] {
    if (cutoff === null) {
        return [...bands];
    }
    return bands.flatMap((band): Band[] => {
        if (cutoff.lessThanOrEqualTo(band.lo)) {
            return [{ ...band, providerShare: ZERO }];
        }
        if (band.hi !== null && cutoff.greaterThanOrEqualTo(band.hi)) {
            return [band];
        }
        return [{ ...band, hi: cutoff }, { lo: cutoff, hi: band.hi, providerShare: ZERO }];
    });
}

function minAmount(a: Money, b: Money): Money {
    return a.amount.lessThanOrEqualTo(b.amount) ? a : b;
}
