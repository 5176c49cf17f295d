import type { SettleClause } from '../language/generated/ast.js';
import { addDuration, readDuration, type DurationValue } from './duration.js';
import type { OutcomeModel } from './outcomes.js';
import type { CalendarDate } from './period.js';
import type { ContractYear, TermModel } from './term.js';

/** When one outcome's data for a year is available: the end of its measurement period plus its source lag. */
export interface DataArrival {
    outcome: OutcomeModel;
    /** The source's lag; undefined means no lag (the data is available at period end). */
    lag?: DurationValue;
    arrives: CalendarDate;
}

export interface SettlementYearModel {
    year: ContractYear;
    /** The last day of the contract year inside the term (a cut year ends with the term). */
    yearEnd: CalendarDate;
    /** yearEnd + the `settle` delay. */
    due: CalendarDate;
    /** Outcomes with a target for the year, in pot order, with the day their data arrives. */
    data: DataArrival[];
}

export interface SettleModel {
    node: SettleClause;
    after?: DurationValue;
    /** One settlement per contract year, shadow years included (they settle for information). */
    years: SettlementYearModel[];
    /** The last contract year's settlement. */
    final?: SettlementYearModel;
    /** The term's last day + `run_off` (the term's last day when no run-off is declared): the latest final settlement. */
    runOffEnds?: CalendarDate;
}

export function buildSettle(node: SettleClause, term: TermModel | undefined, outcomes: OutcomeModel[]): SettleModel {
    const after = readDuration(node.after);
    const years: SettlementYearModel[] = after
        ? (term?.years ?? []).map(year => {
            const yearEnd = year.period.lastDay;
            return {
                year,
                yearEnd,
                due: addDuration(yearEnd, after),
                data: outcomes
                    .filter(o => o.targets.some(t => t.label === year.label))
                    .map(outcome => ({
                        outcome,
                        lag: outcome.source?.lag,
                        arrives: outcome.source?.lag ? addDuration(yearEnd, outcome.source.lag) : yearEnd
                    }))
            };
        })
        : [];
    const runOffEnds = term?.lastDay && (term.runOff ? addDuration(term.lastDay, term.runOff) : term.lastDay);
    return { node, after, years, final: years.at(-1), runOffEnds };
}
