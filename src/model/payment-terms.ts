import type { Gate, MarginalRate, Penalty } from '../language/generated/ast.js';
import { isOutcome, isPot } from '../language/generated/ast.js';
import type { Decimal } from './decimal.js';
import { readCount, readMoney, readNumber, readPercent, readYear } from './literals.js';
import type { Money, Percent } from './money.js';
import type { OutcomeModel, PotModel } from './outcomes.js';
import type { YearLabel } from './period.js';

export interface MarginalRateModel {
    node: MarginalRate;
    rate?: Percent;
    /** `above 1,850 admissions`: a volume baseline. */
    volume?: Decimal;
    unit?: MarginalRate['unit'];
    /** `above £…`: a value baseline. */
    value?: Money;
    /** The baseline year. */
    label: string;
    baselineYear?: YearLabel;
    rebase?: MarginalRate['rebase'];
}

export type GateSubjectModel = { kind: 'pot'; name: string; pot: PotModel } | { kind: 'outcome'; name: string; outcome: OutcomeModel };

export interface GateModel {
    node: Gate;
    target: Gate['component'];
    /** `gate surplus above 2%`: the gate applies to the provider's surplus share beyond this deviation. */
    above?: Percent;
    subject?: GateSubjectModel;
    measure: Gate['measure'];
    op: Gate['op'];
    /**
     * The threshold on the measure's scale: composite and score 0–1 (a written percent is divided by 100);
     * value in the outcome's unit (a written percent is read as its number: `60%` → 60).
     */
    threshold?: Decimal;
    /** The threshold as written. */
    written: string;
}

export interface PenaltyModel {
    node: Penalty;
    title: string;
    amount?: Money;
    per: Penalty['per'];
    cap?: Money;
}

export function buildPenalty(node: Penalty): PenaltyModel {
    return { node, title: node.title, amount: readMoney(node.amount), per: node.per, cap: readMoney(node.cap) };
}

export function buildMarginalRate(node: MarginalRate): MarginalRateModel {
    return {
        node,
        rate: readPercent(node.rate),
        volume: readCount(node.volume),
        unit: node.unit,
        value: readMoney(node.value),
        label: node.year,
        baselineYear: readYear(node.year),
        rebase: node.rebase
    };
}

export function buildGate(node: Gate, pots: PotModel[], outcomes: OutcomeModel[]): GateModel {
    const ref = node.subject?.ref;
    const pot = isPot(ref) ? pots.find(p => p.node === ref) : undefined;
    const outcome = isOutcome(ref) ? outcomes.find(o => o.node === ref) : undefined;
    const subject: GateSubjectModel | undefined = pot ? { kind: 'pot', name: pot.name, pot }
        : outcome ? { kind: 'outcome', name: outcome.name, outcome } : undefined;
    const percent = readPercent(node.percent);
    const threshold = percent
        ? (node.measure === 'value' ? percent.value : percent.fraction)
        : readNumber(node.number);
    return {
        node,
        target: node.component,
        above: readPercent(node.above),
        subject,
        measure: node.measure,
        op: node.op,
        threshold,
        written: node.percent ?? node.number ?? ''
    };
}
