import type { Term } from '../../generated/ast.js';
import { isPartialClause, isShadowClause, isTerm, isYearsClause } from '../../generated/ast.js';
import { clauseOf, clausesOf } from '../../../model/clauses.js';
import { containerAt, insertAfter, insertClauses, removeClause, text, type Fix, type FixContext, type Placement } from './fix-kit.js';

/** Where year clauses go in a term, as in LANGUAGE.md §3.3: after `years` and the partial years. */
function afterYearClauses(term: Term): Placement {
    const anchor = clausesOf(term, isPartialClause).at(-1) ?? clauseOf(term, isYearsClause);
    return anchor ? { after: anchor } : { atStart: true };
}

/**
 * term/years-do-not-tile: a year the term cuts is declared `partial … pro_rata days`; a whole year
 * declared partial loses the clause.
 */
export function declarePartial(ctx: FixContext): Fix[] {
    const term = ctx.contract?.members.find(isTerm);
    const insert = text(ctx.data, 'insert');
    if (!term) {
        return [];
    }
    if (insert) {
        return [{ title: `Declare the year partial: ${insert}`, edits: insertClauses(ctx.document, term, [insert], afterYearClauses(term)), preferred: true }];
    }
    const partial = containerAt(ctx, isPartialClause);
    return partial ? [{ title: `Remove partial ${partial.year}: it is a whole year of the term`, edits: removeClause(ctx.document, partial) }] : [];
}

/** payment/at-risk-without-baseline: the first year becomes a shadow year (added to `shadow`, or a new clause). */
export function makeShadowYear(ctx: FixContext): Fix[] {
    const term = ctx.contract?.members.find(isTerm);
    const year = text(ctx.data, 'shadow');
    if (!term || !year) {
        return [];
    }
    const shadow = clauseOf(term, isShadowClause);
    const edits = shadow ? insertAfter(shadow, `, ${year}`) : insertClauses(ctx.document, term, [`shadow ${year}`], afterYearClauses(term));
    return [{ title: `Make the year a shadow year: shadow ${year}`, edits }];
}
