import type { AstNode } from 'langium';

/** A block whose body is a list of clause nodes (the grammar's `clauses+=…*`). */
export interface ClauseBlock {
    readonly clauses: readonly AstNode[];
}

/** The first clause of a given AST type in a block, if any. */
export function clauseOf<T extends AstNode>(block: ClauseBlock | undefined, is: (node: unknown) => node is T): T | undefined {
    return block?.clauses.find(is) as T | undefined;
}

/** Every clause of a given AST type in a block, in source order. */
export function clausesOf<T extends AstNode>(block: ClauseBlock | undefined, is: (node: unknown) => node is T): T[] {
    return (block?.clauses.filter(is) ?? []) as T[];
}
