import type { AstNode } from 'langium';
import type { Corridor } from '../generated/ast.js';
import { isCohort, isExcludeClause, isPopulation, isReconcileClause, isRegisterClause } from '../generated/ast.js';
import { clauseOf, clausesOf } from '../../model/clauses.js';
import { formatNumber, toPlain, type Decimal } from '../../model/decimal.js';
import { readPercent } from '../../model/literals.js';
import type { CohortModel } from '../../model/population.js';
import { riskOf } from '../../model/risk.js';
import { IssueCodes } from './catalogue.js';
import { keywordRange, listNames } from './budget-messages.js';
import type { CheckContext } from './reporter.js';

/**
 * The population rules that depend on the risk the contract transfers: minimum lives (V-10), risk-based
 * exclusions (V-14) and the population basis a per-head payment needs (V-15).
 */

const LIVES_WORD: Partial<Record<string, string>> = {
    assigned_prospective: 'assigned',
    assigned_retrospective: 'assigned',
    registered_list: 'registered',
    enrolled: 'enrolled',
    resident: 'resident'
};

/**
 * V-10: the population is large enough for the risk taken: shared savings and two-sided risk shares
 * need min_lives_shared_savings; full capitation covering acute care needs min_lives_full_capitation
 * unless a stop-loss or corridor limits it; a whole-population budget needs min_lives_mcp_style.
 */
export function populationMustCarryTheRisk({ model, report }: CheckContext): void {
    const risk = riskOf(model);
    const policy = model.header.policy;
    const population = model.population.population;
    const word = LIVES_WORD[population?.basis ?? ''];
    const lives = (n: Decimal, kind?: string) => `${formatNumber(n)} ${kind ?? word ?? ''}${kind || word ? ' ' : ''}lives`;
    const at = population ? sizeAt(population) : undefined;

    const twoSidedCorridor = risk.corridor && providerBearsDeficit(risk.corridor) ? risk.corridor : undefined;
    const sharing = risk.sharedSavings ? { node: risk.sharedSavings.node as AstNode, what: 'shared savings', n: risk.populationLives }
        : twoSidedCorridor ? { node: twoSidedCorridor as AstNode, what: 'a two-sided risk share', n: risk.capitatedLives ?? risk.populationLives }
            : undefined;
    const minShared = policy.value('min_lives_shared_savings');
    if (sharing?.n && sharing.n.lessThan(minShared) && at) {
        report({
            code: IssueCodes.TooSmallForRisk,
            ...at,
            message: `${lives(sharing.n)} < ${formatNumber(minShared)} minimum for ${sharing.what}`,
            figures: { lives: toPlain(sharing.n), minimum: toPlain(minShared), risk: risk.sharedSavings ? 'shared_savings' : 'corridor' },
            parameter: 'min_lives_shared_savings',
            related: [{ node: sharing.node, message: `${sharing.what} declared here` }]
        });
    }

    const minCapitation = policy.value('min_lives_full_capitation');
    const capitatedLives = risk.capitatedLives;
    if (capitatedLives && risk.acuteServices.length && capitatedLives.lessThan(minCapitation)
        && !risk.adjustment?.stopLoss && !risk.corridor) {
        const capitation = model.budget.capitation?.node;
        const names = risk.acuteServices.map(s => s.name);
        report({
            code: IssueCodes.TooSmallForRisk,
            ...(capitation ? { node: capitation, range: keywordRange(capitation, 'capitation') } : at ?? { node: model.contract, property: 'name' }),
            message: `${lives(capitatedLives, 'capitated')} < ${formatNumber(minCapitation)} minimum for full capitation covering acute care `
                + `(${listNames(names)}) with no stop_loss or corridor`,
            figures: { lives: toPlain(capitatedLives), minimum: toPlain(minCapitation), risk: 'full_capitation', services: names },
            parameter: 'min_lives_full_capitation',
            related: [{ node: risk.acuteServices[0]!, property: 'name', message: `${names[0]} is acute care in scope` }]
        });
    }

    const form = model.header.form;
    const minWhole = policy.value('min_lives_mcp_style');
    if ((form === 'integrated_care_provider' || form === 'capitated_risk') && risk.populationLives
        && risk.populationLives.lessThan(minWhole) && at) {
        report({
            code: IssueCodes.TooSmallForRisk,
            ...at,
            message: `${lives(risk.populationLives)} < ${formatNumber(minWhole)} minimum for a whole-population budget (form ${form})`,
            figures: { lives: toPlain(risk.populationLives), minimum: toPlain(minWhole), risk: 'whole_population' },
            parameter: 'min_lives_mcp_style'
        });
    }
}

/** V-14: exclusions do not remove people by cost, utilisation or risk score, nor by care setting or condition unless capitation is adjusted for it. */
export function exclusionsMustNotSelectByRisk({ model, report }: CheckContext): void {
    for (const member of model.contract.members) {
        if (!isPopulation(member) && !isCohort(member)) {
            continue;
        }
        for (const exclusion of clausesOf(member, isExcludeClause)) {
            const figures = { cohort: member.name, basis: exclusion.basis, text: exclusion.text };
            if (exclusion.basis === 'utilisation' || exclusion.basis === 'cost' || exclusion.basis === 'risk_score') {
                report({
                    code: IssueCodes.RiskBasedExclusion,
                    node: exclusion,
                    property: 'basis',
                    severity: 'error',
                    message: `exclusion "${exclusion.text}" removes high-risk people: ${member.name} may not exclude by ${exclusion.basis.replace('_', ' ')}`,
                    figures
                });
            } else if ((exclusion.basis === 'care_setting' || exclusion.basis === 'condition') && !exclusion.capitationAdjusted) {
                report({
                    code: IssueCodes.RiskBasedExclusion,
                    node: exclusion,
                    property: 'basis',
                    severity: 'warning',
                    message: `exclusion "${exclusion.text}" removes people by ${exclusion.basis.replace('_', ' ')} from ${member.name} `
                        + 'without capitation_adjusted',
                    figures: { ...figures, insert: 'capitation_adjusted' }
                });
            }
        }
    }
}

/**
 * V-15: a retrospectively assigned population reconciles; a register whose cohorts are capitation tiers
 * says how joiners and leavers are paid (`changes`), which its partition members inherit.
 */
export function basisMustMatchPayment({ model, report }: CheckContext): void {
    const capitated = riskOf(model).capitated;
    for (const cohort of model.population.all) {
        if (cohort.kind === 'member' || cohort.basis !== 'assigned_retrospective' || clauseOf(cohort.node, isReconcileClause)) {
            continue;
        }
        const head = capitated ? 'capitation on a retrospective population without reconciliation: ' : '';
        report({
            code: IssueCodes.BasisMismatch,
            node: cohort.node,
            property: 'name',
            message: `${head}${cohort.name} is assigned retrospectively and has no reconcile clause`,
            figures: { cohort: cohort.name, basis: cohort.basis, insert: 'reconcile annually' }
        });
    }
    const unruled = new Map<CohortModel, string[]>();
    for (const tier of model.budget.capitation?.tiers ?? []) {
        const register = tier.cohort && nearest(tier.cohort, isRegisterBased);
        if (register && !nearest(tier.cohort!, c => !!c.changes)) {
            unruled.set(register, [...(unruled.get(register) ?? []), tier.cohort!.name]);
        }
    }
    for (const [register, tiers] of unruled) {
        report({
            code: IssueCodes.BasisMismatch,
            node: register.node,
            property: 'name',
            message: `capitation tier${tiers.length > 1 ? 's' : ''} ${listNames(tiers)} ${tiers.length > 1 ? 'are' : 'is'} drawn from the register `
                + `${register.name}, which has no changes rule for new diagnoses and leavers`,
            figures: { cohort: register.name, tiers, insert: 'changes pro_rata member_months' }
        });
    }
}

function isRegisterBased(cohort: CohortModel): boolean {
    return cohort.basis === 'register' || (cohort.kind !== 'member' && !!clauseOf(cohort.node, isRegisterClause));
}

/** The cohort itself or its nearest ancestor that satisfies `test`. */
function nearest(cohort: CohortModel, test: (c: CohortModel) => boolean): CohortModel | undefined {
    const seen = new Set<CohortModel>();
    for (let c: CohortModel | undefined = cohort; c && !seen.has(c); c = c.parent) {
        if (test(c)) {
            return c;
        }
        seen.add(c);
    }
    return undefined;
}

function providerBearsDeficit(corridor: Corridor): boolean {
    const bands = corridor.symmetric || corridor.sides.length === 0
        ? corridor.bands
        : corridor.sides.filter(s => s.side === 'deficit').flatMap(s => s.bands);
    return bands.some(b => readPercent(b.share)?.value.greaterThan(0));
}

function sizeAt(population: CohortModel): { node: AstNode; property?: string } {
    return population.sizeNode ? { node: population.sizeNode, property: 'count' } : { node: population.node, property: 'name' };
}
