import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import { subtreeNodes } from '../care-node-index.js';
import { isContract, isDeclaration } from '../generated/ast.js';
import { IssueCodes } from './catalogue.js';
import type { CheckContext, ContractCheck } from './reporter.js';
import { lineOf } from './reporter.js';

/**
 * V-02: every name is declared once in the contract's one namespace. Only declarations have names here:
 * `source "GP data extraction"` is a data source's title, which many outcomes may share.
 */
export function namesMustBeUnique({ model, report }: CheckContext): void {
    const first = new Map<string, AstNode>();
    for (const node of subtreeNodes(AstUtils.findRootNode(model.contract), model.contract)) {
        const name = isContract(node) || !isDeclaration(node) ? undefined : node.name;
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
