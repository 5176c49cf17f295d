import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import { Contract, Services, Withhold } from '../generated/ast.js';
import { subtreeNodes } from '../care-node-index.js';
import { IssueCodes } from './catalogue.js';
import type { Report } from './reporter.js';
import { lineOf } from './reporter.js';

/**
 * Clauses marked (rep) in LANGUAGE.md §3, and the declarations a block lists (parties, cohorts, pots,
 * services, reports, boards); every other clause may appear once in its block.
 */
const REPEATABLE = new Set([
    'Party', 'Cohort', 'Pot', 'AllianceMember', 'PartialClause', 'ExtensionClause', 'ReviewClause', 'ExcludeClause',
    'Partition', 'BudgetYear', 'Allocations', 'ContributionClause', 'Withhold', 'Bonus', 'Gate', 'Penalty', 'TargetClause',
    'Report', 'Board', 'Service', 'Pathway', 'WithholdPhase'
]);

/** Repeatable clauses that are still stated once per year (or per side): two targets for 2027/28 is one too many. */
const KEYED: Record<string, (node: AstNode) => string | undefined> = {
    BudgetYear: n => field(n, 'year'),
    TargetClause: n => field(n, 'year'),
    PartialClause: n => field(n, 'year'),
    WithholdPhase: n => field(n, 'year'),
    Allocations: n => field(n, 'year') ?? 'each year',
    PoolRuleClause: n => field(n, 'side')
};

/** How a clause is named in a message when its first token does not name it. */
const LABELS: Record<string, string> = {
    SidednessClause: 'one_sided/two_sided',
    WithholdPhase: 'withhold',
    BudgetYear: 'year'
};

/** Reports each clause that repeats one already stated in the same block, pointing at the first. */
export function clausesMustNotRepeat(root: AstNode, report: Report): void {
    for (const node of subtreeNodes(AstUtils.findRootNode(root), root)) {
        const list = clauseList(node);
        if (!list) {
            continue;
        }
        const first = new Map<string, AstNode>();
        for (const clause of list) {
            const keyOf = KEYED[clause.$type];
            const key = keyOf ? keyOf(clause) : undefined;
            if (REPEATABLE.has(clause.$type) && key === undefined) {
                continue;
            }
            const groupKey = key === undefined ? clause.$type : `${clause.$type}:${key}`;
            const earlier = first.get(groupKey);
            if (!earlier) {
                first.set(groupKey, clause);
                continue;
            }
            const keyword = LABELS[clause.$type] ?? firstToken(clause);
            const what = key !== undefined && clause.$type !== 'PoolRuleClause' ? `${keyword} ${key}` : keyword;
            const line = lineOf(earlier);
            report({
                code: IssueCodes.DuplicateClause,
                node: clause,
                message: `${what} is already stated at line ${line}`,
                figures: { clause: keyword, key: key ?? null, firstLine: line },
                related: [{ node: earlier, message: `${what} first stated here` }]
            });
        }
    }
}

/** The list of clause nodes a block holds: a contract's members, the services items, a withhold's phases. */
function clauseList(node: AstNode): readonly AstNode[] | undefined {
    // Contract, Services and Withhold have no subtypes: comparing the type name is what their guards test.
    switch (node.$type) {
        case Contract.$type: return (node as Contract).members;
        case Services.$type: return (node as Services).items;
        case Withhold.$type: return (node as Withhold).phases;
    }
    const clauses = (node as { clauses?: unknown }).clauses;
    return Array.isArray(clauses) ? clauses as AstNode[] : undefined;
}

function field(node: AstNode, name: string): string | undefined {
    const value = (node as unknown as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : undefined;
}

function firstToken(node: AstNode): string {
    return /^[^\s{]+/.exec(node.$cstNode?.text ?? '')?.[0] ?? node.$type;
}
