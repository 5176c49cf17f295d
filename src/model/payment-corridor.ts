import type { Band, Corridor, CorridorSide } from '../language/generated/ast.js';
import { readPercent } from './literals.js';
import { Money, type Percent } from './money.js';
import type { ContractYear } from './term.js';

/** A band's edges in money for one year: lo × the year's target (and hi × target for a bounded band). */
export interface BandEdges {
    label: string;
    lo: Money;
    /** Undefined for `band above x%`. */
    hi?: Money;
}

export interface CorridorBandModel {
    node: Band;
    /** Deviation from the target where the band starts, as a percentage of the target. */
    lo?: Percent;
    /** Where it ends; undefined for `band above x%`. */
    hi?: Percent;
    open: boolean;
    /** The provider's share of the deviation inside the band. */
    share?: Percent;
    /** The band as written, normalised: `band 2% to 5% provider 50%`, `band above 5% provider 10%`. */
    text: string;
    edges: BandEdges[];
}

/** One list of bands as written: the top-level list of a symmetric corridor, or one side's. */
export interface CorridorListModel {
    side: 'both' | 'deficit' | 'surplus';
    node: Corridor | CorridorSide;
    bands: CorridorBandModel[];
}

export interface CorridorTarget {
    label: string;
    year: ContractYear;
    /** What deviation is measured against: the year's budget, or the shared-savings benchmark for `on benchmark`. */
    amount: Money;
}

export interface CorridorModel {
    node: Corridor;
    on: Corridor['on'];
    symmetric: boolean;
    /** The lists as written, for checks that point at a list. */
    lists: CorridorListModel[];
    /** Bands that apply to a deficit (spend above target): the deficit list, or the symmetric list. */
    deficit: CorridorBandModel[];
    /** Bands that apply to a surplus: the surplus list, or the symmetric list. */
    surplus: CorridorBandModel[];
    targets: CorridorTarget[];
    /**
     * The most a provider can bear in a deficit each year: Σ share × band width × target over the deficit bands;
     * `amount` is undefined when an open-ended band leaves the provider a share of an unbounded deficit.
     */
    maxProviderDeficit: { label: string; amount?: Money }[];
}

export function buildCorridor(node: Corridor, targets: CorridorTarget[]): CorridorModel {
    const lists: CorridorListModel[] = [];
    // Bands written outside deficit/surplus apply to both sides, with or without `symmetric`.
    if (node.bands.length > 0 || node.sides.length === 0) {
        lists.push({ side: 'both', node, bands: node.bands.map(b => buildBand(b, targets)) });
    }
    for (const side of node.sides) {
        lists.push({ side: side.side, node: side, bands: side.bands.map(b => buildBand(b, targets)) });
    }
    const bandsFor = (side: 'deficit' | 'surplus') =>
        lists.filter(l => l.side === side || l.side === 'both').flatMap(l => l.bands);
    const deficit = bandsFor('deficit');
    return {
        node,
        on: node.on,
        symmetric: node.symmetric,
        lists,
        deficit,
        surplus: bandsFor('surplus'),
        targets,
        maxProviderDeficit: targets.map(t => ({ label: t.label, amount: maxProviderShare(deficit, t.amount) }))
    };
}

function buildBand(node: Band, targets: CorridorTarget[]): CorridorBandModel {
    const lo = readPercent(node.lo);
    const hi = node.above ? undefined : readPercent(node.hi);
    const share = readPercent(node.share);
    return {
        node,
        lo,
        hi,
        open: node.above,
        share,
        text: node.above ? `band above ${node.lo} provider ${node.share}` : `band ${node.lo} to ${node.hi} provider ${node.share}`,
        edges: lo ? targets.map(t => ({ label: t.label, lo: t.amount.times(lo), hi: hi ? t.amount.times(hi) : undefined })) : []
    };
}

function maxProviderShare(bands: CorridorBandModel[], target: Money): Money | undefined {
    let total = Money.zero(target.currency);
    for (const band of bands) {
        if (!band.lo || !band.share) {
            return undefined;
        }
        if (band.open || !band.hi) {
            if (!band.share.value.isZero()) {
                return undefined;
            }
            continue;
        }
        total = total.plus(target.times(band.hi.fraction.minus(band.lo.fraction)).times(band.share));
    }
    return total;
}
