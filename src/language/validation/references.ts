import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import { isContract } from '../generated/ast.js';
import { IssueCodes } from './catalogue.js';
import type { CheckContext, ContractCheck } from './reporter.js';
import { lineOf } from './reporter.js';

/** V-02: every name is declared once in the contract's one namespace. */
export function namesMustBeUnique({ model, report }: CheckContext): void {
    const first = new Map<string, AstNode>();
    for (const node of AstUtils.streamAst(model.contract)) {
        const name = isContract(node) ? undefined : (node as { name?: unknown }).name;
        if (typeof name !== 'string' || !name) {
            continue;
        }
        const earlier = first.get(name);
        if (!earlier) {
            first.set(name, node);
            continue;
        }
        const line = lineOf(earlier);
        report({
            code: IssueCodes.DuplicateName,
            node,
            property: 'name',
            message: `'${name}' is already declared at line ${line}`,
            figures: { name, firstLine: line },
            related: [{ node: earlier, property: 'name', message: `'${name}' first declared here` }]
        });
    }
}

export const referenceChecks: ContractCheck[] = [namesMustBeUnique];
