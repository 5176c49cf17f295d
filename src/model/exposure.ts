import { isRiskAdjustment, isStopLossClause } from '../language/generated/ast.js';
import type { ContractModel } from './contract-model.js';
import { clauseOf } from './clauses.js';
import { Decimal, HUNDRED, ZERO } from './decimal.js';
import { Percent, type Money } from './money.js';
import type { CorridorBandModel } from './payment-corridor.js';
import type { SharedSavingsModel } from './payment-savings.js';

/**
 * The provider's maximum annual downside (V-27), from which financial security is judged; hover shows
 * the same figure. It reads the payment model's corridor bands and shared-savings terms. DOMAIN.md §3.5: `min(loss cap, corridor worst case)`; for capitation with neither a
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
    const { corridor, sharedSavings } = model.payment;
    const result: DownsideModel = { budget, budgetYear, parameters: [] };

    const losses = sharedSavings ? sharedLosses(sharedSavings, budget, stress) : undefined;
    if (losses) {
        result.sharedLosses = losses.amount;
        if (losses.usedStress) {
            result.parameters.push('capitation_stress_pct');
        }
    }
    const target = corridor?.on === 'benchmark' ? sharedSavings?.benchmark?.total ?? budget : budget;
    if (corridor && target) {
        const deviation = Decimal.max(stress.value, outermostEdge(corridor.deficit));
        result.corridorDeviation = new Percent(deviation);
        result.corridorWorstCase = target.times(providerSharePercent(corridor.deficit, deviation).dividedBy(HUNDRED));
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
    if (isCapitated(model) && !corridor && !hasStopLoss(model) && budget) {
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

function outermostEdge(bands: readonly CorridorBandModel[]): Decimal {
    return bands.reduce((edge, band) => Decimal.max(edge, (band.open ? band.lo : band.hi ?? band.lo)?.value ?? ZERO), ZERO);
}

/** Σ p_k × max(0, min(D, hi_k) − lo_k), in percentage points of the target (LANGUAGE.md §8 step 6). */
function providerSharePercent(bands: readonly CorridorBandModel[], deviation: Decimal): Decimal {
    return bands.reduce((sum, band) => {
        const hi = band.open ? deviation : band.hi?.value;
        if (!band.lo || !hi || !band.share) {
            return sum;
        }
        const width = Decimal.max(ZERO, Decimal.min(deviation, hi).minus(band.lo.value));
        return sum.plus(width.times(band.share.fraction));
    }, ZERO);
}

function sharedLosses(savings: SharedSavingsModel, budget: Money | undefined, stress: Percent): { amount: Money; usedStress: boolean } | undefined {
    const lossShare = savings.lossShare?.rate;
    if (savings.sided !== 'two_sided' || !lossShare || !lossShare.value.greaterThan(0)) {
        return undefined;
    }
    const benchmark = savings.benchmark?.total;
    // Provider revenue is not known when the contract is written; the annual budget stands in for it.
    const caps = savings.lossCaps.flatMap(cap => {
        const base = cap.of === 'benchmark' ? benchmark : budget;
        return cap.rate && base ? [base.times(cap.rate)] : [];
    });
    if (caps.length > 0) {
        return { amount: caps.reduce((a, b) => (b.amount.lessThan(a.amount) ? b : a)), usedStress: false };
    }
    return benchmark ? { amount: benchmark.times(stress).times(lossShare), usedStress: true } : undefined;
}
