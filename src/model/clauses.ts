import type { AstNode } from 'langium';
import * as ast from '../language/generated/ast.js';

/** A block whose body is a list of clause nodes (the grammar's `clauses+=…*`). */
export interface ClauseBlock {
    readonly clauses: readonly AstNode[];
}

type Guard = (node: unknown) => boolean;

/** The type each generated type guard (`isWeightClause`…) tests for, by the guard's name. */
const GUARD_TYPE: ReadonlyMap<Guard, string> = (() => {
    const guards = new Map<Guard, string>();
    const exports = ast as unknown as Record<string, unknown>;
    for (const type of ast.reflection.getAllTypes()) {
        const guard = exports[`is${type}`];
        if (typeof guard === 'function') {
            guards.set(guard as Guard, type);
        }
    }
    return guards;
})();

const guardTypes = new Map<Guard, ReadonlySet<string> | null>();

/**
 * The node types a generated type guard accepts: the type and its subtypes, exactly what
 * `reflection.isInstance` tests. Looking a clause's `$type` up in this set gives the guard's answer
 * without going through the reflection for every clause of every block. Null for any other predicate.
 */
function typesOf(is: Guard): ReadonlySet<string> | null {
    let types = guardTypes.get(is);
    if (types === undefined) {
        const type = GUARD_TYPE.get(is);
        types = type === undefined ? null : new Set(ast.reflection.getAllSubTypes(type));
        guardTypes.set(is, types);
    }
    return types;
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
