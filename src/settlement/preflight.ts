/**
 * Checks that an actuals file belongs to the contract before anything is computed: contract id,
 * currency, year within the term, and every outcome and penalty known. Errors stop the settlement.
 */
import type { ContractJson, ContractYearJson } from '../generator/contract-json.js';
import type { Actuals } from './actuals.js';
import type { DiagnosticSink } from './diagnostics.js';

/** Returns the contract year when every check passes; otherwise records errors and returns undefined. */
export function preflight(contract: ContractJson, actuals: Actuals, sink: DiagnosticSink): ContractYearJson | undefined {
    const id = contract.contract.id;
    if (actuals.contract !== id) {
        sink.error('settle/contract-mismatch', `the actuals are for ${actuals.contract}, not ${id}`, '/contract');
    }
    if (actuals.currency !== contract.contract.currency) {
        sink.error('settle/currency-mismatch', `the actuals are in ${actuals.currency}; ${id} is in ${contract.contract.currency}`, '/currency');
    }
    const year = contract.term.years.find(y => y.label === actuals.year);
    if (!year) {
        sink.error('settle/year-not-in-term', `${actuals.year} is not a contract year of ${id} `
            + `(years: ${contract.term.years.map(y => y.label).join(', ')})`, '/year');
    }
    const outcomeIds = new Set(contract.pots.flatMap(p => p.outcomes.map(o => o.id)));
    actuals.outcomes.forEach(o => {
        if (!outcomeIds.has(o.id)) {
            sink.error('settle/unknown-outcome', `${o.id} is not an outcome of ${id} (outcomes: ${[...outcomeIds].join(', ')})`, `${o.pointer}/id`);
        }
    });
    const penaltyTitles = contract.payment.penalties.map(p => p.title);
    for (const p of actuals.penalties) {
        if (!penaltyTitles.includes(p.title)) {
            const known = penaltyTitles.map(t => `"${t}"`).join(', ') || 'none';
            sink.error('settle/unknown-penalty', `"${p.title}" is not a penalty of ${id} (penalties: ${known})`, `${p.pointer}/title`);
        }
    }
    return sink.hasErrors() ? undefined : year;
}
