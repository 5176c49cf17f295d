import { IssueCodes } from './catalogue.js';
import type { CheckContext } from './reporter.js';

/**
 * V-05: every target year's performance period lies inside the term (error). A rolling window that
 * starts before the term but ends inside it is allowed and reported for information.
 */
export function performancePeriodsMustLieInTerm({ model, report }: CheckContext): void {
    const term = model.term?.period;
    if (!term) {
        return;
    }
    for (const outcome of model.outcomes) {
        for (const target of outcome.targets) {
            const window = target.measurement;
            if (!window || window.within(term)) {
                continue;
            }
            const figures = {
                outcome: outcome.name, year: target.label, windowStart: window.start.toString(),
                windowEnd: window.lastDay.toString(), termStart: term.start.toString(), termEnd: term.lastDay.toString()
            };
            if (outcome.window.kind === 'rolling' && term.contains(window.lastDay)) {
                report({
                    code: IssueCodes.WindowOutsideTerm,
                    node: target.node,
                    property: 'year',
                    severity: 'info',
                    message: `${outcome.name} ${target.label} window starts ${window.start}, before the term`
                        + ` (rolling ${outcome.window.duration.text} to ${window.lastDay}; term starts ${term.start})`,
                    figures: { ...figures, rolling: outcome.window.duration.text }
                });
                continue;
            }
            report({
                code: IssueCodes.WindowOutsideTerm,
                node: target.node,
                property: 'year',
                severity: 'error',
                message: `${outcome.name} ${target.label} window ${window.start} to ${window.lastDay} lies outside the term`
                    + ` ${term.start} to ${term.lastDay}`,
                figures
            });
        }
    }
}

/**
 * V-06: the baseline ends before the first performance period starts (for rolling windows: before
 * the first performance window ends), and is not older than `max_baseline_age_years`.
 * The first performance year is the earliest target year: every outcome is measured from its first
 * target whether or not money is at risk then (shadow years included), and bonus-only pots have no withhold.
 */
export function baselineMustPrecedePerformance({ model, report }: CheckContext): void {
    const maxAge = model.header.policy.value('max_baseline_age_years');
    for (const outcome of model.outcomes) {
        const baseline = outcome.baseline;
        const first = outcome.firstPerformance;
        if (!baseline?.period || !first?.measurement) {
            continue;
        }
        const written = baseline.node.toYear ? `${baseline.node.year} to ${baseline.node.toYear}` : baseline.node.year;
        const rolling = outcome.window.kind === 'rolling';
        const overlaps = rolling
            ? !baseline.period.end.isBefore(first.measurement.end)
            : baseline.period.end.isAfter(first.measurement.start);
        if (overlaps) {
            report({
                code: IssueCodes.BaselineOverlapsPerformance,
                node: baseline.node,
                property: 'year',
                message: rolling
                    ? `${outcome.name} baseline ${written} ends ${baseline.period.lastDay}, not before the first performance window`
                        + ` (${first.label}) ends ${first.measurement.lastDay}`
                    : `${outcome.name} baseline ${written} overlaps performance year ${first.label}`
                        + ` (baseline ends ${baseline.period.lastDay}; performance starts ${first.measurement.start})`,
                figures: {
                    outcome: outcome.name, baseline: written, baselineEnd: baseline.period.lastDay.toString(),
                    performanceYear: first.label, performanceStart: first.measurement.start.toString(),
                    performanceEnd: first.measurement.lastDay.toString()
                },
                related: [{ node: first.node, property: 'year', message: `first performance year ${first.label}` }]
            });
            continue;
        }
        const age = outcome.baselineAgeYears;
        if (age !== undefined && maxAge.lessThan(age)) {
            report({
                code: IssueCodes.BaselineTooOld,
                node: baseline.node,
                property: baseline.node.toYear ? 'toYear' : 'year',
                message: `${outcome.name} baseline ${written} is ${age} years before ${first.label} (max ${maxAge.toFixed()})`,
                parameter: 'max_baseline_age_years',
                figures: { outcome: outcome.name, baseline: baseline.to!.label, performanceYear: first.label, age, max: maxAge.toFixed() },
                related: [{ node: first.node, property: 'year', message: `first performance year ${first.label}` }]
            });
        }
    }
}
