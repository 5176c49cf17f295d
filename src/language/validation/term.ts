import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import { subtreeNodes } from '../care-node-index.js';
import { readYear } from '../../model/literals.js';
import { findYear, type TermModel } from '../../model/term.js';
import { IssueCodes } from './catalogue.js';
import type { CheckContext, ContractCheck, Report } from './reporter.js';

/** V-04: the term starts before it ends. */
export function termMustStartBeforeItEnds({ model, report }: CheckContext): void {
    const term = model.term;
    if (!term?.start || !term.lastDay || term.start.isBefore(term.lastDay)) {
        return;
    }
    const relation = term.start.equals(term.lastDay) ? 'on the day' : 'after';
    report({
        code: IssueCodes.TermBadOrder,
        node: term.node,
        property: 'start',
        message: `Term starts ${term.start}, ${relation} it ends ${term.lastDay}`,
        figures: { start: term.start.toString(), end: term.lastDay.toString() }
    });
}

/** V-04: a contract year the term cuts is declared `partial` with a pro-rating rule, and only such a year. */
export function yearsMustTileTheTerm({ model, report }: CheckContext): void {
    const term = model.term;
    if (!term?.period) {
        return;
    }
    for (const year of term.years) {
        if (year.cut && !year.partial) {
            const atStart = year.cutAt !== 'end';
            const edge = atStart ? 'start' : 'end';
            const date = atStart ? term.period.start : term.period.lastDay;
            const insert = `partial ${year.label} pro_rata days`;
            report({
                code: IssueCodes.YearsDoNotTile,
                node: term.node,
                property: edge,
                message: `Term ${atStart ? 'starts' : 'ends'} ${date} inside ${year.label}; declare partial`,
                figures: { year: year.label, edge, date: date.toString(), days: year.period.days, daysInYear: year.fullPeriod.days, insert }
            });
        }
        if (!year.cut && year.partial) {
            report({
                code: IssueCodes.YearsDoNotTile,
                node: year.partial.node,
                property: 'year',
                message: `${year.label} is a whole year of the term (${year.period.start} to ${year.period.lastDay}); it is not partial`,
                figures: { year: year.label, edge: null }
            });
        }
    }
}

/** Clauses whose YEAR is a contract year, with the word a message names them by. Baselines may lie before the term. */
const CONTRACT_YEAR_SITES: Record<string, { property: string; keyword: string; many?: boolean }> = {
    ShadowClause: { property: 'years', keyword: 'shadow', many: true },
    PartialClause: { property: 'year', keyword: 'partial' },
    ReviewClause: { property: 'year', keyword: 'review' },
    BudgetYear: { property: 'year', keyword: 'budget year' },
    WithholdPhase: { property: 'year', keyword: 'withhold' },
    TargetClause: { property: 'year', keyword: 'target' },
    Allocations: { property: 'year', keyword: 'allocations' },
    SavingsPlanItem: { property: 'year', keyword: 'savings_plan' },
    NoticeClause: { property: 'after', keyword: 'notice after' },
    ContributionClause: { property: 'year', keyword: 'contribution' }
};

/** V-04: every year named as a contract year (budget, withhold, target, shadow, partial, …) is a year of the term. */
export function yearsMustLieInTheTerm({ model, report }: CheckContext): void {
    const term = model.term;
    if (!term?.period || term.years.length === 0) {
        return;
    }
    for (const node of subtreeNodes(AstUtils.findRootNode(model.contract), model.contract)) {
        const site = CONTRACT_YEAR_SITES[node.$type];
        if (!site) {
            continue;
        }
        const value = (node as unknown as Record<string, unknown>)[site.property];
        const labels = site.many ? (value as string[] | undefined) ?? [] : typeof value === 'string' ? [value] : [];
        labels.forEach((label, index) => yearMustBeInTerm(term, node, site, label, site.many ? index : undefined, report));
    }
}

function yearMustBeInTerm(term: TermModel, node: AstNode, site: { property: string; keyword: string }, label: string,
    index: number | undefined, report: Report): void {
    const year = readYear(label);
    if (!year || findYear(term, label)) {
        return;
    }
    const period = term.period!;
    const first = term.years[0]!.label;
    const last = term.years[term.years.length - 1]!.label;
    const why = !year.period.end.isAfter(period.start) ? `term starts ${period.start}`
        : !year.period.start.isBefore(period.end) ? `term ends ${period.lastDay}`
            : `contract years are ${first} to ${last}`;
    report({
        code: IssueCodes.YearOutsideTerm,
        node,
        property: site.property,
        index,
        message: `${site.keyword} ${label} is not a contract year (${why})`,
        figures: { year: label, clause: site.keyword, termStart: period.start.toString(), termEnd: period.lastDay.toString(), firstYear: first, lastYear: last }
    });
}

export const termChecks: ContractCheck[] = [termMustStartBeforeItEnds, yearsMustTileTheTerm, yearsMustLieInTheTerm];
