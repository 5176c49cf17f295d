import { isCohort, isPopulation, isRiskAdjustment } from '../../generated/ast.js';
import { insertClauses, replaceDiagnosticToken, text, type Fix, type FixContext } from './fix-kit.js';

/** population/age-band-overlap: the first band ends the year before the next begins (`65 to 75` → `65 to 74`). */
export function endBandEarlier(ctx: FixContext): Fix[] {
    const band = text(ctx.data, 'band');
    return replaceDiagnosticToken(ctx, r => `End the band a year earlier: ${band ? `${band} ` : ''}${r}`);
}

/** population/basis-mismatch: `reconcile annually` on a retrospective population, or a `changes` rule on a capitated register. */
export function insertBasisClause(ctx: FixContext): Fix[] {
    const name = text(ctx.data, 'cohort');
    const insert = text(ctx.data, 'insert');
    const owner = ctx.contract?.members.find(m => (isPopulation(m) || isCohort(m)) && m.name === name);
    if (!owner || !insert) {
        return [];
    }
    const clause = insert.split(' ')[0];
    return [{ title: `Insert a ${clause} clause: ${insert}`, edits: insertClauses(ctx.document, owner, [insert]), preferred: true }];
}

/** risk/uncapped-score-growth: `cap_on_change 3% per agreement_period` in the risk adjustment. */
export function addCapOnChange(ctx: FixContext): Fix[] {
    const insert = text(ctx.data, 'insert');
    const adjustment = ctx.contract?.members.find(isRiskAdjustment);
    if (!insert || !adjustment) {
        return [];
    }
    return [{ title: `Add ${insert}`, edits: insertClauses(ctx.document, adjustment, [insert]), preferred: true }];
}
