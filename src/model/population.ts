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
    if (!lo || !lo.isInteger() || (range.hi !== undefined && (!hi || !hi.isInteger()))) {
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
    const partition: PartitionModel = { name: node.name, node, exhaustive: node.exhaustive, parent, members: [] };
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
