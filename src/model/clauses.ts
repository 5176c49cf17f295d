import type { AstNode } from 'langium';
import { reflection } from '../language/generated/ast.js';
import { TYPE_GUARDS } from '../language/generated/type-guards.js';

/** A block whose body is a list of clause nodes (the grammar's `clauses+=…*`). */
export interface ClauseBlock {
    readonly clauses: readonly AstNode[];
}

type Guard = (node: unknown) => boolean;

const guardTypes = new Map<Guard, ReadonlySet<string> | null>();

/**
 * The node types a generated type guard accepts: the type and its subtypes, exactly what
 * `reflection.isInstance` tests. Looking a clause's `$type` up in this set gives the guard's answer
 * without going through the reflection for every clause of every block. Null for any other predicate.
 */
function typesOf(is: Guard): ReadonlySet<string> | null {
    let types = guardTypes.get(is);
    if (types === undefined) {
        // The type each generated type guard (`isWeightClause`…) tests for.
        const type = TYPE_GUARDS.get(is);
        types = type === undefined ? null : subTypesOf(type);
        guardTypes.set(is, types);
    }
    return types;
}

let subTypes: Map<string, string[]> | undefined;

/**
 * A type and its subtypes, direct or not, from the reflection's super types. (Langium's
 * `getAllSubTypes` asks `isSubtype` of every type and caches every pair it asked about: 3 MB and several
 * milliseconds of a cold check for this model's dozens of guards.)
 */
export function subTypesOf(type: string): ReadonlySet<string> {
    if (!subTypes) {
        subTypes = new Map();
        for (const [name, { superTypes }] of Object.entries(reflection.types)) {
            for (const superType of superTypes) {
                subTypes.set(superType, [...subTypes.get(superType) ?? [], name]);
            }
        }
    }
    const found = new Set<string>();
    const visit = (name: string): void => {
        if (!found.has(name)) {
            found.add(name);
            subTypes!.get(name)?.forEach(visit);
        }
    };
    visit(type);
    return found;
}

/** The first clause of a given AST type in a block, if any. */
export function clauseOf<T extends AstNode>(block: ClauseBlock | undefined, is: (node: unknown) => node is T): T | undefined {
    const clauses = block?.clauses;
    if (!clauses) {
        return undefined;
    }
    const types = typesOf(is);
    if (!types) {
        return clauses.find(is) as T | undefined;
    }
    for (const clause of clauses) {
        if (types.has(clause.$type)) {
            return clause as T;
        }
    }
    return undefined;
}

/** Every clause of a given AST type in a block, in source order. */
export function clausesOf<T extends AstNode>(block: ClauseBlock | undefined, is: (node: unknown) => node is T): T[] {
    const clauses = block?.clauses;
    if (!clauses) {
        return [];
    }
    const types = typesOf(is);
    return (types ? clauses.filter(clause => types.has(clause.$type)) : clauses.filter(is)) as T[];
}
