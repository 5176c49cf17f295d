import type {
    BenchmarkClause, LossCap, LossCapClause, LossShareClause, MlrClause, MsrClause, SavingsCapClause, SavingsShareClause,
    SharedSavings, SidednessClause
} from '../language/generated/ast.js';
import {
    isBenchmarkClause, isLossCapClause, isLossShareClause, isMlrClause, isMsrClause, isQualityScalingClause, isSavingsCapClause,
    isSavingsShareClause, isShareBasisClause, isSidednessClause
} from '../language/generated/ast.js';
import { clauseOf } from './clauses.js';
import { Decimal, ONE } from './decimal.js';
import { readMoney, readPercent, readYear } from './literals.js';
import { Percent, type Money } from './money.js';
import type { YearLabel } from './period.js';
import type { ContractYear, TermModel } from './term.js';

/** One row of the MSSP size-based MSR table (LANGUAGE.md §8): the rate falls linearly from `from` at `lo` to `to` at `hi`. */
export interface SizeBasedRow {
    lo: number;
    /** Where the next row starts; undefined for the open 60,000+ row. */
    hi?: number;
    from: Percent;
    to: Percent;
}

/**
 * The §8 table. A row written `5,000–5,999` covers [5,000, 6,000): its high-end rate is reached where the next row
 * starts, so the rate is continuous, every value is a terminating decimal, and 7,500 gives the 3.3% of the source.
 */
export const SIZE_BASED_MSR_TABLE: readonly SizeBasedRow[] = [
    row(5_000, 6_000, '3.9', '3.6'),
    row(6_000, 7_000, '3.6', '3.4'),
    row(7_000, 8_000, '3.4', '3.2'),
    row(8_000, 9_000, '3.2', '3.1'),
    row(9_000, 10_000, '3.1', '3.0'),
    row(10_000, 15_000, '3.0', '2.7'),
    row(15_000, 20_000, '2.7', '2.5'),
    row(20_000, 50_000, '2.5', '2.2'),
    row(50_000, 60_000, '2.2', '2.0'),
    row(60_000, undefined, '2.0', '2.0')
];

function row(lo: number, hi: number | undefined, from: string, to: string): SizeBasedRow {
    return { lo, hi, from: new Percent(new Decimal(from)), to: new Percent(new Decimal(to)) };
}

/** The size-based MSR (or MLR) for a population, and where in the table it was read. */
export interface SizeBasedRate {
    lives: Decimal;
    /**
     * The size the table was read at: `lives`, or 5,000 below the table. Under 5,000 MSSP's MSR rises towards
     * 12.2% with no published table, so the 5,000 value is the least it can be.
     */
    at: Decimal;
    belowTable: boolean;
    rate: Percent;
    row: SizeBasedRow;
}

/** `MSR(n) = m_lo − (m_lo − m_hi)(n − n_lo)/(n_hi − n_lo)` over the §8 table, exact. */
export function sizeBasedRate(lives: Decimal): SizeBasedRate {
    const first = SIZE_BASED_MSR_TABLE[0]!;
    const belowTable = lives.lessThan(first.lo);
    const at = belowTable ? new Decimal(first.lo) : lives;
    const found = [...SIZE_BASED_MSR_TABLE].reverse().find(r => at.greaterThanOrEqualTo(r.lo))!;
    if (found.hi === undefined) {
        return { lives, at, belowTable, rate: found.from, row: found };
    }
    const drop = found.from.value.minus(found.to.value).times(at.minus(found.lo)).dividedBy(found.hi - found.lo);
    return { lives, at, belowTable, rate: new Percent(found.from.value.minus(drop)), row: found };
}

/** `msr 2%` or `msr size_based`, with the rate in force for the contract's population. */
export interface RateThresholdModel {
    node: MsrClause | MlrClause;
    kind: 'fixed' | 'size_based';
    /** The fixed rate, or the size-based rate at the population size (undefined when the size is unknown). */
    rate?: Percent;
    /** The size-based rate for the population, whichever kind is written (V-31 compares a fixed MSR with it). */
    sizeBased?: SizeBasedRate;
}

/** An amount in each contract year, for benchmarks and caps that follow the benchmark. */
export interface YearAmount {
    label: string;
    year: ContractYear;
    amount: Money;
}

export interface BenchmarkModel {
    node: BenchmarkClause;
    perCapita: boolean;
    /** The amount as written: the total, or the amount per capita. */
    stated?: Money;
    yearLabel?: YearLabel;
    trend?: Percent;
    riskAdjusted: boolean;
    /** The benchmark in its own year: stated, or per capita × the population size. */
    total?: Money;
    /**
     * Indicative benchmark per contract year: total × (1 + trend)^(years after the benchmark year), before risk
     * adjustment; settlement may replace it with the published benchmark.
     */
    years: YearAmount[];
}

export interface LossCapModel {
    node: LossCap;
    rate?: Percent;
    of: 'benchmark' | 'revenue';
    /** rate × the year's benchmark, for caps on the benchmark; revenue caps depend on actual provider revenue. */
    years: YearAmount[];
}

export interface SharedSavingsModel {
    node: SharedSavings;
    benchmark?: BenchmarkModel;
    /** Default `one_sided`. */
    sided: 'one_sided' | 'two_sided';
    sidedNode?: SidednessClause;
    msr?: RateThresholdModel;
    mlr?: RateThresholdModel;
    /** Default `first_dollar`. */
    basis: 'first_dollar' | 'above_threshold';
    savingsShare?: { node: SavingsShareClause; rate?: Percent };
    lossShare?: { node: LossShareClause; rate?: Percent };
    /** `savings_cap PERCENT of benchmark`, with its amount per year. */
    savingsCap?: { node: SavingsCapClause; rate?: Percent; years: YearAmount[] };
    lossCapNode?: LossCapClause;
    lossCaps: LossCapModel[];
    qualityScaling: boolean;
    /** The population size that per-capita benchmarks and size-based rates read. */
    lives?: Decimal;
}

export function buildSharedSavings(node: SharedSavings, term: TermModel | undefined, lives: Decimal | undefined): SharedSavingsModel {
    const benchmark = buildBenchmark(clauseOf(node, isBenchmarkClause), term, lives);
    const perYear = (rate: Percent | undefined): YearAmount[] =>
        rate && benchmark ? benchmark.years.map(y => ({ ...y, amount: y.amount.times(rate) })) : [];
    const sidedNode = clauseOf(node, isSidednessClause);
    const savingsShare = clauseOf(node, isSavingsShareClause);
    const lossShare = clauseOf(node, isLossShareClause);
    const savingsCap = clauseOf(node, isSavingsCapClause);
    const lossCapNode = clauseOf(node, isLossCapClause);
    return {
        node,
        benchmark,
        sided: sidedNode?.value ?? 'one_sided',
        sidedNode,
        msr: threshold(clauseOf(node, isMsrClause), lives),
        mlr: threshold(clauseOf(node, isMlrClause), lives),
        basis: clauseOf(node, isShareBasisClause)?.value ?? 'first_dollar',
        savingsShare: savingsShare && { node: savingsShare, rate: readPercent(savingsShare.rate) },
        lossShare: lossShare && { node: lossShare, rate: readPercent(lossShare.rate) },
        savingsCap: savingsCap && { node: savingsCap, rate: readPercent(savingsCap.rate), years: perYear(readPercent(savingsCap.rate)) },
        lossCapNode,
        lossCaps: (lossCapNode?.caps ?? []).map(cap => {
            const rate = readPercent(cap.rate);
            return { node: cap, rate, of: cap.of, years: cap.of === 'benchmark' ? perYear(rate) : [] };
        }),
        qualityScaling: !!clauseOf(node, isQualityScalingClause),
        lives
    };
}

function threshold(node: MsrClause | MlrClause | undefined, lives: Decimal | undefined): RateThresholdModel | undefined {
    if (!node) {
        return undefined;
    }
    const sizeBased = lives ? sizeBasedRate(lives) : undefined;
    return node.sizeBased
        ? { node, kind: 'size_based', rate: sizeBased?.rate, sizeBased }
        : { node, kind: 'fixed', rate: readPercent(node.rate), sizeBased };
}

function buildBenchmark(node: BenchmarkClause | undefined, term: TermModel | undefined, lives: Decimal | undefined): BenchmarkModel | undefined {
    if (!node) {
        return undefined;
    }
    const stated = readMoney(node.amount);
    const yearLabel = readYear(node.year);
    const trend = readPercent(node.trend);
    const total = node.perCapita ? (stated && lives ? stated.times(lives) : undefined) : stated;
    const growth = ONE.plus(trend?.fraction ?? 0);
    const years = total && yearLabel
        ? (term?.years ?? []).flatMap(year => {
            const elapsed = (readYear(year.label)?.startYear ?? yearLabel.startYear) - yearLabel.startYear;
            return elapsed < 0 ? [] : [{ label: year.label, year, amount: total.times(growth.pow(elapsed)) }];
        })
        : [];
    return { node, perCapita: node.perCapita, stated, yearLabel, trend, riskAdjusted: node.riskAdjusted, total, years };
}
