/**
 * §8 step 7: the year-end money movements, each with its direction, and the net to the provider:
 * earned + bonus + shared savings + commissioner's deficit share − shared losses − commissioner's
 * surplus recovery − marginal-rate refunds − penalties. In a shadow year every flow is 0.
 */
import { parseDecimal } from '../model/decimal.js';
import { Money, type Currency } from '../model/money.js';
import type { CorridorResult } from './corridor.js';
import { moneyJson } from './json-values.js';
import type { PotResult } from './pots.js';
import type { SharedSavingsResult } from './shared-savings.js';
import type { BonusStatementJson, FlowJson, FlowKind, MarginalRateStatementJson, PenaltyStatementJson } from './statement-json.js';

/** The settled components the flows are drawn from. */
export interface FlowInputs {
    currency: Currency;
    shadow: boolean;
    pots: readonly PotResult[];
    bonuses: readonly BonusStatementJson[];
    sharedSavings: SharedSavingsResult | null;
    corridor: CorridorResult | null;
    marginalRates: readonly MarginalRateStatementJson[];
    penalties: readonly PenaltyStatementJson[];
}

/** Lists every flow and nets them. */
export function collectFlows(inputs: FlowInputs): { flows: FlowJson[]; net: Money } {
    const flows: { kind: FlowKind; item: string; toProvider: boolean; amount: Money }[] = [];
    const add = (kind: FlowKind, item: string, toProvider: boolean, amount: Money): void => {
        flows.push({ kind, item, toProvider, amount: inputs.shadow ? Money.zero(inputs.currency) : amount });
    };
    const money = (amount: string): Money => new Money(parseDecimal(amount), inputs.currency);

    for (const pot of inputs.pots) {
        add('earned_withhold', `${pot.id} earned withhold`, true, pot.earned);
    }
    for (const bonus of inputs.bonuses) {
        add('bonus', `${bonus.pot} bonus`, true, money(bonus.amount.amount));
    }
    const ss = inputs.sharedSavings;
    if (ss && ss.side === 'savings') {
        add('shared_savings', 'shared savings', true, ss.amount);
    } else if (ss && ss.side === 'losses') {
        add('shared_losses', 'shared losses', false, ss.amount);
    }
    const corridor = inputs.corridor;
    if (corridor && corridor.side === 'deficit') {
        add('corridor_deficit', 'corridor: commissioner funds its share of the deficit', true, corridor.commissioner);
    } else if (corridor && corridor.side === 'surplus') {
        add('corridor_surplus', 'corridor: commissioner recovers its share of the surplus', false, corridor.commissioner);
    }
    for (const m of inputs.marginalRates) {
        add('marginal_rate', `marginal rate refund above ${m.baseline} ${m.unit}`, false, money(m.reduction.amount));
    }
    for (const p of inputs.penalties) {
        add('penalty', `penalty: ${p.title}`, false, money(p.total.amount));
    }

    const net = flows.reduce((sum, f) => (f.toProvider ? sum.plus(f.amount) : sum.minus(f.amount)), Money.zero(inputs.currency));
    return {
        flows: flows.map(f => ({
            kind: f.kind,
            item: f.item,
            from: f.toProvider ? 'commissioner' : 'provider',
            to: f.toProvider ? 'provider' : 'commissioner',
            amount: moneyJson(f.amount)
        })),
        net
    };
}
