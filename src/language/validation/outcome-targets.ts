import type { AstNode } from 'langium';
import type { Decimal } from '../../model/decimal.js';
import type { OutcomeModel, TargetModel, TierModel } from '../../model/outcomes.js';
import { IssueCodes } from './catalogue.js';
import { directionText, figure, goalText, writtenValue } from './outcome-format.js';
import type { CheckContext, Report } from './reporter.js';

/**
 * V-40: each year's target (T1: `full`, or the top tier for tiered scoring) improves on the baseline in
 * the outcome's direction: worse is an error, equal a warning unless the target says `maintain`.
 */
export function targetMustImproveOnBaseline({ model, report }: CheckContext): void {
    for (const outcome of model.outcomes) {
        const baseline = outcome.baseline?.value;
        if (!baseline || !outcome.direction) {
            continue;
        }
        for (const target of outcome.targets) {
            const improvement = target.improvement;
            if (!improvement || improvement.greaterThan(0) || (improvement.isZero() && target.maintain)) {
                continue;
            }
            const worse = improvement.isNegative();
            report({
                code: IssueCodes.TargetNotImprovement,
                node: target.node,
                property: outcome.method === 'tiered' ? 'tiers' : 'full',
                severity: worse ? 'error' : 'warning',
                message: `${outcome.name} (${directionText(outcome.direction)}): baseline ${writtenValue(baseline, outcome.baseline!.node.value)}, `
                    + `target ${writtenValue(target.goal!, goalText(target))} in ${target.label}`
                    + (worse ? '' : ': no improvement; add maintain if intended'),
                figures: {
                    outcome: outcome.name, year: target.label, direction: outcome.direction,
                    baseline: figure(baseline), target: figure(target.goal)
                },
                related: [{ node: outcome.baseline!.node, property: 'value', message: `baseline ${writtenValue(baseline, outcome.baseline!.node.value)}` }]
            });
        }
    }
}

/**
 * V-41: linear thresholds come before full in the outcome's direction; tiers are strictly ordered in
 * the direction and pay non-decreasing fractions within [0%, 100%].
 */
export function scoringParametersMustBeOrdered({ model, report }: CheckContext): void {
    for (const outcome of model.outcomes) {
        const direction = outcome.direction;
        if (!direction) {
            continue;
        }
        if (outcome.scoring && outcome.defaultTiers.length > 0) {
            checkTiers(outcome, outcome.defaultTiers, 'default tiers', report);
        }
        for (const target of outcome.targets) {
            if (target.ownTiers) {
                checkTiers(outcome, target.tiers, `${target.label} tiers`, report);
            }
            if (outcome.method === 'linear') {
                checkLinear(outcome, target, direction, report);
            }
        }
    }
}

function checkLinear(outcome: OutcomeModel, target: TargetModel, direction: 'higher' | 'lower', report: Report): void {
    const { threshold, full } = target;
    if (!threshold || !full) {
        return;
    }
    const ordered = direction === 'higher' ? threshold.lessThan(full) : threshold.greaterThan(full);
    if (ordered) {
        return;
    }
    report({
        code: IssueCodes.ScoringParameters,
        node: target.node,
        property: 'threshold',
        message: `${outcome.name} threshold ${writtenValue(threshold, target.node.threshold)} ${direction === 'higher' ? '≥' : '≤'} `
            + `full ${writtenValue(full, target.node.full)} `
            + `(${directionText(direction)}) in ${target.label}`,
        figures: { outcome: outcome.name, year: target.label, direction, threshold: figure(threshold), full: figure(full) }
    });
}

function checkTiers(outcome: OutcomeModel, tiers: TierModel[], where: string, report: Report): void {
    const direction = outcome.direction!;
    const levels = tiers.map(t => t.level);
    const payouts = tiers.map(t => t.payout);
    const listed = tiers.map(t => t.level ? writtenValue(t.level, t.node.level) : '?').join(', ');
    tiers.forEach((tier, i) => {
        const payout = tier.payout?.value;
        if (payout && (payout.isNegative() || payout.greaterThan(100))) {
            report({
                code: IssueCodes.ScoringParameters,
                node: tier.node,
                property: 'payout',
                message: `${outcome.name} ${where}: payout ${tier.payout!.format()} is outside 0% to 100%`,
                figures: { outcome: outcome.name, level: figure(tier.level), payout: payout.toFixed() }
            });
        }
        const previous = tiers[i - 1];
        if (!previous) {
            return;
        }
        const [a, b] = [previous.level, tier.level];
        if (a && b && !(direction === 'higher' ? b.greaterThan(a) : b.lessThan(a))) {
            report({
                code: IssueCodes.ScoringParameters,
                node: tier.node,
                property: 'level',
                message: `${outcome.name} ${where} ${listed} are not strictly ${direction === 'higher' ? 'increasing' : 'decreasing'} `
                    + `(${directionText(direction)})`,
                figures: { outcome: outcome.name, direction, levels: levels.map(l => l?.toFixed() ?? '') }
            });
        }
        const [p, q] = [previous.payout?.value, payout];
        if (p && q && q.lessThan(p)) {
            report({
                code: IssueCodes.ScoringParameters,
                node: tier.node,
                property: 'payout',
                message: `${outcome.name} ${where} pay ${payouts.map(x => x?.format() ?? '?').join(', ')}: `
                    + `${tier.payout!.format()} after ${previous.payout!.format()} decreases`,
                figures: { outcome: outcome.name, payouts: payouts.map(x => x?.value.toFixed() ?? '') }
            });
        }
    });
}

/**
 * V-42: metric values lie within their unit: percentages in [0, 100], scores within the declared
 * `scale`, every other unit (rates, counts, days, mmol/mol, money) not negative.
 */
export function valuesMustFitTheirUnit({ model, report }: CheckContext): void {
    for (const outcome of model.outcomes) {
        const range = rangeOf(outcome);
        if (!range) {
            continue;
        }
        const check = (value: Decimal | undefined, text: string | undefined, what: string, node: AstNode, property: string, year?: string) => {
            if (!value || range.fits(value)) {
                return;
            }
            report({
                code: IssueCodes.ValueOutOfRange,
                node,
                property,
                message: `${outcome.name} ${what} ${writtenValue(value, text)}${year ? ` in ${year}` : ''} ${range.text}`,
                figures: { outcome: outcome.name, clause: property, year: year ?? null, value: value.toFixed(), unit: outcome.unit ?? null, ...range.figures }
            });
        };
        const baseline = outcome.baseline;
        if (baseline) {
            check(baseline.value, baseline.node.value, 'baseline', baseline.node, 'value');
        }
        for (const target of outcome.targets) {
            check(target.threshold, target.node.threshold, 'threshold', target.node, 'threshold', target.label);
            check(target.full, target.node.full, 'target', target.node, 'full', target.label);
            check(target.stretch, target.node.stretch, 'stretch', target.node, 'stretch', target.label);
            if (target.ownTiers) {
                target.tiers.forEach(t => check(t.level, t.node.level, 'tier', t.node, 'level', target.label));
            }
        }
        outcome.defaultTiers.forEach(t => check(t.level, t.node.level, 'tier', t.node, 'level'));
        if (outcome.mustPass) {
            check(outcome.mustPass.at, outcome.mustPass.node.at, 'must_pass at', outcome.mustPass.node, 'at');
        }
    }
}

interface Range {
    fits(value: Decimal): boolean;
    text: string;
    figures: { lo: string | null; hi: string | null };
}

function rangeOf(outcome: OutcomeModel): Range | undefined {
    const unit = outcome.unit;
    if (unit === 'percent') {
        return {
            fits: v => !v.isNegative() && v.lessThanOrEqualTo(100),
            text: 'is outside 0 to 100 for a percent outcome',
            figures: { lo: '0', hi: '100' }
        };
    }
    if (unit === 'score') {
        const lo = outcome.scale?.lo;
        const hi = outcome.scale?.hi;
        if (!lo || !hi) {
            return undefined;
        }
        return {
            fits: v => v.greaterThanOrEqualTo(lo) && v.lessThanOrEqualTo(hi),
            text: `is outside the scale ${writtenValue(lo, outcome.scale!.node.lo)} to ${writtenValue(hi, outcome.scale!.node.hi)}`,
            figures: { lo: lo.toFixed(), hi: hi.toFixed() }
        };
    }
    if (unit === undefined) {
        return undefined;
    }
    return { fits: v => !v.isNegative(), text: `is negative for a ${unit} outcome`, figures: { lo: '0', hi: null } };
}

/** V-47: no year's target (T1) is worse than the previous year's in the outcome's direction. */
export function targetsMustNotGoBackwards({ model, report }: CheckContext): void {
    for (const outcome of model.outcomes) {
        const direction = outcome.direction;
        const series = outcome.targetsByYear.filter(t => t.goal && t.year);
        if (!direction || series.length < 2) {
            continue;
        }
        const listed = series.map(t => writtenValue(t.goal!, goalText(t))).join(', ');
        series.forEach((target, i) => {
            const previous = series[i - 1];
            if (!previous) {
                return;
            }
            const worse = direction === 'higher' ? target.goal!.lessThan(previous.goal!) : target.goal!.greaterThan(previous.goal!);
            if (!worse) {
                return;
            }
            report({
                code: IssueCodes.OutcomeTrajectory,
                node: target.node,
                property: outcome.method === 'tiered' ? 'tiers' : 'full',
                message: `${outcome.name} targets ${listed}: ${target.label} (${writtenValue(target.goal!, goalText(target))}) is worse than `
                    + `${previous.label} (${writtenValue(previous.goal!, goalText(previous))}, ${directionText(direction)})`,
                figures: {
                    outcome: outcome.name, year: target.label, previousYear: previous.label, direction,
                    target: figure(target.goal), previous: figure(previous.goal), targets: series.map(t => t.goal!.toFixed())
                },
                related: [{ node: previous.node, property: 'year', message: `${previous.label} target ${writtenValue(previous.goal!, goalText(previous))}` }]
            });
        });
    }
}
