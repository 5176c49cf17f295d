import type { AstNode } from 'langium';
import type { Band, Corridor, CorridorSide } from '../../generated/ast.js';
import { isBudget, isBudgetYear, isCorridor, isCorridorSide, isWithhold } from '../../generated/ast.js';
import { clausesOf } from '../../../model/clauses.js';
import { readYear } from '../../../model/literals.js';
import { containerAt, insertClauses, replace, text, texts, type Fix, type FixContext, type Placement } from './fix-kit.js';

/** budget/capitation-mismatch: the stated amount becomes the computed one; or the year follows the formula. */
export function useComputedAmount(ctx: FixContext): Fix[] {
    const replacement = text(ctx.data, 'replacement');
    const fixes: Fix[] = replacement
        ? [{ title: `Use the computed amount: ${replacement}`, edits: [replace(ctx.diagnostic.range, replacement)], preferred: true }]
        : [];
    return [...fixes, { title: 'Use the capitation formula instead of a stated amount', edits: [replace(ctx.diagnostic.range, 'capitation')] }];
}

/** Where a year's row goes among rows keyed by year: after the last earlier year, else before the first later one. */
export function yearPlacement<T extends AstNode>(rows: readonly T[], yearOf: (row: T) => string, label: string): Placement {
    const start = readYear(label)?.startYear ?? 0;
    const startOf = (row: T) => readYear(yearOf(row))?.startYear ?? 0;
    const earlier = rows.filter(r => startOf(r) < start).at(-1);
    if (earlier) {
        return { after: earlier };
    }
    const later = rows.find(r => startOf(r) > start);
    return later ? { before: later } : {};
}

/** budget/year-missing: the validator's line (`year 2029/30 capitation`), in year order. */
export function insertBudgetYear(ctx: FixContext): Fix[] {
    const insert = text(ctx.data, 'insert');
    const year = text(ctx.data, 'year');
    const budget = ctx.contract?.members.find(isBudget);
    if (!insert || !year || !budget) {
        return [];
    }
    const placement = yearPlacement(clausesOf(budget, isBudgetYear), y => y.year, year);
    return [{ title: `Insert ${insert}`, edits: insertClauses(ctx.document, budget, [insert], placement), preferred: true }];
}

/** payment/phasing-incomplete: each missing year at 0%, in year order among the phases. */
export function addPhasesAtZero(ctx: FixContext): Fix[] {
    const withhold = containerAt(ctx, isWithhold);
    const phases = texts(ctx.data, 'phases');
    if (!withhold || phases.length === 0) {
        return [];
    }
    const edits = phases.flatMap(phase => {
        const placement = yearPlacement(withhold.phases, p => p.year, phase.split(' ')[0]!);
        return insertClauses(ctx.document, withhold, [phase], { ...placement, separator: '  ' });
    });
    return [{ title: `Add the year at 0%: ${phases.join(', ')}`, edits, preferred: true }];
}

/** payment/corridor-bands (unsorted): each band slot takes the band that belongs there in order. */
export function sortBands(ctx: FixContext): Fix[] {
    const sorted = texts(ctx.data, 'sorted');
    const list: Corridor | CorridorSide | undefined = containerAt(ctx, isCorridorSide) ?? containerAt(ctx, isCorridor);
    const bands: readonly Band[] = list?.bands ?? [];
    if (sorted.length === 0 || sorted.length !== bands.length) {
        return [];
    }
    const edits = bands.flatMap((band, i) => {
        const range = band.$cstNode?.range;
        return range && band.$cstNode!.text !== sorted[i] ? [replace(range, sorted[i]!)] : [];
    });
    return edits.length ? [{ title: 'Sort the bands', edits, preferred: true }] : [];
}
