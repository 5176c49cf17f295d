import type { AstNode } from 'langium';
import type { BaselineClause, Contract, Metric, Outcome, Pot, ScoringClause, TargetClause, Tier } from '../language/generated/ast.js';
import {
    isBaselineClause, isDenominatorClause, isDirectionClause, isDriversClause, isPot, isScoringClause, isSourceClause,
    isTargetClause, isUnitClause, isUsesClause, isWeightClause, isWindowClause, isTypeClause
} from '../language/generated/ast.js';
import { clausesOf } from './clauses.js';
import { ZERO, type Decimal } from './decimal.js';
import { readDuration, type DurationValue } from './duration.js';
import { readCount, readNumber, readPercent, readYear } from './literals.js';
import { Percent } from './money.js';
import { Period, type YearLabel } from './period.js';
import type { CohortModel, PopulationModel } from './population.js';

export interface TierModel {
    node: Tier;
    level?: Decimal;
    payout?: Percent;
}

export interface TargetModel {
    node: TargetClause;
    label: string;
    threshold?: Decimal;
    full?: Decimal;
    stretch?: Decimal;
    /** The year's tiers, or the `scoring tiered {…}` default. */
    tiers: TierModel[];
    maintain: boolean;
}

export interface BaselineModel {
    node: BaselineClause;
    value?: Decimal;
    from?: YearLabel;
    to?: YearLabel;
    /** [start of the first year, end of the last). */
    period?: Period;
    n?: Decimal;
    events?: Decimal;
}

export type WindowModel = { kind: 'contract_year' } | { kind: 'rolling'; duration: DurationValue };

export interface OutcomeModel {
    name: string;
    node: Outcome;
    pot: PotModel;
    /** The library metric it `uses`, when resolved. */
    metric?: Metric;
    type?: string;
    unit?: string;
    direction?: 'higher' | 'lower';
    scoring?: ScoringClause;
    weight?: Percent;
    baseline?: BaselineModel;
    targets: TargetModel[];
    window: WindowModel;
    source?: { national: boolean; name: string; lag?: DurationValue };
    denominator?: CohortModel;
    /** Names of the services declared as drivers; empty when none are declared (default: all in scope). */
    drivers: string[];
}

export interface PotModel {
    name: string;
    node: Pot;
    outcomes: OutcomeModel[];
    /** Σ weights, counting only outcomes that declare one. */
    weightTotal: Percent;
}

/**
 * The clauses that govern an outcome: its own, then those inherited from the library metric it uses
 * (LANGUAGE.md §3.12: an outcome inherits the metric's clauses and may restate them).
 */
export function effectiveClauses(outcome: Outcome): AstNode[] {
    const metric = outcome.clauses.find(isUsesClause)?.metric?.ref;
    return metric ? [...outcome.clauses, ...metric.clauses] : [...outcome.clauses];
}

export function buildPots(contract: Contract, population: PopulationModel): PotModel[] {
    return contract.members.filter(isPot).map(node => {
        const pot: PotModel = { name: node.name, node, outcomes: [], weightTotal: new Percent(ZERO) };
        pot.outcomes = node.outcomes.map(o => buildOutcome(o, pot, population));
        pot.weightTotal = new Percent(pot.outcomes.reduce((sum, o) => sum.plus(o.weight?.value ?? ZERO), ZERO));
        return pot;
    });
}

function buildOutcome(node: Outcome, pot: PotModel, population: PopulationModel): OutcomeModel {
    const block = { clauses: effectiveClauses(node) };
    const first = <T extends AstNode>(is: (n: unknown) => n is T) => clausesOf(block, is)[0];
    const scoring = first(isScoringClause);
    const defaultTiers = scoring?.tiers ?? [];
    const windowClause = first(isWindowClause);
    const rolling = windowClause?.rolling ? readDuration(windowClause.rolling) : undefined;
    const source = first(isSourceClause);
    const denominatorNode = first(isDenominatorClause)?.cohort?.ref;
    return {
        name: node.name,
        node,
        pot,
        metric: first(isUsesClause)?.metric?.ref,
        type: first(isTypeClause)?.value,
        unit: first(isUnitClause)?.value,
        direction: first(isDirectionClause)?.value,
        scoring,
        weight: readPercent(first(isWeightClause)?.weight),
        baseline: buildBaseline(first(isBaselineClause)),
        targets: clausesOf({ clauses: node.clauses }, isTargetClause).map(t => buildTarget(t, defaultTiers)),
        window: rolling ? { kind: 'rolling', duration: rolling } : { kind: 'contract_year' },
        source: source ? { national: source.national, name: source.name, lag: readDuration(source.lag) } : undefined,
        denominator: denominatorNode ? population.all.find(c => c.node === denominatorNode) : undefined,
        drivers: first(isDriversClause)?.services.map(s => s.$refText) ?? []
    };
}

function buildBaseline(node: BaselineClause | undefined): BaselineModel | undefined {
    if (!node) {
        return undefined;
    }
    const from = readYear(node.year);
    const to = node.toYear ? readYear(node.toYear) : from;
    return {
        node,
        value: readNumber(node.value),
        from,
        to,
        period: from && to ? new Period(from.period.start, to.period.end) : undefined,
        n: readCount(node.n),
        events: readNumber(node.events)
    };
}

function buildTarget(node: TargetClause, defaultTiers: Tier[]): TargetModel {
    const tiers = node.hasTiers ? node.tiers : defaultTiers;
    return {
        node,
        label: node.year,
        threshold: readNumber(node.threshold),
        full: readNumber(node.full),
        stretch: readNumber(node.stretch),
        tiers: tiers.map(t => ({ node: t, level: readNumber(t.level), payout: readPercent(t.payout) })),
        maintain: node.maintain
    };
}

/** Clauses that only the contract may state; a library metric must not (LANGUAGE.md §3.12). */
export const CONTRACT_ONLY_OUTCOME_CLAUSES = [
    'DenominatorClause', 'WeightClause', 'BaselineClause', 'TargetClause', 'DriversClause', 'MustPassClause'
] as const;
