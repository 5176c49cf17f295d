import type { Contract, PartialClause, Term } from '../language/generated/ast.js';
import { isPartialClause, isRunOffClause, isShadowClause, isTerm, isYearsClause, isMobilisationClause, isJurisdictionClause } from '../language/generated/ast.js';
import { clauseOf, clausesOf } from './clauses.js';
import { Decimal } from './decimal.js';
import { readDuration, type DurationValue } from './duration.js';
import { readDate, readYear } from './literals.js';
import { CalendarDate, Period, yearContaining, yearOf, type YearKind } from './period.js';

/** A contract year derived from the term (LANGUAGE.md §3.3). */
export interface ContractYear {
    label: string;
    index: number;
    /** The part of the year inside the term. */
    period: Period;
    /** The whole year as its label names it. */
    fullPeriod: Period;
    /** True when the term cuts the year. */
    cut: boolean;
    /** Where the term cuts it: its start falls inside the year, its end does, or both (a term shorter than a year). */
    cutAt?: 'start' | 'end' | 'both';
    shadow: boolean;
    /** Declared `partial … pro_rata …`, with the fraction of the year the term covers (days / days in year). */
    partial?: { proRata: 'days' | 'member_months'; fraction: Decimal; node: PartialClause };
}

export interface TermModel {
    node: Term;
    /** Half-open; undefined when a date is not a real date or start ≥ end. */
    period?: Period;
    /** Start and end as written (inclusive end), when they are real dates. */
    start?: CalendarDate;
    lastDay?: CalendarDate;
    yearKind: YearKind;
    years: ContractYear[];
    runOff?: DurationValue;
    mobilisation?: Period;
}

const US_JURISDICTIONS = new Set(['us_medicare', 'us_medicaid', 'us_commercial']);

export function buildTerm(contract: Contract): TermModel | undefined {
    const term = contract.members.find(isTerm);
    if (!term) {
        return undefined;
    }
    const jurisdiction = contract.members.find(isJurisdictionClause)?.value;
    const yearKind: YearKind = clauseOf(term, isYearsClause)?.value
        ?? (jurisdiction && US_JURISDICTIONS.has(jurisdiction) ? 'calendar' : 'april_to_march');
    const start = readDate(term.start);
    const lastDay = readDate(term.end);
    const period = start && lastDay && start.isBefore(lastDay.addDays(1)) && !lastDay.isBefore(start)
        ? Period.inclusive(start, lastDay) : undefined;
    const shadow = new Set(clausesOf(term, isShadowClause).flatMap(c => c.years));
    const partials = new Map(clausesOf(term, isPartialClause).map(c => [c.year, c] as const));
    const mobilisationClause = clauseOf(term, isMobilisationClause);
    const mobStart = readDate(mobilisationClause?.start);
    const mobEnd = readDate(mobilisationClause?.end);
    return {
        node: term,
        period,
        start,
        lastDay,
        yearKind,
        years: period ? tileYears(period, yearKind, shadow, partials) : [],
        runOff: readDuration(clauseOf(term, isRunOffClause)?.duration),
        mobilisation: mobStart && mobEnd && !mobEnd.isBefore(mobStart) ? Period.inclusive(mobStart, mobEnd) : undefined
    };
}

function tileYears(term: Period, kind: YearKind, shadow: Set<string>, partials: Map<string, PartialClause>): ContractYear[] {
    const years: ContractYear[] = [];
    // A year label has four digits: years before 0001/02 or after 9999/00 cannot be named, so they are not tiled.
    for (let year = yearContaining(kind, term.start) ?? yearOf(kind, 1); year && year.period.start.isBefore(term.end); year = yearOf(kind, year.startYear + 1)) {
        const period = year.period.intersect(term)!;
        const cut = !period.equals(year.period);
        const cutStart = period.start.isAfter(year.period.start);
        const cutEnd = period.end.isBefore(year.period.end);
        const partialNode = partials.get(year.label);
        years.push({
            label: year.label,
            index: years.length,
            period,
            fullPeriod: year.period,
            cut,
            cutAt: cutStart && cutEnd ? 'both' : cutStart ? 'start' : cutEnd ? 'end' : undefined,
            shadow: shadow.has(year.label),
            partial: partialNode ? {
                proRata: partialNode.basis,
                fraction: new Decimal(period.days).dividedBy(year.period.days),
                node: partialNode
            } : undefined
        });
    }
    return years;
}

/** The contract year with this label, if the term has it. */
export function findYear(term: TermModel | undefined, label: string | undefined): ContractYear | undefined {
    return label === undefined ? undefined : term?.years.find(y => y.label === label);
}

/** The period a year label names, whether or not it lies in the term (baselines lie before it). */
export function periodOfLabel(label: string | undefined): Period | undefined {
    return readYear(label)?.period;
}
