import type { Outcome } from '../../generated/ast.js';
import { isPot, isTargetClause, isWeightClause } from '../../generated/ast.js';
import { clauseOf, clausesOf } from '../../../model/clauses.js';
import { yearPlacement } from './budget-fixes.js';
import { insertClauses, propertyRange, replace, text, type Fix, type FixContext } from './fix-kit.js';

function outcome(ctx: FixContext, potName: string | undefined, name: string | undefined): Outcome | undefined {
    const pots = ctx.contract?.members.filter(isPot).filter(p => potName === undefined || p.name === potName) ?? [];
    return pots.flatMap(p => p.outcomes).find(o => o.name === name);
}

/** outcome/double-counted: `allow_multi_pot` on the outcome, which settles the pair. */
export function allowMultiPot(ctx: FixContext): Fix[] {
    const target = outcome(ctx, text(ctx.data, 'pot'), text(ctx.data, 'outcome'));
    return target ? [{ title: `Add allow_multi_pot to ${target.name}`, edits: insertClauses(ctx.document, target, ['allow_multi_pot']) }] : [];
}

/** outcome/missing-target-year: the nearest year's target copied to the missing year, in year order. */
export function copyPreviousTarget(ctx: FixContext): Fix[] {
    const insert = text(ctx.data, 'insert');
    const year = text(ctx.data, 'year');
    const target = outcome(ctx, undefined, text(ctx.data, 'outcome'));
    if (!insert || !year || !target) {
        return [];
    }
    const placement = yearPlacement(clausesOf(target, isTargetClause), t => t.year, year);
    return [{
        title: `Copy the ${text(ctx.data, 'copyFrom') ?? 'previous'} target: ${insert}`,
        edits: insertClauses(ctx.document, target, [insert], placement),
        preferred: true
    }];
}

/** outcome/weights-not-100: the pot's last weighted outcome takes what makes 100%. */
export function lastWeightToRemainder(ctx: FixContext): Fix[] {
    const remainder = text(ctx.data, 'remainder');
    const last = outcome(ctx, text(ctx.data, 'pot'), text(ctx.data, 'lastOutcome'));
    const weight = last && clauseOf(last, isWeightClause);
    const range = weight && propertyRange(weight, 'weight');
    if (!remainder || !range || !(Number(remainder) > 0)) {
        return [];
    }
    return [{ title: `Set the last weight to the remainder: ${last!.name} ${remainder}%`, edits: [replace(range, `${remainder}%`)], preferred: true }];
}

/** outcome/scoring-parameters (linear, reversed): threshold and full trade places. */
export function swapThresholdAndFull(ctx: FixContext): Fix[] {
    const year = text(ctx.data, 'year');
    const target = clausesOf(outcome(ctx, undefined, text(ctx.data, 'outcome')), isTargetClause).find(t => t.year === year);
    const threshold = target && propertyRange(target, 'threshold');
    const full = target && propertyRange(target, 'full');
    if (!target?.threshold || !target.full || !threshold || !full || text(ctx.data, 'threshold') === undefined) {
        return [];
    }
    return [{
        title: `Swap threshold and full: threshold ${target.full} full ${target.threshold}`,
        edits: [replace(threshold, target.full), replace(full, target.threshold)],
        preferred: true
    }];
}
