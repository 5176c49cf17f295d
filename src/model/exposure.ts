import type { Band, Corridor, SharedSavings } from '../language/generated/ast.js';
import {
    isBenchmarkClause, isCorridor, isLossCapClause, isLossShareClause, isPayment, isSharedSavings, isSidednessClause,
    isRiskAdjustment, isStopLossClause
} from '../language/generated/ast.js';
import type { ContractModel } from './contract-model.js';
import { clauseOf } from './clauses.js';
import { Decimal, HUNDRED, ZERO } from './decimal.js';
import { readMoney, readPercent } from './literals.js';
import { Percent, type Money } from './money.js';

/**
 * The provider's maximum annual downside (V-27), from which financial security is judged; hover shows
 * the same figure. DOMAIN.md §3.5: `min(loss cap, corridor worst case)`; for capitation with neither a
 * corridor nor a stop-loss, `capitation_stress_pct × annual budget`.
 */
export interface DownsideModel {
    /** The maximum annual downside; undefined when the contract puts no provider money at risk. */
    amount?: Money;
    basis?: 'loss_cap' | 'uncapped_losses' | 'corridor' | 'capitation_stress';
    /** The annual budget the corridor and stress figures are shares of: the largest non-shadow year. */
    budget?: Money;
    budgetYear?: string;
    /** Two-sided shared losses: the smallest loss cap, or loss_share × stress × benchmark when uncapped. */
    sharedLosses?: Money;
    /** The provider's share of a deficit of `corridorDeviation` of the budget. */
    corridorWorstCase?: Money;
    /** max(capitation_stress_pct, the corridor's outermost edge): beyond it a bounded corridor takes no more. */
    corridorDeviation?: Percent;
    capitationStress?: Money;
    /** Policy parameters the figure depends on, for the diagnostic's tag. */
    parameters: string[];
}

const cache = new WeakMap<ContractModel, DownsideModel>();

/** The provider's maximum annual downside, computed once per contract model. */
export function providerDownside(model: ContractModel): DownsideModel {
    let downside = cache.get(model);
    if (!downside) {
        downside = buildDownside(model);
        cache.set(model, downside);
    }
    return downside;
}

function buildDownside(model: ContractModel): DownsideModel {
    const stress = new Percent(model.header.policy.value('capitation_stress_pct'));
    const { budget, budgetYear } = annualBudget(model);
    const payment = model.contract.members.find(isPayment);
    const corridorNode = clauseOf(payment, isCorridor);
    const savingsNode = clauseOf(payment, isSharedSavings);
    const result: DownsideModel = { budget, budgetYear, parameters: [] };

    const losses = savingsNode ? sharedLosses(savingsNode, model, budget, stress) : undefined;
    if (losses) {
        result.sharedLosses = losses.amount;
        if (losses.usedStress) {
            result.parameters.push('capitation_stress_pct');
        }
    }
    const target = corridorNode ? corridorTarget(corridorNode, budget, savingsNode, model) : undefined;
    if (corridorNode && target) {
        const bands = deficitBands(corridorNode);
        const deviation = Decimal.max(stress.value, outermostEdge(bands));
        result.corridorDeviation = new Percent(deviation);
        result.corridorWorstCase = target.times(providerSharePercent(bands, deviation).dividedBy(HUNDRED));
        if (deviation.equals(stress.value)) {
            result.parameters.push('capitation_stress_pct');
        }
    }
    const candidates: { amount: Money; basis: DownsideModel['basis'] }[] = [];
    if (result.sharedLosses) {
        candidates.push({ amount: result.sharedLosses, basis: losses!.usedStress ? 'uncapped_losses' : 'loss_cap' });
    }
    if (result.corridorWorstCase) {
        candidates.push({ amount: result.corridorWorstCase, basis: 'corridor' });
    }
    if (candidates.length > 0) {
        const least = candidates.reduce((a, b) => (b.amount.amount.lessThan(a.amount.amount) ? b : a));
        result.amount = least.amount;
        result.basis = least.basis;
        return result;
    }
    if (isCapitated(model) && !corridorNode && !hasStopLoss(model) && budget) {
        result.capitationStress = budget.times(stress);
        result.amount = result.capitationStress;
        result.basis = 'capitation_stress';
        result.parameters = ['capitation_stress_pct'];
    }
    return result;
}

/** The largest annual budget among years that carry risk (shadow years settle for information only). */
function annualBudget(model: ContractModel): { budget?: Money; budgetYear?: string } {
    const currency = model.header.currency;
    let best: { budget?: Money; budgetYear?: string } = {};
    for (const year of model.budget.years) {
        if (year.year?.shadow || !year.amount || (currency && year.amount.currency !== currency)) {
            continue;
        }
        if (!best.budget || year.amount.amount.greaterThan(best.budget.amount)) {
            best = { budget: year.amount, budgetYear: year.label };
        }
    }
    if (best.budget) {
        return best;
    }
    return { budget: model.budget.capitation?.annualTotal ?? model.payment.base?.amount };
}

function isCapitated(model: ContractModel): boolean {
    return model.payment.base?.kind === 'capitation' || model.budget.capitation !== undefined;
}

function hasStopLoss(model: ContractModel): boolean {
    return clauseOf(model.contract.members.find(isRiskAdjustment), isStopLossClause) !== undefined;
}

/** The deficit bands: the `deficit` side, or the one list of a symmetric corridor. */
function deficitBands(corridor: Corridor): Band[] {
    const deficit = corridor.sides.find(s => s.side === 'deficit');
    return deficit && !corridor.symmetric ? deficit.bands : corridor.bands;
}

function outermostEdge(bands: Band[]): Decimal {
    return bands.reduce((edge, band) => {
        const value = readPercent(band.above ? band.lo : band.hi ?? band.lo)?.value ?? ZERO;
        return Decimal.max(edge, value);
    }, ZERO);
}

/** Σ p_k × max(0, min(D, hi_k) − lo_k), in percentage points of the target (LANGUAGE.md §8 step 6). */
function providerSharePercent(bands: Band[], deviation: Decimal): Decimal {
    return bands.reduce((sum, band) => {
        const lo = readPercent(band.lo)?.value;
        const hi = band.above ? deviation : readPercent(band.hi)?.value;
        const share = readPercent(band.share)?.fraction;
        if (!lo || !hi || !share) {
            return sum;
        }
        const width = Decimal.max(ZERO, Decimal.min(deviation, hi).minus(lo));
        return sum.plus(width.times(share));
    }, ZERO);
}

function corridorTarget(corridor: Corridor, budget: Money | undefined, savings: SharedSavings | undefined,
    model: ContractModel): Money | undefined {
    return corridor.on === 'benchmark' && savings ? benchmarkAmount(savings, model) ?? budget : budget;
}

function benchmarkAmount(savings: SharedSavings, model: ContractModel): Money | undefined {
    const clause = clauseOf(savings, isBenchmarkClause);
    const amount = readMoney(clause?.amount);
    if (!clause || !amount) {
        return undefined;
    }
    if (!clause.perCapita) {
        return amount;
    }
    const lives = model.population.population?.size;
    return lives ? amount.times(lives) : undefined;
}

function sharedLosses(savings: SharedSavings, model: ContractModel, budget: Money | undefined,
    stress: Percent): { amount: Money; usedStress: boolean } | undefined {
    const twoSided = clauseOf(savings, isSidednessClause)?.value === 'two_sided';
    const lossShare = readPercent(clauseOf(savings, isLossShareClause)?.rate);
    if (!twoSided || !lossShare || !lossShare.value.greaterThan(0)) {
        return undefined;
    }
    const benchmark = benchmarkAmount(savings, model);
    // Provider revenue is not known when the contract is written; the annual budget stands in for it.
    const caps = (clauseOf(savings, isLossCapClause)?.caps ?? []).flatMap(cap => {
        const rate = readPercent(cap.rate);
        const base = cap.of === 'benchmark' ? benchmark : budget;
        return rate && base ? [base.times(rate)] : [];
    });
    if (caps.length > 0) {
        return { amount: caps.reduce((a, b) => (b.amount.lessThan(a.amount) ? b : a)), usedStress: false };
    }
    return benchmark ? { amount: benchmark.times(stress).times(lossShare), usedStress: true } : undefined;
}

