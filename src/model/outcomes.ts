import type { AstNode } from 'langium';
import type {
    BaselineClause, Contract, Metric, MinimumDenominatorClause, MustPassClause, Outcome, Pot, ScaleClause, ScoringClause, Service,
    WithholdPhase
} from '../language/generated/ast.js';
import {
    isAllowMultiPotClause, isBaselineClause, isDefinitionClause, isDenominatorClause, isDirectionClause, isDriversClause,
    isMinimumDenominatorClause, isMustPassClause, isNumeratorClause, isPayment, isPot, isProvisionClause, isScaleClause,
    isScoringClause, isSourceClause, isTargetClause, isTypeClause, isUnitClause, isUsesClause, isWeightClause, isWindowClause,
    isWithhold
} from '../language/generated/ast.js';
import { clauseOf, clausesOf } from './clauses.js';
import { HUNDRED, ZERO, type Decimal } from './decimal.js';
import { readDuration, type DurationValue } from './duration.js';
import { readCount, readNumber, readPercent, readYear } from './literals.js';
import { Percent } from './money.js';
import { assessReliability, type ReliabilityModel } from './outcome-reliability.js';
import { buildTarget, tierModel, type TargetModel, type TierModel, type WindowModel } from './outcome-targets.js';
import { Period, type YearLabel } from './period.js';
import { subsetProblem, type CohortModel, type PopulationModel } from './population.js';
import { buildTerm, findYear, type TermModel } from './term.js';

export type { ReliabilityModel, YearReliability } from './outcome-reliability.js';
export type { TargetModel, TierModel, WindowModel } from './outcome-targets.js';

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

export interface DriverModel {
    name: string;
    node?: Service;
    /** `provision commissioner_retained`: out of the provider's scope. */
    retained: boolean;
}

/** Why a denominator is not the population or a subset of it (V-44, V-11 along the chain). */
export type DenominatorProblem =
    | { kind: 'outside'; root: CohortModel }
    | { kind: 'age'; cohort: CohortModel; parent: CohortModel }
    | { kind: 'size'; cohort: CohortModel; parent: CohortModel };

export interface OutcomeModel {
    name: string;
    node: Outcome;
    pot: PotModel;
    /** The library metric it `uses`, when resolved. */
    metric?: Metric;
    /** True when `uses` names a metric that does not resolve (inherited clauses are unknown). */
    metricUnresolved: boolean;
    title?: string;
    /** `definition`, defaulting to the outcome's (or metric's) title. */
    definition?: string;
    numerator?: string;
    type?: string;
    unit?: string;
    scale?: { node: ScaleClause; lo?: Decimal; hi?: Decimal };
    direction?: 'higher' | 'lower';
    scoring?: ScoringClause;
    method?: ScoringClause['method'];
    /** The `scoring tiered {…}` default tiers. */
    defaultTiers: TierModel[];
    weight?: Percent;
    baseline?: BaselineModel;
    targets: TargetModel[];
    /** Targets in year order. */
    targetsByYear: TargetModel[];
    /** The first performance year: the earliest target year (used by V-06). */
    firstPerformance?: TargetModel;
    /** Whole years from the baseline's last year to the first performance year (V-06). */
    baselineAgeYears?: number;
    window: WindowModel;
    source?: { national: boolean; name: string; lag?: DurationValue };
    denominator?: CohortModel;
    denominatorProblem?: DenominatorProblem;
    minimumDenominator?: { node: MinimumDenominatorClause; value?: Decimal; unit: 'patients' | 'events' };
    mustPass?: { node: MustPassClause; at?: Decimal };
    allowMultiPot: boolean;
    /** Names of the services declared as drivers; empty when none are declared (default: all in scope). */
    drivers: string[];
    driverServices: DriverModel[];
    /** Required clauses the outcome lacks, after inheritance and defaults (V-38). */
    missing: string[];
    /** V-43: noise band against required change per target year. */
    reliability: ReliabilityModel;
}

export interface AtRiskYear {
    label: string;
    rate: Percent;
    node: WithholdPhase;
    shadow: boolean;
}

export interface PotModel {
    name: string;
    node: Pot;
    outcomes: OutcomeModel[];
    /** Σ weights, counting only outcomes that declare one. */
    weightTotal: Percent;
    /** The weight the last weighted outcome needs for the pot to sum to 100%. */
    weightRemainder?: Percent;
    /** Years with a withhold rate above 0% into this pot. */
    atRisk: AtRiskYear[];
}

const CLINICAL_TYPES = new Set(['outcome', 'proms', 'utilisation']);
const NO_DENOMINATOR_UNITS = new Set(['count', 'score']);

/** Types that count as a clinical outcome for a balanced pot (V-46). */
export function isClinicalType(type: string | undefined): boolean {
    return type !== undefined && CLINICAL_TYPES.has(type);
}

/**
 * The clauses that govern an outcome: its own, then those inherited from the library metric it uses
 * (LANGUAGE.md §3.12: an outcome inherits the metric's clauses and may restate them).
 */
export function effectiveClauses(outcome: Outcome): AstNode[] {
    const metric = clauseOf(outcome, isUsesClause)?.metric?.ref;
    return metric ? [...outcome.clauses, ...metric.clauses] : [...outcome.clauses];
}

export function buildPots(contract: Contract, population: PopulationModel, term: TermModel | undefined = buildTerm(contract)): PotModel[] {
    const atRiskByPot = atRiskYearsByPot(contract, term);
    const cohortsByNode = new Map<AstNode, CohortModel>();
    for (const cohort of population.all) {
        if (!cohortsByNode.has(cohort.node)) {
            cohortsByNode.set(cohort.node, cohort);
        }
    }
    return contract.members.filter(isPot).map(node => {
        const pot: PotModel = { name: node.name, node, outcomes: [], weightTotal: new Percent(ZERO), atRisk: atRiskByPot.get(node) ?? [] };
        pot.outcomes = node.outcomes.map(o => buildOutcome(o, pot, population, term, cohortsByNode));
        pot.weightTotal = new Percent(pot.outcomes.reduce((sum, o) => sum.plus(o.weight?.value ?? ZERO), ZERO));
        const weighted = pot.outcomes.filter(o => o.weight);
        const last = weighted[weighted.length - 1];
        if (last) {
            pot.weightRemainder = new Percent(HUNDRED.minus(pot.weightTotal.value).plus(last.weight!.value));
        }
        return pot;
    });
}

/** For each pot, the years with a withhold above 0% into it, in the order the withholds state them; read in one pass. */
function atRiskYearsByPot(contract: Contract, term: TermModel | undefined): Map<Pot, AtRiskYear[]> {
    const payment = contract.members.find(isPayment);
    const byPot = new Map<Pot, AtRiskYear[]>();
    for (const withhold of clausesOf(payment, isWithhold)) {
        const pot = withhold.pot?.ref;
        if (!pot) {
            continue;
        }
        let years = byPot.get(pot);
        if (!years) {
            years = [];
            byPot.set(pot, years);
        }
        for (const node of withhold.phases) {
            const rate = readPercent(node.rate);
            if (rate && rate.value.greaterThan(0)) {
                years.push({ node, label: node.year, rate, shadow: findYear(term, node.year)?.shadow ?? false });
            }
        }
    }
    return byPot;
}

function buildOutcome(node: Outcome, pot: PotModel, population: PopulationModel, term: TermModel | undefined,
    cohortsByNode: ReadonlyMap<AstNode, CohortModel>): OutcomeModel {
    const block = { clauses: effectiveClauses(node) };
    const first = <T extends AstNode>(is: (n: unknown) => n is T) => clauseOf(block, is);
    const uses = first(isUsesClause);
    const metric = uses?.metric?.ref;
    const scoring = first(isScoringClause);
    const defaultTiers = (scoring?.tiers ?? []).map(tierModel);
    const windowClause = first(isWindowClause);
    const rolling = windowClause?.rolling ? readDuration(windowClause.rolling) : undefined;
    const window: WindowModel = rolling ? { kind: 'rolling', duration: rolling } : { kind: 'contract_year' };
    const source = first(isSourceClause);
    const denominatorNode = first(isDenominatorClause)?.cohort?.ref;
    const denominator = denominatorNode ? cohortsByNode.get(denominatorNode) : undefined;
    const direction = first(isDirectionClause)?.value;
    const baseline = buildBaseline(first(isBaselineClause));
    const scale = first(isScaleClause);
    const minimum = first(isMinimumDenominatorClause);
    const mustPass = first(isMustPassClause);
    const unit = first(isUnitClause)?.value;
    const title = node.title ?? metric?.title;
    const targets = clausesOf({ clauses: node.clauses }, isTargetClause)
        .map(t => buildTarget(t, defaultTiers, scoring?.method, direction, baseline?.value, window, term));
    const targetsByYear = [...targets].sort((a, b) => (a.year?.period.start.dayNumber ?? 0) - (b.year?.period.start.dayNumber ?? 0));
    const firstPerformance = targetsByYear.find(t => t.year);
    const driverClause = first(isDriversClause);
    const outcome: OutcomeModel = {
        name: node.name,
        node,
        pot,
        metric,
        metricUnresolved: uses !== undefined && metric === undefined,
        title,
        definition: first(isDefinitionClause)?.text ?? title,
        numerator: first(isNumeratorClause)?.text,
        type: first(isTypeClause)?.value,
        unit,
        scale: scale ? { node: scale, lo: readNumber(scale.lo), hi: readNumber(scale.hi) } : undefined,
        direction,
        scoring,
        method: scoring?.method,
        defaultTiers,
        weight: readPercent(first(isWeightClause)?.weight),
        baseline,
        targets,
        targetsByYear,
        firstPerformance,
        baselineAgeYears: baseline?.to && firstPerformance?.year ? firstPerformance.year.startYear - baseline.to.startYear : undefined,
        window,
        source: source ? { national: source.national, name: source.name, lag: readDuration(source.lag) } : undefined,
        denominator,
        denominatorProblem: denominator ? denominatorProblem(denominator, population) : undefined,
        minimumDenominator: minimum ? { node: minimum, value: readCount(minimum.value), unit: minimum.unit } : undefined,
        mustPass: mustPass ? { node: mustPass, at: readNumber(mustPass.at) } : undefined,
        allowMultiPot: first(isAllowMultiPotClause) !== undefined,
        drivers: driverClause?.services.map(s => s.$refText) ?? [],
        driverServices: driverClause?.services.map(s => ({
            name: s.$refText,
            node: s.ref,
            retained: clauseOf(s.ref, isProvisionClause)?.retained ?? false
        })) ?? [],
        missing: [],
        reliability: assessReliability(unit, baseline, targets)
    };
    outcome.missing = missingClauses(outcome, first(isDenominatorClause) !== undefined);
    return outcome;
}

/** V-38: what the outcome needs before it can be scored. `definition` defaults to the title, `window` to contract_year. */
function missingClauses(o: OutcomeModel, hasDenominator: boolean): string[] {
    const missing: string[] = [];
    const need = (name: string, present: unknown) => {
        if (present === undefined || present === false) {
            missing.push(name);
        }
    };
    need('definition', o.definition);
    need('numerator', o.numerator);
    need('denominator', hasDenominator || (o.unit !== undefined && NO_DENOMINATOR_UNITS.has(o.unit)) || undefined);
    need('unit', o.unit);
    need('direction', o.direction);
    need('baseline', o.baseline);
    need('weight', o.weight);
    need('scoring', o.scoring);
    need('source', o.source);
    return missing;
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

/** Walks from a denominator to the population; each step must pass V-11 (`subsetProblem`). */
function denominatorProblem(denominator: CohortModel, population: PopulationModel): DenominatorProblem | undefined {
    const seen = new Set<CohortModel>();
    let current = denominator;
    while (current.kind !== 'population') {
        const parent = current.parent;
        if (!parent || seen.has(current)) {
            // An unresolved parent is a reference error, reported by the linker.
            return undefined;
        }
        seen.add(current);
        const problem = subsetProblem(current);
        if (problem?.age) {
            return { kind: 'age', cohort: current, parent: problem.age.parent };
        }
        if (problem?.size) {
            return { kind: 'size', cohort: current, parent: problem.size.ancestor };
        }
        current = parent;
    }
    return population.population && current !== population.population ? { kind: 'outside', root: current } : undefined;
}

/** Clauses that only the contract may state; a library metric must not (LANGUAGE.md §3.12). */
export const CONTRACT_ONLY_OUTCOME_CLAUSES = [
    'DenominatorClause', 'WeightClause', 'BaselineClause', 'TargetClause', 'DriversClause', 'MustPassClause'
] as const;
