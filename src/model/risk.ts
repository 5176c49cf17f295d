import type { Contract, Corridor, RiskAdjustment, Service, SharedSavings } from '../language/generated/ast.js';
import {
    isBaseClause, isBaselineScoreClause, isBenchmarkClause, isCapOnChangeClause, isCategoryClause, isCorridor, isPayment,
    isProvisionClause, isPurposeClause, isRiskAdjustment, isService, isServices, isSharedSavings, isSidednessClause,
    isStopLossClause, isTruncationClause
} from '../language/generated/ast.js';
import type { BudgetModel } from './budget.js';
import { clauseOf } from './clauses.js';
import type { Decimal } from './decimal.js';
import { readMoney, readNumber, readPercent } from './literals.js';
import type { Money, Percent } from './money.js';
import type { PopulationModel } from './population.js';

/**
 * The risk the provider takes and the protection against it (LANGUAGE.md §3.5, DOMAIN V-10, V-16–V-18):
 * the risk adjustment as declared, whether the provider is paid per head and for how many lives, the
 * shared savings and corridor that share the result, and the acute care the capitation covers.
 */
export interface RiskAdjustmentModel {
    node: RiskAdjustment;
    method: RiskAdjustment['method'];
    stopLoss?: { attachment?: Money; commissionerShare?: Percent; aggregateCap?: Money };
    capOnChange?: { rate?: Percent; per: 'year' | 'agreement_period' };
    truncation?: { percentile?: Decimal };
    baselineScore?: {
        score: Decimal;
        normalisation?: Decimal;
        /** score ÷ normalisation (the normalised mean risk score V-17 bounds); the score when none is given. */
        normalised: Decimal;
    };
    purpose?: 'capitation_rate' | 'benchmark' | 'outcome_adjustment';
}

export interface RiskModel {
    adjustment?: RiskAdjustmentModel;
    /** The provider is paid per head: a budget `capitation` block or `base capitation`. */
    capitated: boolean;
    /** Lives the capitation pays for: Σ tier counts, else the population size. */
    capitatedLives?: Decimal;
    /** The population's size: the lives a shared-savings model or a whole-population budget covers. */
    populationLives?: Decimal;
    sharedSavings?: {
        node: SharedSavings;
        twoSided: boolean;
        perCapitaBenchmark: boolean;
        riskAdjustedBenchmark: boolean;
    };
    corridor?: Corridor;
    /** In-scope services in an acute category (elective, non-elective, urgent care). */
    acuteServices: Service[];
}

const ACUTE = new Set(['acute_elective', 'acute_non_elective', 'urgent_care']);

export function buildRisk(contract: Contract, population: PopulationModel, budget: BudgetModel): RiskModel {
    const payment = contract.members.find(isPayment);
    const savings = clauseOf(payment, isSharedSavings);
    const benchmark = clauseOf(savings, isBenchmarkClause);
    const capitated = !!budget.capitation || clauseOf(payment, isBaseClause)?.kind === 'capitation';
    const populationLives = population.population?.size;
    return {
        adjustment: buildAdjustment(contract),
        capitated,
        capitatedLives: capitated ? budget.capitation?.count ?? populationLives : undefined,
        populationLives,
        sharedSavings: savings ? {
            node: savings,
            twoSided: clauseOf(savings, isSidednessClause)?.value === 'two_sided',
            perCapitaBenchmark: benchmark?.perCapita ?? false,
            riskAdjustedBenchmark: benchmark?.riskAdjusted ?? false
        } : undefined,
        corridor: clauseOf(payment, isCorridor),
        acuteServices: contract.members.filter(isServices).flatMap(s => s.items.filter(isService)).filter(service => {
            const category = clauseOf(service, isCategoryClause)?.value;
            return category !== undefined && ACUTE.has(category) && !clauseOf(service, isProvisionClause)?.retained;
        })
    };
}

function buildAdjustment(contract: Contract): RiskAdjustmentModel | undefined {
    const node = contract.members.find(isRiskAdjustment);
    if (!node) {
        return undefined;
    }
    const stopLoss = clauseOf(node, isStopLossClause);
    const cap = clauseOf(node, isCapOnChangeClause);
    const truncation = clauseOf(node, isTruncationClause);
    const scoreClause = clauseOf(node, isBaselineScoreClause);
    const score = readNumber(scoreClause?.score);
    const normalisation = readNumber(scoreClause?.normalisation);
    return {
        node,
        method: node.method,
        stopLoss: stopLoss ? {
            attachment: readMoney(stopLoss.attachment),
            commissionerShare: readPercent(stopLoss.share),
            aggregateCap: readMoney(stopLoss.cap)
        } : undefined,
        capOnChange: cap ? { rate: readPercent(cap.rate), per: cap.period } : undefined,
        truncation: truncation ? { percentile: readNumber(truncation.percentile) } : undefined,
        baselineScore: score ? {
            score,
            normalisation,
            normalised: normalisation && !normalisation.isZero() ? score.dividedBy(normalisation) : score
        } : undefined,
        purpose: clauseOf(node, isPurposeClause)?.value
    };
}

interface RiskInputs {
    contract: Contract;
    population: PopulationModel;
    budget: BudgetModel;
}

const cache = new WeakMap<RiskInputs, RiskModel>();

/** The risk model of a contract model: `model.risk` when built, else built once for these inputs. */
export function riskOf(model: RiskInputs & { risk?: RiskModel }): RiskModel {
    if (model.risk) {
        return model.risk;
    }
    let risk = cache.get(model);
    if (!risk) {
        risk = buildRisk(model.contract, model.population, model.budget);
        cache.set(model, risk);
    }
    return risk;
}
