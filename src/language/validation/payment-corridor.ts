import type { CorridorBandModel, CorridorListModel } from '../../model/payment.js';
import type { CheckContext, Report } from './reporter.js';
import { IssueCodes } from './catalogue.js';
import { keywordRange, pct, pctFigure } from './payment-format.js';

/**
 * V-34: each list of corridor bands is sorted, starts at 0%, has no gap or overlap, and gives the provider a share
 * in [0, 100%] in every band; each band ends after it starts.
 */
export function corridorBandsMustBeWellFormed({ model, report }: CheckContext): void {
    for (const list of model.payment.corridor?.lists ?? []) {
        const prefix = list.side === 'both' ? '' : `${list.side} `;
        if (list.bands.length === 0) {
            report({
                code: IssueCodes.CorridorBands, ...keywordRange(list.node, list.side === 'both' ? 'corridor' : list.side),
                message: `${list.side === 'both' ? 'corridor' : list.side} has no bands`, figures: { side: list.side }
            });
            continue;
        }
        for (const band of list.bands) {
            bandMustBeWellFormed(band, prefix, report);
        }
        const sorted = sortedBands(list);
        if (!sorted) {
            continue;
        }
        const first = sorted[0]!;
        if (!first.lo!.value.isZero()) {
            report({
                code: IssueCodes.CorridorBands, node: first.node, property: 'lo',
                message: `${prefix}bands start at ${pct(first.lo!)}, not 0%`,
                figures: { side: list.side, start: pctFigure(first.lo!) }
            });
        }
        sorted.slice(1).forEach((band, i) => adjacentBandsMustMeet(sorted[i]!, band, prefix, list, report));
        const outOfOrder = list.bands.findIndex((band, i) => sorted[i] !== band);
        if (outOfOrder >= 0) {
            const band = list.bands[outOfOrder]!;
            report({
                code: IssueCodes.CorridorBands, node: band.node,
                message: `${prefix}bands are not sorted: ${band.text} comes before ${sorted[outOfOrder]!.text}`,
                figures: { side: list.side, bands: list.bands.map(b => b.text), sorted: sorted.map(b => b.text) }
            });
        }
    }
}

function bandMustBeWellFormed(band: CorridorBandModel, prefix: string, report: Report): void {
    if (band.share && (band.share.value.lessThan(0) || band.share.value.greaterThan(100))) {
        report({
            code: IssueCodes.CorridorBands, node: band.node, property: 'share',
            message: `${prefix}${band.text}: share ${pct(band.share)} is outside 0% to 100%`,
            figures: { share: pctFigure(band.share) }
        });
    }
    if (band.lo && band.hi && !band.hi.value.greaterThan(band.lo.value)) {
        report({
            code: IssueCodes.CorridorBands, node: band.node, property: 'hi',
            message: `${prefix}${band.text} ends before it starts`,
            figures: { lo: pctFigure(band.lo), hi: pctFigure(band.hi) }
        });
    }
}

/** The bands in order of where they start, open-ended last among equals; undefined when a bound is unreadable. */
function sortedBands(list: CorridorListModel): CorridorBandModel[] | undefined {
    if (list.bands.some(b => !b.lo || (!b.open && !b.hi))) {
        return undefined;
    }
    return [...list.bands].sort((a, b) => a.lo!.value.comparedTo(b.lo!.value) || Number(a.open) - Number(b.open));
}

function adjacentBandsMustMeet(before: CorridorBandModel, after: CorridorBandModel, prefix: string, list: CorridorListModel, report: Report): void {
    const end = before.open ? undefined : before.hi!;
    const afterRange = after.open ? `above ${pct(after.lo!)}` : `${pct(after.lo!)} to ${pct(after.hi!)}`;
    const beforeRange = before.open ? `band above ${pct(before.lo!)}` : `band ${pct(before.lo!)} to ${pct(before.hi!)}`;
    if (!end || end.value.greaterThan(after.lo!.value)) {
        report({
            code: IssueCodes.CorridorBands, node: after.node, property: 'lo',
            message: `${prefix}${beforeRange} overlaps ${afterRange}`,
            figures: { side: list.side, kind: 'overlap', band: before.text, other: after.text }
        });
    } else if (end.value.lessThan(after.lo!.value)) {
        report({
            code: IssueCodes.CorridorBands, node: after.node, property: 'lo',
            message: `${prefix}${beforeRange} and band ${afterRange} leave ${pct(end)} to ${pct(after.lo!)} uncovered`,
            figures: { side: list.side, kind: 'gap', from: pctFigure(end), to: pctFigure(after.lo!) }
        });
    }
}

/** V-34: the provider's share does not rise as the deviation grows (it would put more tail risk on the provider). */
export function corridorShareMustNotRise({ model, report }: CheckContext): void {
    for (const list of model.payment.corridor?.lists ?? []) {
        const sorted = sortedBands(list);
        const prefix = list.side === 'both' ? '' : `${list.side} `;
        sorted?.slice(1).forEach((band, i) => {
            const before = sorted[i]!;
            if (band.share && before.share && band.share.value.greaterThan(before.share.value)) {
                report({
                    code: IssueCodes.CorridorShareRising, node: band.node, property: 'share',
                    message: `${prefix}${band.text} exceeds ${before.text}`,
                    figures: { side: list.side, share: pctFigure(band.share), previous: pctFigure(before.share) }
                });
            }
        });
    }
}
