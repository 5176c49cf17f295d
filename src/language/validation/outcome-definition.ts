import { formatNumber } from '../../model/decimal.js';
import { readYear } from '../../model/literals.js';
import { isWeightClause } from '../generated/ast.js';
import type { OutcomeModel } from '../../model/outcomes.js';
import { IssueCodes } from './catalogue.js';
import { orList } from './outcome-format.js';
import type { CheckContext } from './reporter.js';

/**
 * V-36: one metric pays through one pot. Two outcomes in different pots count the same thing when they
 * use the same library metric or carry the same name; the pair is reported at both places unless
 * either outcome states `allow_multi_pot` (one clause settles the pair).
 */
export function metricMustNotBeDoubleCounted({ model, report }: CheckContext): void {
    // Outcomes can only count the same thing when they share a name or a metric: look among those alone.
    const byName = groupBy(model.outcomes, o => o.name);
    const byMetric = groupBy(model.outcomes.filter(o => o.metric !== undefined), o => o.metric);
    const order = new Map(model.outcomes.map((o, i) => [o, i]));
    for (const outcome of model.outcomes) {
        if (outcome.allowMultiPot) {
            continue;
        }
        const candidates = new Set([...byName.get(outcome.name) ?? [], ...(outcome.metric ? byMetric.get(outcome.metric) ?? [] : [])]);
        const others = [...candidates].sort((a, b) => order.get(a)! - order.get(b)!)
            .filter(o => o.pot !== outcome.pot && !o.allowMultiPot && sameMetric(o, outcome));
        for (const other of others) {
            const as = other.name === outcome.name ? '' : ` as ${other.name}`;
            const via = outcome.metric && other.metric === outcome.metric ? ` (both use ${metricName(outcome)})` : '';
            report({
                code: IssueCodes.DoubleCounted,
                node: outcome.node,
                property: 'name',
                message: `${outcome.name} also appears in pot ${other.pot.name}${as}${via}`,
                figures: { outcome: outcome.name, pot: outcome.pot.name, otherPot: other.pot.name, otherOutcome: other.name },
                related: [{ node: other.node, property: 'name', message: `${other.name} in pot ${other.pot.name}` }]
            });
        }
    }
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
    const groups = new Map<K, T[]>();
    for (const item of items) {
        const k = key(item);
        const group = groups.get(k);
        if (group) {
            group.push(item);
        } else {
            groups.set(k, [item]);
        }
    }
    return groups;
}

function sameMetric(a: OutcomeModel, b: OutcomeModel): boolean {
    return a.name === b.name || (a.metric !== undefined && a.metric === b.metric);
}

function metricName(o: OutcomeModel): string {
    const library = o.metric?.$container?.name;
    return library ? `${library}.${o.metric!.name}` : o.metric!.name;
}

/**
 * V-38: an outcome states (itself or through its library metric) everything settlement needs, and each
 * target gives the parameters its scoring method uses: linear threshold and full; all_or_nothing and
 * relative_improvement full; tiered the year's tiers or a `scoring tiered {…}` default.
 */
export function outcomeMustBeComplete({ model, report }: CheckContext): void {
    for (const outcome of model.outcomes) {
        if (outcome.metricUnresolved) {
            continue;
        }
        if (outcome.missing.length > 0) {
            report({
                code: IssueCodes.OutcomeIncomplete,
                node: outcome.node,
                property: 'name',
                message: `${outcome.name} has no ${orList(outcome.missing)}`,
                figures: { outcome: outcome.name, missing: outcome.missing }
            });
        }
        if (outcome.targets.length === 0 && outcome.pot.atRisk.every(y => y.shadow)) {
            report({
                code: IssueCodes.OutcomeIncomplete,
                node: outcome.node,
                property: 'name',
                message: `${outcome.name} has no target`,
                figures: { outcome: outcome.name, missing: ['target'] }
            });
        }
        for (const target of outcome.targets) {
            if (target.missing.length > 0) {
                report({
                    code: IssueCodes.OutcomeIncomplete,
                    node: target.node,
                    property: 'year',
                    message: `${outcome.name} target ${target.label} has no ${orList(target.missing)} (scoring ${outcome.method})`,
                    figures: { outcome: outcome.name, year: target.label, method: outcome.method ?? null, missing: target.missing }
                });
            }
        }
    }
}

/**
 * V-38: every year with money at risk in the pot (withhold above 0%, not a shadow year) has a target
 * for each of its outcomes. The figures carry the clause to insert, copied from the nearest earlier
 * target (or the next one when there is none before).
 */
export function atRiskYearsMustHaveTargets({ model, report }: CheckContext): void {
    for (const outcome of model.outcomes) {
        if (outcome.metricUnresolved) {
            continue;
        }
        for (const year of outcome.pot.atRisk) {
            if (year.shadow || outcome.targets.some(t => t.label === year.label)) {
                continue;
            }
            const start = readYear(year.label)?.startYear ?? 0;
            const before = outcome.targetsByYear.filter(t => t.year && t.year.startYear < start);
            const source = before[before.length - 1] ?? outcome.targetsByYear.find(t => t.year && t.year.startYear > start);
            const text = source?.node.$cstNode?.text;
            report({
                code: IssueCodes.MissingTargetYear,
                node: outcome.node,
                property: 'name',
                message: `${outcome.name} has no target for ${year.label} (withhold ${year.rate.format()})`,
                figures: {
                    outcome: outcome.name, year: year.label, withhold: year.rate.value.toFixed(),
                    copyFrom: source?.label ?? null,
                    insert: text && source ? text.replace(source.label, year.label) : null
                },
                related: [{ node: year.node, message: `${year.label} withhold ${year.rate.format()} into ${outcome.pot.name}` }]
            });
        }
    }
}

/** V-39: the weights of a pot sum to 100% (within 0.01 percentage points) and each weight is above 0%. */
export function weightsMustSumToHundred({ model, report }: CheckContext): void {
    const tolerance = 0.01;
    for (const pot of model.pots) {
        const weighted = pot.outcomes.filter(o => o.weight);
        if (weighted.length === 0) {
            continue;
        }
        for (const o of weighted) {
            if (!o.weight!.value.greaterThan(0)) {
                report({
                    code: IssueCodes.WeightsNot100,
                    node: o.node.clauses.find(isWeightClause) ?? o.node,
                    message: `${o.name} weight ${o.weight!.format()} must be above 0%`,
                    figures: { pot: pot.name, outcome: o.name, weight: o.weight!.value.toFixed() }
                });
            }
        }
        const total = pot.weightTotal.value;
        if (total.minus(100).abs().lessThanOrEqualTo(tolerance)) {
            continue;
        }
        const weights = weighted.map(o => o.weight!.value);
        const last = weighted[weighted.length - 1]!;
        report({
            code: IssueCodes.WeightsNot100,
            node: pot.node,
            property: 'name',
            message: `Weights in ${pot.name} sum to ${pot.weightTotal.format()} (${weights.map(w => formatNumber(w)).join(' + ')})`,
            figures: {
                pot: pot.name, total: total.toFixed(), weights: weights.map(w => w.toFixed()),
                lastOutcome: last.name, remainder: pot.weightRemainder?.value.toFixed() ?? null
            },
            related: weighted.map(o => ({
                node: o.node.clauses.find(isWeightClause) ?? o.node,
                message: `${o.name} weight ${o.weight!.format()}`
            }))
        });
    }
}
