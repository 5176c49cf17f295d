import type { AstNode } from 'langium';
import { isSourceClause } from '../generated/ast.js';
import type { OutcomeModel } from '../../model/outcomes.js';
import type { CheckContext } from './reporter.js';
import { IssueCodes } from './catalogue.js';
import { names, pct, pctFigure } from './payment-format.js';

/**
 * V-07: each outcome's data for a year (measurement period end + source lag) arrives by that year's settlement
 * date (year end + `settle`). One finding per outcome, at its first late year, listing every late year.
 */
export function settlementMustFollowData({ model, report }: CheckContext): void {
    const settle = model.payment.settle;
    if (!settle) {
        return;
    }
    // Each year's data by outcome (the first entry, as a search would find it), looked up per outcome.
    const dataByYear = settle.years.map(year => {
        const byOutcome = new Map<unknown, typeof year.data[number]>();
        for (const d of year.data) {
            if (!byOutcome.has(d.outcome)) {
                byOutcome.set(d.outcome, d);
            }
        }
        return byOutcome;
    });
    for (const outcome of model.outcomes) {
        const late = settle.years.flatMap((year, i) => {
            const data = dataByYear[i]!.get(outcome);
            return data && data.arrives.isAfter(year.due) ? [{ year, data }] : [];
        });
        const first = late[0];
        if (!first) {
            continue;
        }
        const lag = first.data.lag?.text ?? 'no lag';
        report({
            code: IssueCodes.SettlementBeforeData,
            ...sourceOf(outcome),
            message: `${outcome.name} data (lag ${lag}) arrives ${first.data.arrives}; settlement due ${first.year.due} `
                + `(${first.year.year.label}, settle ${settle.after?.text} after year_end)`,
            figures: {
                outcome: outcome.name,
                year: first.year.year.label,
                lag: first.data.lag?.text ?? null,
                arrives: first.data.arrives.toString(),
                due: first.year.due.toString(),
                years: late.map(l => l.year.year.label)
            },
            related: [{ node: settle.node, property: 'after', message: `settle ${settle.after?.text} after year_end` }]
        });
    }
}

function sourceOf(outcome: OutcomeModel): { node: AstNode; property?: string } {
    const source = outcome.node.clauses.find(isSourceClause);
    if (source?.lag) {
        return { node: source, property: 'lag' };
    }
    return source ? { node: source } : { node: outcome.node, property: 'name' };
}

/** V-07: the final year's settlement falls no later than the term's end plus its `run_off`. */
export function finalSettlementMustFallWithinRunOff({ model, report }: CheckContext): void {
    const settle = model.payment.settle;
    const final = settle?.final;
    const limit = settle?.runOffEnds;
    if (!settle || !final || !limit || !final.due.isAfter(limit)) {
        return;
    }
    const runOff = model.term?.runOff;
    const after = runOff
        ? `run_off ends ${limit} (term ends ${model.term?.lastDay}, run_off ${runOff.text})`
        : `the term ends ${limit} and no run_off is declared`;
    report({
        code: IssueCodes.SettlementAfterRunOff,
        node: settle.node,
        property: 'after',
        message: `final settlement ${final.due} is after ${after}; ${final.year.label} settles ${settle.after?.text} after year_end`,
        figures: {
            year: final.year.label,
            due: final.due.toString(),
            runOffEnds: limit.toString(),
            runOff: runOff?.text ?? null,
            settleAfter: settle.after?.text ?? null
        }
    });
}

/**
 * V-08: no money is at risk in the first contract year on outcomes without a baseline, unless that year is a
 * shadow year: a withhold above 0%, or a two-sided loss share gated on such outcomes.
 */
export function atRiskYearOneNeedsBaselines({ model, report }: CheckContext): void {
    const first = model.term?.years[0];
    if (!first || first.shadow) {
        return;
    }
    const withoutBaseline = (outcomes: OutcomeModel[]) => outcomes.filter(o => o.baseline?.value === undefined).map(o => o.name);
    const figures = (rate: string, outcomes: string[]) => ({ year: first.label, rate, outcomes, shadow: first.label });
    const phrase = (outcomes: string[]) => `uses ${names(outcomes)} without ${outcomes.length === 1 ? 'a baseline' : 'baselines'}`;
    for (const withhold of model.payment.withholds) {
        const phase = withhold.years.find(y => y.label === first.label);
        const missing = withoutBaseline(withhold.pot?.outcomes ?? []);
        if (!phase?.rate || !phase.rate.value.greaterThan(0) || missing.length === 0) {
            continue;
        }
        report({
            code: IssueCodes.AtRiskWithoutBaseline,
            node: phase.node,
            property: 'rate',
            message: `${first.label} withhold ${pct(phase.rate)} ${phrase(missing)}`,
            figures: figures(pctFigure(phase.rate), missing)
        });
    }
    const savings = model.payment.sharedSavings;
    const lossShare = savings?.lossShare?.rate;
    if (savings?.sided !== 'two_sided' || !lossShare || !lossShare.value.greaterThan(0)) {
        return;
    }
    const gated = model.payment.gates
        .filter(g => g.target === 'shared_savings' && g.subject)
        .flatMap(g => g.subject!.kind === 'pot' ? g.subject!.pot.outcomes : [g.subject!.outcome]);
    const missing = withoutBaseline([...new Set(gated)]);
    if (missing.length > 0) {
        report({
            code: IssueCodes.AtRiskWithoutBaseline,
            node: savings.lossShare!.node,
            property: 'rate',
            message: `${first.label} loss share ${pct(lossShare)} ${phrase(missing)}`,
            figures: figures(pctFigure(lossShare), missing)
        });
    }
}
