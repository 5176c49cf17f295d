import type { BaseClause, Bonus, Contract, UnearnedClause, Withhold, WithholdPhase } from '../language/generated/ast.js';
import {
    isBaseClause, isBonus, isCorridor, isGate, isMarginalRate, isPayment, isPenalty, isSettleClause,
    isSharedSavings, isUnearnedClause, isWithhold
} from '../language/generated/ast.js';
import { clauseOf, clausesOf } from './clauses.js';
import { Decimal, ZERO, roundTo, type RoundingMode } from './decimal.js';
import { readMoney, readPercent } from './literals.js';
import { Money, Percent } from './money.js';
import type { BudgetModel } from './budget.js';
import type { OutcomeModel, PotModel } from './outcomes.js';
import type { PopulationModel } from './population.js';
import { buildCorridor, type CorridorModel, type CorridorTarget } from './payment-corridor.js';
import { buildSettle, type SettleModel } from './payment-schedule.js';
import { buildGate, buildMarginalRate, buildPenalty, type GateModel, type MarginalRateModel, type PenaltyModel } from './payment-terms.js';
import { buildSharedSavings, type SharedSavingsModel } from './payment-savings.js';
import { findYear, type ContractYear, type TermModel } from './term.js';

export type { BandEdges, CorridorBandModel, CorridorListModel, CorridorModel, CorridorTarget } from './payment-corridor.js';
export type { DataArrival, SettleModel, SettlementYearModel } from './payment-schedule.js';
export type {
    BenchmarkModel, LossCapModel, RateThresholdModel, SharedSavingsModel, SizeBasedRate, SizeBasedRow, YearAmount
} from './payment-savings.js';
export { SIZE_BASED_MSR_TABLE, sizeBasedRate } from './payment-savings.js';
export type { GateModel, GateSubjectModel, MarginalRateModel, PenaltyModel } from './payment-terms.js';

export type BaseKind = BaseClause['kind'];

export interface RoundingModel {
    mode: RoundingMode;
    unit: Decimal;
    applyAt: 'line' | 'total';
}

export interface WithholdYearModel {
    node: WithholdPhase;
    label: string;
    year?: ContractYear;
    rate?: Percent;
    /** What the rate applies to in that year (the year's budget for capitation and contract value). */
    base?: Money;
    /** round(rate × base). */
    amount?: Money;
    /** Final when the base is a stated amount; indicative for formula years. */
    final: boolean;
    /** (base − withheld) / 12, for monthly payment. */
    monthlyPayment?: Money;
    /** round(withheld × weight) per outcome of the pot. */
    perOutcome: { outcome: OutcomeModel; weight: Percent; amount: Money }[];
}

export interface WithholdModel {
    node: Withhold;
    pot?: PotModel;
    base: string;
    cash: 'withheld_then_released' | 'paid_in_advance_with_clawback' | 'paid_in_arrears';
    years: WithholdYearModel[];
    /** Contract years the phasing does not list, in term order (V-30). */
    missingYears: ContractYear[];
}

export interface BonusYearModel {
    label: string;
    year: ContractYear;
    /** What a percentage bonus applies to in the year. */
    base?: Money;
    /** The fixed amount, or round(rate × base). */
    amount?: Money;
    /** The cap amount, or round(cap rate × cap base). */
    cap?: Money;
    /** The most the bonus can pay in the year: min(amount, cap). */
    maximum?: Money;
    /** Final when every base it reads is a stated amount. */
    final: boolean;
}

export interface BonusModel {
    node: Bonus;
    pot?: PotModel;
    /** `bonus MONEY per year`. */
    amount?: Money;
    /** `bonus PERCENT of BaseKind`. */
    rate?: Percent;
    base?: BaseKind;
    cap?: { amount?: Money; rate?: Percent; base?: BaseKind };
    /** One entry per non-shadow contract year (shadow years pay nothing). */
    years: BonusYearModel[];
}

/** V-29: capitation and the incentives paid on top of it in one year. */
export interface IncentiveYearModel {
    label: string;
    capitation: Money;
    /** Σ bonus maxima of the year. */
    incentives: Money;
    /** capitation + incentives. */
    total: Money;
    /** total / capitation. */
    share: Percent;
}

/** V-30: the at-risk components of one base in one year. */
export interface AtRiskYearModel {
    label: string;
    base: string;
    components: { withhold: WithholdModel; phase: WithholdYearModel; rate: Percent }[];
    total: Percent;
}

export interface PaymentModel {
    base?: { node: BaseClause; kind: string; amount?: Money; frequency: BaseClause['frequency'] };
    withholds: WithholdModel[];
    bonuses: BonusModel[];
    /** Per non-shadow year when the contract pays capitation and has bonuses. */
    incentives: IncentiveYearModel[];
    /** Per year and base, the withholds at risk (years with at least one phase). */
    atRisk: AtRiskYearModel[];
    sharedSavings?: SharedSavingsModel;
    corridor?: CorridorModel;
    marginalRates: MarginalRateModel[];
    gates: GateModel[];
    unearned?: { node: UnearnedClause; rule: UnearnedClause['rule']; purpose?: string };
    penalties: PenaltyModel[];
    settle?: SettleModel;
}

const DEFAULT_ROUNDING: RoundingModel = { mode: 'half_up', unit: new Decimal('0.01'), applyAt: 'line' };

export function buildPayment(contract: Contract, budget: BudgetModel, pots: PotModel[], term: TermModel | undefined,
    rounding: RoundingModel | undefined, population?: PopulationModel): PaymentModel {
    const payment = contract.members.find(isPayment);
    const baseNode = clauseOf(payment, isBaseClause);
    const base = baseNode ? { node: baseNode, kind: baseNode.kind, amount: readMoney(baseNode.amount), frequency: baseNode.frequency } : undefined;
    const r = rounding ?? DEFAULT_ROUNDING;
    const baseFor = (kind: string, label: string) => baseAmount(kind, label, budget, base?.amount);
    const withholds = clausesOf(payment, isWithhold).map(node => {
        const pot = pots.find(p => p.node === node.pot?.ref);
        const listed = new Set(node.phases.map(p => p.year));
        return {
            node,
            pot,
            base: node.base,
            cash: node.cash ?? 'withheld_then_released',
            years: node.phases.map(phase => withholdYear(phase, node.base, pot, baseFor(node.base, phase.year), term, r)),
            missingYears: (term?.years ?? []).filter(y => !listed.has(y.label))
        };
    });
    const bonuses = clausesOf(payment, isBonus).map(node => buildBonus(node, pots, term, baseFor, r));
    const sharedSavingsNode = clauseOf(payment, isSharedSavings);
    const sharedSavings = sharedSavingsNode
        ? buildSharedSavings(sharedSavingsNode, term, population?.population?.size) : undefined;
    const corridorNode = clauseOf(payment, isCorridor);
    const outcomes = pots.flatMap(p => p.outcomes);
    const settleNode = clauseOf(payment, isSettleClause);
    const unearned = clauseOf(payment, isUnearnedClause);
    const paysCapitation = base?.kind === 'capitation' || !!budget.capitation;
    return {
        base,
        withholds,
        bonuses,
        incentives: paysCapitation ? incentivesByYear(bonuses, budget) : [],
        atRisk: atRiskByYear(withholds),
        sharedSavings,
        corridor: corridorNode ? buildCorridor(corridorNode, corridorTargets(corridorNode.on, term, budget, sharedSavings)) : undefined,
        marginalRates: clausesOf(payment, isMarginalRate).map(buildMarginalRate),
        gates: clausesOf(payment, isGate).map(node => buildGate(node, pots, outcomes)),
        unearned: unearned && { node: unearned, rule: unearned.rule, purpose: unearned.purpose },
        penalties: clausesOf(payment, isPenalty).map(buildPenalty),
        settle: settleNode ? buildSettle(settleNode, term, outcomes) : undefined
    };
}

/** What a percentage of `kind` applies to in a year: the stated block amount, else the year's budget. */
function baseAmount(kind: string, label: string, budget: BudgetModel, blockAmount: Money | undefined): { amount?: Money; final: boolean } {
    const budgetYear = budget.years.find(y => y.label === label);
    if (kind === 'block' && blockAmount) {
        return { amount: blockAmount, final: true };
    }
    return { amount: budgetYear?.amount, final: budgetYear?.final ?? false };
}

function withholdYear(phase: WithholdPhase, baseKind: string, pot: PotModel | undefined, base: { amount?: Money; final: boolean },
    term: TermModel | undefined, rounding: RoundingModel): WithholdYearModel {
    const rate = readPercent(phase.rate);
    const amount = rate && base.amount ? roundMoney(base.amount.times(rate), rounding) : undefined;
    const perOutcome = amount && pot
        ? pot.outcomes.filter(o => o.weight).map(o => ({ outcome: o, weight: o.weight!, amount: roundMoney(amount.times(o.weight!), rounding) }))
        : [];
    return {
        node: phase,
        label: phase.year,
        year: findYear(term, phase.year),
        rate,
        base: base.amount,
        amount,
        final: baseKind === 'block' ? true : base.final,
        monthlyPayment: base.amount && amount ? roundMoney(base.amount.minus(amount).dividedBy(new Decimal(12)), rounding) : undefined,
        perOutcome
    };
}

function buildBonus(node: Bonus, pots: PotModel[], term: TermModel | undefined,
    baseFor: (kind: string, label: string) => { amount?: Money; final: boolean }, rounding: RoundingModel): BonusModel {
    const amount = readMoney(node.amount);
    const rate = readPercent(node.rate);
    const capAmount = readMoney(node.capAmount);
    const capRate = readPercent(node.capRate);
    const cap = node.capAmount || node.capRate ? { amount: capAmount, rate: capRate, base: node.capBase } : undefined;
    const years = (term?.years ?? []).filter(y => !y.shadow).map((year): BonusYearModel => {
        const base = node.base ? baseFor(node.base, year.label) : { final: true };
        const capBase = node.capBase ? baseFor(node.capBase, year.label) : { final: true };
        const yearAmount = amount ?? (rate && base.amount ? roundMoney(base.amount.times(rate), rounding) : undefined);
        const yearCap = cap ? capAmount ?? (capRate && capBase.amount ? roundMoney(capBase.amount.times(capRate), rounding) : undefined) : undefined;
        const maximum = yearAmount && (cap ? yearCap && minMoney(yearAmount, yearCap) : yearAmount);
        return {
            label: year.label,
            year,
            base: base.amount,
            amount: yearAmount,
            cap: yearCap,
            maximum,
            final: base.final && capBase.final
        };
    });
    return { node, pot: pots.find(p => p.node === node.pot?.ref), amount, rate, base: node.base, cap, years };
}

function minMoney(a: Money, b: Money): Money {
    return a.currency === b.currency && b.amount.lessThan(a.amount) ? b : a;
}

function incentivesByYear(bonuses: BonusModel[], budget: BudgetModel): IncentiveYearModel[] {
    if (bonuses.length === 0) {
        return [];
    }
    const labels = [...new Set(bonuses.flatMap(b => b.years.map(y => y.label)))];
    return labels.flatMap(label => {
        const capitation = budget.years.find(y => y.label === label)?.amount;
        const maxima = bonuses.map(b => b.years.find(y => y.label === label)?.maximum);
        if (!capitation || capitation.isZero() || maxima.some(m => !m || m.currency !== capitation.currency)) {
            return [];
        }
        const incentives = maxima.reduce<Money>((sum, m) => sum.plus(m!), Money.zero(capitation.currency));
        const total = capitation.plus(incentives);
        return [{ label, capitation, incentives, total, share: Percent.fromFraction(total.amount.dividedBy(capitation.amount)) }];
    });
}

function atRiskByYear(withholds: WithholdModel[]): AtRiskYearModel[] {
    const groups = new Map<string, AtRiskYearModel>();
    for (const withhold of withholds) {
        for (const phase of withhold.years) {
            if (!phase.rate) {
                continue;
            }
            const key = `${phase.label}\u0000${withhold.base}`;
            const group = groups.get(key) ?? { label: phase.label, base: withhold.base, components: [], total: new Percent(ZERO) };
            group.components.push({ withhold, phase, rate: phase.rate });
            group.total = new Percent(group.total.value.plus(phase.rate.value));
            groups.set(key, group);
        }
    }
    return [...groups.values()];
}

function corridorTargets(on: string, term: TermModel | undefined, budget: BudgetModel, savings: SharedSavingsModel | undefined): CorridorTarget[] {
    if (on === 'benchmark') {
        return savings?.benchmark?.years ?? [];
    }
    return (term?.years ?? []).flatMap(year => {
        const amount = budget.years.find(y => y.label === year.label)?.amount;
        return amount ? [{ label: year.label, year, amount }] : [];
    });
}

export function roundMoney(money: Money, rounding: RoundingModel): Money {
    return new Money(roundTo(money.amount, rounding.unit, rounding.mode), money.currency);
}
