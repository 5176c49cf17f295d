import { formatNumber, toPlain } from '../../model/decimal.js';
import { formatAge, formatAges, subsetProblem, type CohortModel } from '../../model/population.js';
import { IssueCodes } from './catalogue.js';
import { signedCount } from './budget-messages.js';
import { basisMustMatchPayment, exclusionsMustNotSelectByRisk, populationMustCarryTheRisk } from './population-risk.js';
import type { CheckContext, ContractCheck } from './reporter.js';

/** V-09: the population states a whole size above 0 with the date and source it was counted at; no cohort size is 0 or less. */
export function populationMustBeDeclared({ model, report }: CheckContext): void {
    const population = model.population.population;
    if (population && !population.sizeNode) {
        report({
            code: IssueCodes.PopulationSizeInvalid,
            node: population.node,
            property: 'name',
            message: `population ${population.name} has no size`,
            figures: { population: population.name, missing: 'size' }
        });
    }
    if (population?.sizeNode) {
        const missing = [!population.sizeNode.asAt && 'as_at date', !population.sizeNode.source && 'source'].filter((m): m is string => !!m);
        if (missing.length) {
            report({
                code: IssueCodes.PopulationSizeInvalid,
                node: population.sizeNode,
                message: `population ${population.name} has no ${missing.join(' and no ')}`,
                figures: { population: population.name, missing: missing.map(m => m.split(' ')[0]!) }
            });
        }
    }
    for (const cohort of model.population.all) {
        if (cohort.size && !cohort.size.greaterThan(0)) {
            report({
                code: IssueCodes.PopulationSizeInvalid,
                node: cohort.sizeNode!,
                property: 'count',
                message: `${cohort.name} size ${formatNumber(cohort.size)} must be above 0`,
                figures: { cohort: cohort.name, size: toPlain(cohort.size) }
            });
        }
    }
}

/** V-11: a cohort's age lies within its parent's interval and its size does not exceed its parent's. */
export function cohortsMustLieWithinParents({ model, report }: CheckContext): void {
    for (const cohort of model.population.all) {
        const problem = subsetProblem(cohort);
        if (problem?.age && cohort.ownAge) {
            const { parent, parentAge } = problem.age;
            report({
                code: IssueCodes.CohortNotSubset,
                node: cohort.ownAge.node ?? cohort.node,
                message: `${cohort.name} age ${formatAge(cohort.ownAge)} is not within ${parent.name} ${formatAge(parentAge)}`,
                figures: { cohort: cohort.name, parent: parent.name, age: formatAge(cohort.ownAge), parentAge: formatAge(parentAge) },
                related: [{ node: parent.node, property: 'name', message: `${parent.name} is ${formatAge(parentAge)}` }]
            });
        }
        if (problem?.size && cohort.size) {
            const { ancestor, ancestorSize } = problem.size;
            report({
                code: IssueCodes.CohortNotSubset,
                node: cohort.sizeNode!,
                property: 'count',
                message: `${cohort.name} size ${formatNumber(cohort.size)} exceeds ${ancestor.name} size ${formatNumber(ancestorSize)}`,
                figures: { cohort: cohort.name, parent: ancestor.name, size: toPlain(cohort.size), parentSize: toPlain(ancestorSize) },
                related: ancestor.sizeNode ? [{ node: ancestor.sizeNode, property: 'count', message: `${ancestor.name} size` }] : undefined
            });
        }
    }
}

/** V-12: no age is in two bands of a partition; the fix ends the first band the year before the next begins. */
export function ageBandsMustNotOverlap({ model, report }: CheckContext): void {
    for (const partition of model.population.partitions) {
        for (const issue of partition.bandIssues) {
            if (issue.kind !== 'overlap') {
                continue;
            }
            const { first, second, ages } = issue;
            const both = ages.hi !== null && ages.hi - ages.lo === 1 ? `${ages.lo}` : `ages ${formatAges(ages)}`;
            report({
                code: IssueCodes.AgeBandOverlap,
                node: ageNode(first),
                message: `${first.name} (${first.ownAge!.written}) and ${second.name} (${second.ownAge!.written}) both contain ${both}`,
                figures: {
                    partition: partition.name, band: first.name, other: second.name,
                    lo: ages.lo, hi: ages.hi, replacement: issue.replacement ?? null
                },
                related: [{ node: ageNode(second), message: `${second.name} is ${second.ownAge!.written}` }]
            });
        }
    }
}

/** V-12: no age falls between two bands, and an exhaustive partition's bands cover its parent's age interval. */
export function ageBandsMustLeaveNoGap({ model, report }: CheckContext): void {
    for (const partition of model.population.partitions) {
        for (const issue of partition.bandIssues) {
            if (issue.kind === 'gap') {
                const { first, second, ages } = issue;
                report({
                    code: IssueCodes.AgeBandGap,
                    node: ageNode(first),
                    message: `${first.name} (${first.ownAge!.written}) and ${second.name} (${second.ownAge!.written}) leave ${agesText(ages)} in no band`,
                    figures: { partition: partition.name, band: first.name, other: second.name, lo: ages.lo, hi: ages.hi },
                    related: [{ node: ageNode(second), message: `${second.name} is ${second.ownAge!.written}` }]
                });
            } else if (issue.kind === 'uncovered') {
                const parent = partition.parent;
                const parentAge = parent.age ? formatAge(parent.age) : 'all ages';
                report({
                    code: IssueCodes.AgeBandGap,
                    node: ageNode(issue.band),
                    message: `exhaustive ${partition.name} leaves ${agesText(issue.ages)} of ${parent.name} ${parentAge} in no band`,
                    figures: { partition: partition.name, band: issue.band.name, parent: parent.name, lo: issue.ages.lo, hi: issue.ages.hi },
                    related: [{ node: parent.node, property: 'name', message: `${parent.name} is ${parentAge}` }]
                });
            }
        }
    }
}

/** V-13: the sizes of an exhaustive partition add up exactly to its parent's size. */
export function partitionsMustReconcile({ model, report }: CheckContext): void {
    for (const partition of model.population.partitions) {
        const { sizeTotal, difference, parent } = partition;
        if (!partition.exhaustive || !sizeTotal || !difference || difference.isZero() || !parent.size) {
            continue;
        }
        const sizes = partition.members.map(m => m.size!);
        report({
            code: IssueCodes.PartitionMismatch,
            node: partition.node,
            property: 'name',
            message: `${partition.name} ${sizes.map(s => formatNumber(s)).join(' + ')} = ${formatNumber(sizeTotal)} `
                + `≠ ${formatNumber(parent.size)} (${signedCount(difference)})`,
            figures: {
                partition: partition.name, parent: parent.name, sizes: sizes.map(s => toPlain(s)),
                total: toPlain(sizeTotal), parentSize: toPlain(parent.size), difference: toPlain(difference)
            },
            related: parent.sizeNode ? [{ node: parent.sizeNode, property: 'count', message: `${parent.name} size` }] : undefined
        });
    }
}

function ageNode(cohort: CohortModel) {
    return cohort.ownAge?.node ?? cohort.node;
}

function agesText(ages: { lo: number; hi: number | null }): string {
    return ages.hi !== null && ages.hi - ages.lo === 1 ? `age ${ages.lo}` : `ages ${formatAges(ages)}`;
}

/** The population rules of LANGUAGE.md §5, each named after what it enforces. */
export const populationChecks: ContractCheck[] = [
    populationMustBeDeclared,
    populationMustCarryTheRisk,
    cohortsMustLieWithinParents,
    ageBandsMustNotOverlap,
    ageBandsMustLeaveNoGap,
    partitionsMustReconcile,
    exclusionsMustNotSelectByRisk,
    basisMustMatchPayment
];
