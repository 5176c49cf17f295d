import type { ScoringClause, TargetClause, Tier } from '../language/generated/ast.js';
import type { Decimal } from './decimal.js';
import type { DurationValue } from './duration.js';
import { readNumber, readPercent, readYear } from './literals.js';
import type { Percent } from './money.js';
import { Period, type YearLabel } from './period.js';
import { findYear, type ContractYear, type TermModel } from './term.js';

export interface TierModel {
    node: Tier;
    level?: Decimal;
    payout?: Percent;
}

export interface TargetModel {
    node: TargetClause;
    label: string;
    year?: YearLabel;
    threshold?: Decimal;
    full?: Decimal;
    stretch?: Decimal;
    /** The year's tiers, or the `scoring tiered {…}` default. */
    tiers: TierModel[];
    /** True when the tiers are the target's own, false when they are the scoring default (or absent). */
    ownTiers: boolean;
    maintain: boolean;
    /**
     * T1, the level that earns the full weight: `full`, or for tiered scoring the best tier level in the
     * outcome's direction (the top tier).
     */
    goal?: Decimal;
    /** goal − baseline in the outcome's direction: positive improves, zero maintains, negative worsens. */
    improvement?: Decimal;
    /** The performance period measured for this year: the contract year, or the rolling window ending with it. */
    measurement?: Period;
    /** The contract year, when the label is one. */
    contractYear?: ContractYear;
    /** Parameters the scoring method needs for this year and the target lacks (V-38): threshold, full, tiers. */
    missing: string[];
}

export type WindowModel = { kind: 'contract_year' } | { kind: 'rolling'; duration: DurationValue };

export function tierModel(t: Tier): TierModel {
    return { node: t, level: readNumber(t.level), payout: readPercent(t.payout) };
}

export function buildTarget(node: TargetClause, defaultTiers: TierModel[], method: ScoringClause['method'] | undefined,
    direction: 'higher' | 'lower' | undefined, baseline: Decimal | undefined, window: WindowModel, term: TermModel | undefined): TargetModel {
    const tiers = node.hasTiers ? node.tiers.map(tierModel) : defaultTiers;
    const year = readYear(node.year);
    const contractYear = findYear(term, node.year);
    const full = readNumber(node.full);
    const goal = method === 'tiered' ? topTier(tiers, direction) : full;
    const improvement = goal && baseline && direction ? (direction === 'higher' ? goal.minus(baseline) : baseline.minus(goal)) : undefined;
    return {
        node,
        label: node.year,
        year,
        threshold: readNumber(node.threshold),
        full,
        stretch: readNumber(node.stretch),
        tiers,
        ownTiers: node.hasTiers,
        maintain: node.maintain,
        goal,
        improvement,
        measurement: measurementPeriod(year, contractYear, window),
        contractYear,
        missing: missingParameters(node, method, tiers)
    };
}

/** The best tier level in the outcome's direction: the level that pays the most. */
function topTier(tiers: TierModel[], direction: 'higher' | 'lower' | undefined): Decimal | undefined {
    const levels = tiers.map(t => t.level).filter((l): l is Decimal => l !== undefined);
    if (levels.length === 0) {
        return undefined;
    }
    return levels.reduce((best, l) => (direction === 'lower' ? l.lessThan(best) : l.greaterThan(best)) ? l : best);
}

function missingParameters(node: TargetClause, method: ScoringClause['method'] | undefined, tiers: TierModel[]): string[] {
    switch (method) {
        case 'linear':
            return [node.threshold === undefined ? 'threshold' : undefined, node.full === undefined ? 'full' : undefined]
                .filter((m): m is string => m !== undefined);
        case 'all_or_nothing':
        case 'relative_improvement':
            return node.full === undefined ? ['full'] : [];
        case 'tiered':
            return tiers.length === 0 ? ['tiers'] : [];
        default:
            return [];
    }
}

/**
 * The period a target year measures: the contract year (the part inside the term), or for a rolling
 * window the window of that length ending when the year ends (which may start before the term, V-05).
 */
function measurementPeriod(year: YearLabel | undefined, contractYear: ContractYear | undefined, window: WindowModel): Period | undefined {
    const yearPeriod = contractYear?.period ?? year?.period;
    if (!yearPeriod) {
        return undefined;
    }
    if (window.kind === 'contract_year') {
        return yearPeriod;
    }
    const end = yearPeriod.end;
    const d = window.duration;
    const start = d.unit === 'months' ? end.addMonths(-d.value)
        : d.unit === 'years' ? end.addMonths(-12 * d.value)
            : d.unit === 'weeks' ? end.addDays(-7 * d.value)
                : d.unit === 'hours' ? end.addDays(-Math.ceil(d.value / 24))
                    // Working days are rare for measurement windows; counting calendar days errs towards the longer window.
                    : end.addDays(-d.value);
    return new Period(start, end);
}
