import { clausesOf } from '../../model/clauses.js';
import { isReport, isReporting } from '../generated/ast.js';
import { IssueCodes } from './catalogue.js';
import type { CheckContext, ContractCheck } from './reporter.js';

/**
 * V-51: every outcome whose data does not come from a national dataset is covered by a report, so some
 * party is obliged to produce it before settlement. The figures name the report to extend (the first
 * that already covers outcomes, else the first report) for the "add to covers" fix.
 */
export function outcomeMustHaveReportingPath({ model, report }: CheckContext): void {
    const reports = clausesOf(model.contract.members.find(isReporting), isReport);
    const covered = new Set(reports.flatMap(r => r.covers.map(c => c.ref)).filter(o => o !== undefined));
    const target = reports.find(r => r.covers.length > 0) ?? reports[0];
    for (const outcome of model.outcomes) {
        const source = outcome.source;
        if (!source || source.national || covered.has(outcome.node)) {
            continue;
        }
        report({
            code: IssueCodes.NoReportingPath,
            node: outcome.node,
            property: 'name',
            message: `${outcome.name} "${source.name}": no report covers it`,
            figures: { outcome: outcome.name, source: source.name, report: target?.name ?? null, reports: reports.map(r => r.name) },
            related: target ? [{ node: target, property: 'name', message: `report ${target.name} could cover ${outcome.name}` }] : undefined
        });
    }
}

/** The reporting rules of LANGUAGE.md §5, each named after what it enforces. */
export const reportingChecks: ContractCheck[] = [outcomeMustHaveReportingPath];
