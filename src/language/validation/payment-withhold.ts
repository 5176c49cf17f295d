import type { BonusModel } from '../../model/payment.js';
import { Percent } from '../../model/money.js';
import type { CheckContext } from './reporter.js';
import { IssueCodes } from './catalogue.js';
import { keywordRange, names, pct, pctFigure } from './payment-format.js';

/** V-28: every withhold rate lies in [0, withhold_hard_max] (error) and at most withhold_max (warning). */
export function withholdMustBeInRange({ model, report }: CheckContext): void {
    const policy = model.header.policy;
    const max = new Percent(policy.value('withhold_max'));
    const hardMax = new Percent(policy.value('withhold_hard_max'));
    for (const withhold of model.payment.withholds) {
        for (const phase of withhold.years) {
            const rate = phase.rate;
            if (!rate) {
                continue;
            }
            const at = { code: IssueCodes.WithholdRange, node: phase.node, property: 'rate' } as const;
            const figures = { year: phase.label, rate: pctFigure(rate), amount: phase.amount?.toJsonAmount() ?? null };
            if (rate.value.lessThan(0)) {
                report({ ...at, severity: 'error', message: `${phase.label} withhold ${pct(rate)} is below 0%`, figures: { ...figures, min: '0' } });
            } else if (rate.value.greaterThan(hardMax.value)) {
                report({
                    ...at, severity: 'error', parameter: 'withhold_hard_max',
                    message: `${phase.label} withhold ${pct(rate)} exceeds withhold_hard_max ${pct(hardMax)}`,
                    figures: { ...figures, max: pctFigure(hardMax) }
                });
            } else if (rate.value.greaterThan(max.value)) {
                report({
                    ...at, severity: 'warning', parameter: 'withhold_max',
                    message: `${phase.label} withhold ${pct(rate)} exceeds withhold_max ${pct(max)}`,
                    figures: { ...figures, max: pctFigure(max) }
                });
            }
        }
    }
}

/** V-30: a withhold lists every contract year, 0% included. */
export function phasingMustCoverEveryYear({ model, report }: CheckContext): void {
    for (const withhold of model.payment.withholds) {
        const missing = withhold.missingYears.map(y => y.label);
        if (missing.length === 0) {
            continue;
        }
        report({
            code: IssueCodes.PhasingIncomplete,
            ...keywordRange(withhold.node, 'withhold'),
            message: `withhold phasing lacks ${names(missing)}`,
            figures: {
                missing,
                phases: missing.map(label => `${label} 0%`),
                pot: withhold.pot?.name ?? null
            }
        });
    }
}

/** V-30: the at-risk components of one base in one year sum to at most 100% of it. */
export function atRiskMustNotExceedBase({ model, report }: CheckContext): void {
    const hardMax = model.header.policy.value('withhold_hard_max');
    for (const group of model.payment.atRisk) {
        const single = group.components.length === 1;
        // A single withhold above the hard maximum is already a withhold-range error.
        if (!group.total.value.greaterThan(100) || (single && group.total.value.greaterThan(hardMax))) {
            continue;
        }
        const last = group.components.at(-1)!;
        const parts = group.components.map(c => pct(c.rate));
        report({
            code: IssueCodes.AtRiskOver100,
            node: last.phase.node,
            property: 'rate',
            message: `${group.label} at-risk ${single ? '' : `${parts.join(' + ')} = `}${pct(group.total)} of ${group.base}`,
            figures: { year: group.label, base: group.base, rates: group.components.map(c => pctFigure(c.rate)), total: pctFigure(group.total) }
        });
    }
}

/** V-29: capitation plus the most the incentives can pay stays within incentive_cap_over_capitation of capitation. */
export function incentivesMustStayWithinCap({ model, report }: CheckContext): void {
    const policy = model.header.policy;
    const limit = new Percent(policy.value('incentive_cap_over_capitation'));
    const tolerance = policy.value('money_tolerance');
    // Rounding a percentage bonus to the cent may lift it a fraction of a cent above the limit: not a breach.
    const over = model.payment.incentives.filter(y => y.total.minus(y.capitation.times(limit)).amount.greaterThan(tolerance));
    const first = over[0];
    const bonus = model.payment.bonuses[0];
    if (!first || !bonus) {
        return;
    }
    const bonuses = model.payment.bonuses;
    const what = `${bonuses.length === 1 ? 'bonus' : 'bonuses'} ${bonuses.map(describeBonus).join(' + ')}`;
    report({
        code: IssueCodes.IncentiveCap,
        node: bonus.node,
        property: bonus.node.rate ? 'rate' : 'amount',
        parameter: 'incentive_cap_over_capitation',
        message: `${what} ${bonuses.length === 1 ? 'breaches' : 'breach'} the ${pct(limit)} limit: capitation ${first.capitation.format()} `
            + `+ incentives ${first.incentives.format()} = ${first.total.format()} (${pct(first.share, 2)} of capitation) in ${first.label}`,
        figures: {
            year: first.label,
            capitation: first.capitation.toJsonAmount(),
            incentives: first.incentives.toJsonAmount(),
            total: first.total.toJsonAmount(),
            share: pctFigure(first.share),
            limit: pctFigure(limit),
            years: over.map(y => y.label)
        }
    });
}

function describeBonus(bonus: BonusModel): string {
    if (bonus.rate) {
        return `${pct(bonus.rate)} of ${bonus.base}`;
    }
    return bonus.amount ? `${bonus.amount.format()} per year` : 'bonus';
}
