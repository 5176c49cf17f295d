import { formatNumber } from '../../model/decimal.js';
import { formatBand, formatChange } from '../../model/outcome-reliability.js';
import type { OutcomeModel } from '../../model/outcomes.js';
import type { ResolvedPolicy } from '../../model/policy.js';
import { IssueCodes } from './catalogue.js';
import type { CheckContext, Report } from './reporter.js';

/**
 * V-43: a target asks for more change than the noise of its baseline measurement (warning per year
 * whose required change lies inside the 95% band), and the baseline denominator is not below the
 * minimum (the outcome's own `minimum_denominator`, else the policy's). Outcomes whose band cannot be
 * computed (no `n` or `events`, or a unit with no noise model) get one info each.
 */
export function targetsMustExceedNoise({ model, report }: CheckContext): void {
    for (const outcome of model.outcomes) {
        const r = outcome.reliability;
        if (r.kind === 'not-assessable') {
            if (r.reason !== 'no-baseline') {
                reportNotAssessable(outcome, r.reason, report);
            }
            continue;
        }
        checkMinimumDenominator(outcome, model.header.policy, report);
        const baseline = outcome.baseline!;
        for (const year of r.years.filter(y => y.inside)) {
            const band = formatBand(year.band);
            const required = formatChange(year.required);
            const common = { outcome: outcome.name, year: year.label, band, required, change: formatChange(year.change) };
            if (r.kind === 'proportion') {
                report({
                    code: IssueCodes.UnreliableTarget,
                    node: year.target.node,
                    property: 'year',
                    message: `${outcome.name} n ${formatNumber(r.n)}: ${required} points is inside the noise band ±${band} in ${year.label}`,
                    figures: { ...common, kind: 'proportion', n: r.n.toFixed() }
                });
                continue;
            }
            const lambda = r.lambdaSource === 'events' ? formatNumber(r.lambda) : formatChange(r.lambda);
            report({
                code: IssueCodes.UnreliableTarget,
                node: year.target.node,
                property: 'year',
                message: `${outcome.name} events ${lambda}: ${lambda} × ${formatChange(year.change)}/${baseline.node.value} = ${required} events `
                    + `is inside the noise band 1.96 × √${lambda} = ±${band} in ${year.label}`,
                figures: { ...common, kind: 'events', events: lambda }
            });
        }
    }
}

function reportNotAssessable(outcome: OutcomeModel, reason: string, report: Report): void {
    const why = reason === 'no-size' ? 'baseline has no n or events'
        : reason === 'zero-baseline' ? 'baseline 0 gives no expected events'
            : `no noise model for a ${outcome.unit ?? 'unitless'} outcome without events`;
    report({
        code: IssueCodes.ReliabilityNotAssessable,
        node: outcome.baseline?.node ?? outcome.node,
        property: outcome.baseline ? 'value' : 'name',
        message: `${outcome.name} ${why}: reliability not assessable`,
        figures: { outcome: outcome.name, reason }
    });
}

function checkMinimumDenominator(outcome: OutcomeModel, policy: ResolvedPolicy, report: Report): void {
    const baseline = outcome.baseline!;
    const own = outcome.minimumDenominator;
    const sizes = [
        { unit: 'patients' as const, value: baseline.n, parameter: 'min_denominator_patients', written: 'n' },
        { unit: 'events' as const, value: baseline.events, parameter: 'min_denominator_events', written: 'events' }
    ];
    for (const size of sizes) {
        if (!size.value) {
            continue;
        }
        const declared = own?.unit === size.unit ? own.value : undefined;
        const minimum = declared ?? policy.value(size.parameter);
        if (!size.value.lessThan(minimum)) {
            continue;
        }
        report({
            code: IssueCodes.UnreliableTarget,
            node: baseline.node,
            property: size.written === 'n' ? 'n' : 'events',
            message: `${outcome.name} ${size.written} ${formatNumber(size.value)} is below the minimum denominator of `
                + `${formatNumber(minimum)} ${size.unit}${declared ? ' (minimum_denominator)' : ''}`,
            parameter: declared ? undefined : size.parameter,
            figures: { outcome: outcome.name, kind: 'minimum', [size.written]: size.value.toFixed(), minimum: minimum.toFixed() }
        });
    }
}
