import { isExtensionClause, isReviewClause } from '../language/generated/ast.js';
import { clausesOf } from '../model/clauses.js';
import { readDuration } from '../model/duration.js';
import type { ContractYear } from '../model/term.js';
import type { ContractYearJson, TermJson } from './contract-json.js';
import { GenerateError } from './generate-error.js';
import { located, type GenerateContext } from './generate-context.js';
import { durationJson, fractionJson, optionalDuration, periodJson } from './json-values.js';

/**
 * `term {period, yearKind, runOff, mobilisation, years, extensions, reviews}`. Throws `GenerateError` when the
 * contract has no term with real dates: nothing can be settled against it, even in an unchecked build.
 */
export function generateTerm(ctx: GenerateContext): TermJson {
    const term = ctx.model.term;
    if (!term?.period) {
        throw new GenerateError(`${ctx.model.header.name} has no term with valid dates; there are no contract years to compile`);
    }
    return located(ctx, term.node, {
        period: periodJson(term.period),
        yearKind: term.yearKind,
        runOff: optionalDuration(term.runOff),
        mobilisation: term.mobilisation ? periodJson(term.mobilisation) : null,
        years: term.years.map(contractYearJson),
        extensions: clausesOf(term.node, isExtensionClause).flatMap(c => {
            const duration = readDuration(c.duration);
            const notice = readDuration(c.notice);
            return duration && notice ? [{ duration: durationJson(duration), notice: durationJson(notice) }] : [];
        }),
        reviews: clausesOf(term.node, isReviewClause).map(c => ({ year: c.year, text: c.text }))
    });
}

/** One contract year; a declared partial year carries the model's fraction and the two day counts behind it. */
function contractYearJson(year: ContractYear): ContractYearJson {
    return {
        label: year.label,
        period: periodJson(year.period),
        shadow: year.shadow,
        partial: year.partial ? {
            proRata: year.partial.proRata,
            fraction: fractionJson(year.partial.fraction),
            days: year.period.days,
            yearDays: year.fullPeriod.days
        } : null
    };
}
