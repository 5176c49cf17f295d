import { formatAge } from '../../model/population.js';
import { formatNumber } from '../../model/decimal.js';
import { isClinicalType } from '../../model/outcomes.js';
import { clauseOf } from '../../model/clauses.js';
import { isDenominatorClause, isDriversClause, isPayment, isSharedSavings } from '../generated/ast.js';
import { IssueCodes } from './catalogue.js';
import type { CheckContext } from './reporter.js';

/**
 * V-44: an outcome's denominator is the population or a cohort within it, and every step from the
 * denominator up to the population narrows its parent (V-11: age within, size not above).
 */
export function denominatorMustLieInPopulation({ model, report }: CheckContext): void {
    const population = model.population.population;
    for (const outcome of model.outcomes) {
        const problem = outcome.denominatorProblem;
        const denominator = outcome.denominator;
        if (!problem || !denominator || !population) {
            continue;
        }
        const clause = outcome.node.clauses.find(isDenominatorClause) ?? outcome.node;
        const base = { outcome: outcome.name, denominator: denominator.name, population: population.name };
        if (problem.kind === 'outside') {
            report({
                code: IssueCodes.DenominatorOutsidePopulation,
                node: clause,
                message: `${outcome.name} denominator ${denominator.name} is not within ${population.name}`
                    + (problem.root !== denominator ? ` (it descends from ${problem.root.name})` : ''),
                figures: { ...base, root: problem.root.name }
            });
            continue;
        }
        const { cohort, parent } = problem;
        const detail = problem.kind === 'age'
            ? `age ${formatAge(cohort.ownAge!)} is not within ${formatAge(parent.age!)}`
            : `size ${formatNumber(cohort.size!)} > ${formatNumber(parent.size!)}`;
        const via = cohort === denominator ? '' : ` (through ${cohort.name})`;
        report({
            code: IssueCodes.DenominatorOutsidePopulation,
            node: clause,
            message: `${outcome.name} denominator ${denominator.name} is wider than ${parent.name}${via}: ${detail}`,
            figures: { ...base, cohort: cohort.name, parent: parent.name, kind: problem.kind },
            related: [{ node: cohort.node, property: 'name', message: `${cohort.name} declared here` }]
        });
    }
}

/**
 * V-45: an outcome whose declared drivers are all commissioner_retained (out of the provider's scope)
 * is a lottery for the provider, unless a gain/loss share (`shared_savings`) covers it.
 * Undeclared drivers default to every in-scope service and are never all retained.
 */
export function outcomeMustBeControllable({ model, report }: CheckContext): void {
    if (clauseOf(model.contract.members.find(isPayment), isSharedSavings)) {
        return;
    }
    for (const outcome of model.outcomes) {
        const drivers = outcome.driverServices;
        if (drivers.length === 0 || drivers.some(d => !d.node) || !drivers.every(d => d.retained)) {
            continue;
        }
        const names = drivers.map(d => d.name);
        report({
            code: IssueCodes.Uncontrollable,
            node: outcome.node.clauses.find(isDriversClause) ?? outcome.node,
            message: `${outcome.name} drivers [${names.join(', ')}] are all commissioner_retained`,
            figures: { outcome: outcome.name, drivers: names }
        });
    }
}

/**
 * V-46: each pot holds at least one clinical outcome (type outcome, proms or utilisation) and at least
 * one patient or carer experience measure.
 */
export function potMustBeBalanced({ model, report }: CheckContext): void {
    for (const pot of model.pots) {
        if (pot.outcomes.length === 0) {
            continue;
        }
        const types = pot.outcomes.map(o => o.type);
        const clinical = types.some(isClinicalType);
        const experience = types.includes('experience');
        if (clinical && experience) {
            continue;
        }
        const missing = [clinical ? undefined : 'clinical outcome', experience ? undefined : 'experience measure']
            .filter((m): m is string => m !== undefined);
        const processOnly = types.every(t => t === 'process');
        report({
            code: IssueCodes.UnbalancedPot,
            node: pot.node,
            property: 'name',
            message: processOnly
                ? `pot ${pot.name} has only process measures`
                : `pot ${pot.name} has no ${missing.join(' and no ')} (types: ${types.map(t => t ?? 'none').join(', ')})`,
            figures: { pot: pot.name, missing, types: types.map(t => t ?? '') }
        });
    }
}
