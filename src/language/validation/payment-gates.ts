import { toPlain } from '../../model/decimal.js';
import type { GateModel, PaymentModel } from '../../model/payment.js';
import type { CheckContext } from './reporter.js';
import { IssueCodes } from './catalogue.js';
import { pct, pctFigure } from './payment-format.js';

/**
 * V-35: a gate can be evaluated: a pot is measured by its `composite`, an outcome by its `score` or `value`;
 * a composite or score threshold lies in [0, 1]; and the component it gates exists.
 */
export function gatesMustFitSubjects({ model, report }: CheckContext): void {
    for (const gate of model.payment.gates) {
        const subject = gate.subject;
        if (!subject) {
            continue;
        }
        if (subject.kind === 'pot' && gate.measure !== 'composite') {
            report({
                code: IssueCodes.GateInvalid, node: gate.node, property: 'measure',
                message: `${subject.name} is a pot: use composite`,
                figures: { subject: subject.name, kind: 'pot', measure: gate.measure, replacement: 'composite' }
            });
        } else if (subject.kind === 'outcome' && gate.measure === 'composite') {
            report({
                code: IssueCodes.GateInvalid, node: gate.node, property: 'measure',
                message: `${subject.name} is an outcome: use score or value`,
                figures: { subject: subject.name, kind: 'outcome', measure: gate.measure, replacement: 'score' }
            });
        } else if (gate.measure !== 'value' && gate.threshold && (gate.threshold.lessThan(0) || gate.threshold.greaterThan(1))) {
            report({
                code: IssueCodes.GateInvalid, node: gate.node, property: gate.node.percent ? 'percent' : 'number',
                message: `${subject.name} ${gate.measure} threshold ${gate.written} is outside 0 to 1`,
                figures: { subject: subject.name, measure: gate.measure, threshold: toPlain(gate.threshold) }
            });
        }
        const missing = missingComponent(gate, model.payment);
        if (missing) {
            report({
                code: IssueCodes.GateInvalid, node: gate.node, property: 'component',
                message: `gate ${gate.target} has nothing to gate: the contract has no ${missing}`,
                figures: { target: gate.target, missing }
            });
        }
    }
}

function missingComponent(gate: GateModel, payment: PaymentModel): string | undefined {
    switch (gate.target) {
        case 'surplus': return payment.corridor ? undefined : 'corridor';
        case 'shared_savings': return payment.sharedSavings ? undefined : 'shared_savings';
        case 'bonus': return payment.bonuses.length > 0 ? undefined : 'bonus';
        case 'earned_withhold': return payment.withholds.length > 0 ? undefined : 'withhold';
    }
}

/** V-37: a marginal rate lies in [0, 100%] and its volume baseline is not later than the first contract year. */
export function marginalRateMustBeValid({ model, report }: CheckContext): void {
    const first = model.term?.years[0];
    for (const marginal of model.payment.marginalRates) {
        const rate = marginal.rate;
        if (rate && (rate.value.lessThan(0) || rate.value.greaterThan(100))) {
            report({
                code: IssueCodes.MarginalRateInvalid, node: marginal.node, property: 'rate',
                message: `marginal rate ${pct(rate)} is outside 0% to 100%`,
                figures: { rate: pctFigure(rate) }
            });
        }
        const baseline = marginal.baselineYear;
        if (first && baseline && !baseline.period.start.isBefore(first.fullPeriod.end)) {
            report({
                code: IssueCodes.MarginalRateInvalid, node: marginal.node, property: 'year',
                message: `baseline ${baseline.label} is after the first year ${first.label}`,
                figures: { baseline: baseline.label, firstYear: first.label }
            });
        }
    }
}
