import type { BaseClause, Contract, Withhold, WithholdPhase } from '../language/generated/ast.js';
import { isBaseClause, isPayment, isWithhold } from '../language/generated/ast.js';
import { clauseOf, clausesOf } from './clauses.js';
import { Decimal, roundTo, type RoundingMode } from './decimal.js';
import { readMoney, readPercent } from './literals.js';
import { Money, type Percent } from './money.js';
import type { BudgetModel } from './budget.js';
import type { OutcomeModel, PotModel } from './outcomes.js';
import { findYear, type ContractYear, type TermModel } from './term.js';

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
}

export interface PaymentModel {
    base?: { node: BaseClause; kind: string; amount?: Money; frequency: BaseClause['frequency'] };
    withholds: WithholdModel[];
}

const DEFAULT_ROUNDING: RoundingModel = { mode: 'half_up', unit: new Decimal('0.01'), applyAt: 'line' };

export function buildPayment(contract: Contract, budget: BudgetModel, pots: PotModel[], term: TermModel | undefined,
    rounding: RoundingModel | undefined): PaymentModel {
    const payment = contract.members.find(isPayment);
    const baseNode = clauseOf(payment, isBaseClause);
    const base = baseNode ? { node: baseNode, kind: baseNode.kind, amount: readMoney(baseNode.amount), frequency: baseNode.frequency } : undefined;
    const r = rounding ?? DEFAULT_ROUNDING;
    return {
        base,
        withholds: clausesOf(payment, isWithhold).map(node => {
            const pot = pots.find(p => p.node === node.pot?.ref);
            return {
                node,
                pot,
                base: node.base,
                cash: node.cash ?? 'withheld_then_released',
                years: node.phases.map(phase => withholdYear(phase, node.base, pot, budget, base?.amount, term, r))
            };
        })
    };
}

function withholdYear(phase: WithholdPhase, baseKind: string, pot: PotModel | undefined, budget: BudgetModel,
    blockAmount: Money | undefined, term: TermModel | undefined, rounding: RoundingModel): WithholdYearModel {
    const rate = readPercent(phase.rate);
    const budgetYear = budget.years.find(y => y.label === phase.year);
    const base = baseKind === 'block' ? blockAmount ?? budgetYear?.amount : budgetYear?.amount;
    const amount = rate && base ? roundMoney(base.times(rate), rounding) : undefined;
    const perOutcome = amount && pot
        ? pot.outcomes.filter(o => o.weight).map(o => ({ outcome: o, weight: o.weight!, amount: roundMoney(amount.times(o.weight!), rounding) }))
        : [];
    return {
        node: phase,
        label: phase.year,
        year: findYear(term, phase.year),
        rate,
        base,
        amount,
        final: baseKind === 'block' ? true : budgetYear?.final ?? false,
        monthlyPayment: base && amount ? roundMoney(base.minus(amount).dividedBy(new Decimal(12)), rounding) : undefined,
        perOutcome
    };
}

export function roundMoney(money: Money, rounding: RoundingModel): Money {
    return new Money(roundTo(money.amount, rounding.unit, rounding.mode), money.currency);
}
