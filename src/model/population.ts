import type { AgeRange, Cohort, Contract, Partition, PartitionMember, Population, SizeClause, ChangesClause, BasisClause, AgeClause } from '../language/generated/ast.js';
import { isAgeClause, isBasisClause, isChangesClause, isCohort, isPartition, isPopulation, isSizeClause, isGrowthClause } from '../language/generated/ast.js';
import { clauseOf, clausesOf } from './clauses.js';
import type { Decimal } from './decimal.js';
import { readCount, readNumber, readPercent } from './literals.js';
import type { Percent } from './money.js';
import { ZERO } from './decimal.js';

/** An age interval in whole years, half-open `[lo, hi)`; `hi` null = unbounded. */
export interface AgeInterval {
    lo: number;
    hi: number | null;
    /** As the author wrote it: `65 to 74`, `18+`, `under 18`. */
    written: string;
    node?: AgeRange;
}

export type CohortKind = 'population' | 'cohort' | 'member';

/** The population, a cohort, or a partition member: anything that can be a parent, tier or denominator. */
export interface CohortModel {
    name: string;
    kind: CohortKind;
    node: Population | Cohort | PartitionMember;
    parent?: CohortModel;
    /** The partition this member belongs to. */
    partition?: PartitionModel;
    /** Age as declared on this node, normalised. */
    ownAge?: AgeInterval;
    /** Own age, or the nearest ancestor's (a cohort inherits its parent's age interval). */
    age?: AgeInterval;
    /** Declared size (a whole number), with the clause that states it. */
    size?: Decimal;
    sizeNode?: SizeClause;
    basis?: BasisClause['value'];
    changes?: ChangesClause;
    growth?: Percent;
    partitions: PartitionModel[];
    children: CohortModel[];
}

export interface PartitionModel {
    name: string;
    node: Partition;
    exhaustive: boolean;
    parent: CohortModel;
    members: CohortModel[];
    /** Σ member sizes when every member states one. */
    sizeTotal?: Decimal;
    /** sizeTotal − the parent's size, when both are known (V-13). */
    difference?: Decimal;
    /** Members with an age, sorted by lower bound (then upper). */
    bands: CohortModel[];
    /** Overlaps, gaps and (for exhaustive partitions) ages of the parent left uncovered (V-12). */
    bandIssues: BandIssue[];
}

/** Ages as a half-open interval `[lo, hi)`; `hi` null = unbounded. */
export interface AgeSpan {
    lo: number;
    hi: number | null;
}

export type BandIssue =
    /** Ages `ages` are in both bands; `replacement` ends the first band a year before the second starts. */
    | { kind: 'overlap'; first: CohortModel; second: CohortModel; ages: AgeSpan; replacement?: string }
    /** Ages `ages` lie between two bands. */
    | { kind: 'gap'; first: CohortModel; second: CohortModel; ages: AgeSpan }
    /** Ages of the parent below the first band or above the last one, in an exhaustive partition. */
    | { kind: 'uncovered'; band: CohortModel; ages: AgeSpan };

/** How a cohort fails to lie within its parent (V-11). */
export interface SubsetProblem {
    age?: { parent: CohortModel; parentAge: AgeInterval };
    /** The nearest ancestor stating a size, which this cohort's size exceeds. */
    size?: { ancestor: CohortModel; ancestorSize: Decimal };
}

export interface PopulationModel {
    population?: CohortModel;
    /** Every cohort-like node by name, in declaration order. */
    byName: Map<string, CohortModel>;
    all: CohortModel[];
    partitions: PartitionModel[];
}

/** Normalises an inclusive age range to `[lo, hi)`: `65 to 74` → [65, 75); `18+` → [18, ∞); `under 18` → [0, 18). */
export function normaliseAge(range: AgeRange | undefined): AgeInterval | undefined {
    if (!range) {
        return undefined;
    }
    const lo = range.lo !== undefined ? readNumber(range.lo) : ZERO;
    const hi = range.hi !== undefined ? readNumber(range.hi) : undefined;
    if (!lo || !lo.isInteger() || (range.hi !== undefined && (!hi || !hi.isInteger())) || ((range.under || !range.plus) && !hi)) {
        return undefined;
    }
    if (range.under) {
        return { lo: 0, hi: hi!.toNumber(), written: `under ${range.hi}`, node: range };
    }
    if (range.plus) {
        return { lo: lo.toNumber(), hi: null, written: `${range.lo}+`, node: range };
    }
    return { lo: lo.toNumber(), hi: hi!.toNumber() + 1, written: `${range.lo} to ${range.hi}`, node: range };
}

export function formatAge(age: AgeInterval): string {
    return `[${age.lo},${age.hi === null ? '∞' : age.hi})`;
}

/** True when `inner` lies within `outer`. */
export function ageWithin(inner: AgeInterval, outer: AgeInterval): boolean {
    const innerHi = inner.hi ?? Infinity;
    const outerHi = outer.hi ?? Infinity;
    return inner.lo >= outer.lo && innerHi <= outerHi;
}

export function buildPopulation(contract: Contract): PopulationModel {
    const byName = new Map<string, CohortModel>();
    const all: CohortModel[] = [];
    const partitions: PartitionModel[] = [];
    let population: CohortModel | undefined;

    const add = (model: CohortModel) => {
        all.push(model);
        if (model.name && !byName.has(model.name)) {
            byName.set(model.name, model);
        }
    };
    for (const member of contract.members) {
        if (isPopulation(member) || isCohort(member)) {
            const model = cohortModel(member, isPopulation(member) ? 'population' : 'cohort');
            if (isPopulation(member)) {
                population ??= model;
            }
            add(model);
            for (const partition of clausesOf(member, isPartition)) {
                const p = partitionModel(partition, model);
                model.partitions.push(p);
                partitions.push(p);
                p.members.forEach(add);
            }
        }
    }
    // Parents are linked after every declaration is known: names are visible throughout the file.
    for (const model of all) {
        if (isCohort(model.node)) {
            const parentNode = model.node.parent?.ref;
            model.parent = parentNode ? all.find(m => m.node === parentNode) : undefined;
            model.parent?.children.push(model);
        }
    }
    for (const model of all) {
        model.age = inheritedAge(model);
    }
    for (const p of partitions) {
        p.sizeTotal = p.members.every(m => m.size)
            ? p.members.reduce((sum, m) => sum.plus(m.size!), ZERO) : undefined;
        p.difference = p.sizeTotal && p.parent.size ? p.sizeTotal.minus(p.parent.size) : undefined;
        p.bands = p.members.filter(m => m.ownAge).sort((a, b) => a.ownAge!.lo - b.ownAge!.lo || hiOf(a.ownAge!) - hiOf(b.ownAge!));
        p.bandIssues = bandIssues(p);
    }
    return { population, byName, all, partitions };
}

function cohortModel(node: Population | Cohort | PartitionMember, kind: CohortKind): CohortModel {
    const sizeNode = clauseOf(node, isSizeClause);
    return {
        name: node.name,
        kind,
        node,
        ownAge: normaliseAge(clauseOf<AgeClause>(node, isAgeClause)?.range),
        size: readCount(sizeNode?.count),
        sizeNode,
        basis: clauseOf(node, isBasisClause)?.value,
        changes: clauseOf(node, isChangesClause),
        growth: readPercent(isPopulation(node) || isCohort(node) ? clauseOf(node, isGrowthClause)?.rate : undefined),
        partitions: [],
        children: []
    };
}

function partitionModel(node: Partition, parent: CohortModel): PartitionModel {
    const partition: PartitionModel = { name: node.name, node, exhaustive: node.exhaustive, parent, members: [], bands: [], bandIssues: [] };
    for (const member of node.members) {
        const model = cohortModel(member, 'member');
        model.parent = parent;
        model.partition = partition;
        parent.children.push(model);
        partition.members.push(model);
    }
    return partition;
}

function inheritedAge(model: CohortModel): AgeInterval | undefined {
    const seen = new Set<CohortModel>();
    let current: CohortModel | undefined = model;
    while (current && !seen.has(current)) {
        if (current.ownAge) {
            return current.ownAge;
        }
        seen.add(current);
        current = current.parent;
    }
    return undefined;
}

function hiOf(age: AgeSpan): number {
    return age.hi ?? Infinity;
}

/**
 * V-12 on bands sorted by lower bound: consecutive bands overlap when lo[i+1] < hi[i]; a gap is ages
 * above everything covered so far and below the next band. An exhaustive partition whose members all
 * have ages must also cover its parent's interval (all ages when the parent states none).
 */
function bandIssues(p: PartitionModel): BandIssue[] {
    const issues: BandIssue[] = [];
    const bands = p.bands;
    let coveredTo = bands[0] ? hiOf(bands[0].ownAge!) : 0;
    for (let i = 0; i + 1 < bands.length; i++) {
        const first = bands[i]!;
        const second = bands[i + 1]!;
        const a = first.ownAge!;
        const b = second.ownAge!;
        if (b.lo < hiOf(a)) {
            const hi = Math.min(hiOf(a), hiOf(b));
            issues.push({ kind: 'overlap', first, second, ages: { lo: b.lo, hi: hi === Infinity ? null : hi }, replacement: endBefore(a, b.lo) });
        } else if (b.lo > coveredTo) {
            issues.push({ kind: 'gap', first, second, ages: { lo: coveredTo, hi: b.lo } });
        }
        coveredTo = Math.max(coveredTo, hiOf(b));
    }
    const parentAge: AgeSpan = p.parent.age ?? { lo: 0, hi: null };
    const first = bands[0];
    const last = bands.reduce<CohortModel | undefined>((top, m) => !top || hiOf(m.ownAge!) >= hiOf(top.ownAge!) ? m : top, undefined);
    if (p.exhaustive && first && last && bands.length === p.members.length) {
        if (first.ownAge!.lo > parentAge.lo) {
            issues.push({ kind: 'uncovered', band: first, ages: { lo: parentAge.lo, hi: first.ownAge!.lo } });
        }
        if (hiOf(last.ownAge!) < hiOf(parentAge)) {
            issues.push({ kind: 'uncovered', band: last, ages: { lo: last.ownAge!.hi!, hi: parentAge.hi } });
        }
    }
    return issues;
}

/** The band `age` written to end the year before `lo`: `65 to 75` → `65 to 74`; undefined when nothing would be left. */
function endBefore(age: AgeInterval, lo: number): string | undefined {
    if (lo <= age.lo) {
        return undefined;
    }
    return age.node?.under ? `under ${lo}` : `${age.lo} to ${lo - 1}`;
}

/** Ages as authors write them: `75`, `75 to 79`, `85+`. */
export function formatAges(ages: AgeSpan): string {
    if (ages.hi === null) {
        return `${ages.lo}+`;
    }
    return ages.hi - ages.lo === 1 ? `${ages.lo}` : `${ages.lo} to ${ages.hi - 1}`;
}

/** The nearest ancestor that states a size. */
export function sizedAncestor(cohort: CohortModel): CohortModel | undefined {
    const seen = new Set<CohortModel>([cohort]);
    for (let c = cohort.parent; c && !seen.has(c); c = c.parent) {
        if (c.size) {
            return c;
        }
        seen.add(c);
    }
    return undefined;
}

/** V-11: the cohort's own age is not within its parent's, or its size exceeds the nearest sized ancestor's. */
export function subsetProblem(cohort: CohortModel): SubsetProblem | undefined {
    const parent = cohort.parent;
    if (!parent) {
        return undefined;
    }
    const problem: SubsetProblem = {};
    if (cohort.ownAge && parent.age && !ageWithin(cohort.ownAge, parent.age)) {
        problem.age = { parent, parentAge: parent.age };
    }
    const ancestor = sizedAncestor(cohort);
    if (cohort.size && ancestor?.size && cohort.size.greaterThan(ancestor.size)) {
        problem.size = { ancestor, ancestorSize: ancestor.size };
    }
    return problem.age || problem.size ? problem : undefined;
}
