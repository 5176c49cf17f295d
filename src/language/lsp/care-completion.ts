import type { AstNode, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarAST, isLeafCstNode } from 'langium';
import type { CompletionAcceptor, CompletionContext, NextFeature } from 'langium/lsp';
import { DefaultCompletionProvider } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { CareServices } from '../care-module.js';
import { isBudget, isBudgetYear, isCareFile, isOutcome, isTargetClause, isWithhold } from '../generated/ast.js';
import { careSnippets, type CareSnippet } from './care-snippets.js';

/** Clause types marked (rep) in LANGUAGE.md §3, and declarations a block may hold many of. */
const REPEATABLE = new Set([
    'Import', 'Party', 'Cohort', 'Pot', 'Outcome', 'Metric', 'Service', 'Pathway', 'Stage', 'Report', 'Board',
    'PartialClause', 'ExtensionClause', 'ReviewClause', 'ExcludeClause', 'Partition', 'PartitionMember', 'AllianceMember',
    'BudgetYear', 'Allocations', 'ContributionClause', 'ServiceAllocation', 'Reserve', 'SavingsPlanItem', 'CapitationRate',
    'Withhold', 'WithholdPhase', 'Bonus', 'Gate', 'Penalty', 'Band', 'TargetClause', 'Tier', 'PolicyOverride'
]);

/** Rules whose YEAR is a contract year of the term. */
const CONTRACT_YEAR_SLOTS = new Set(['TargetClause', 'BudgetYear', 'WithholdPhase', 'ShadowClause', 'PartialClause']);

/**
 * Completion (LANGUAGE.md §10): Langium's keywords minus clauses the block already has, references of
 * the right kind (the scope provider filters them), the term's contract years where a contract year
 * goes, and the snippets of `language/snippets.json` wherever their first keyword is valid.
 */
export class CareCompletionProvider extends DefaultCompletionProvider {
    private readonly snippets: CareSnippet[];

    constructor(private readonly services: CareServices) {
        super(services);
        this.snippets = careSnippets();
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const feature = next.feature;
        if (GrammarAST.isKeyword(feature)) {
            if (clauseAlreadyUsed(context, feature)) {
                return;
            }
            this.snippetsFor(context, feature.value, acceptor);
        } else if (GrammarAST.isRuleCall(feature) && feature.rule.ref?.name === 'YEAR') {
            this.contractYears(context, feature, acceptor);
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    private snippetsFor(context: CompletionContext, keyword: string, acceptor: CompletionAcceptor): void {
        for (const snippet of this.snippets.filter(s => s.keyword === keyword)) {
            acceptor(context, {
                label: snippet.prefix,
                kind: CompletionItemKind.Snippet,
                detail: snippet.description,
                insertText: snippet.body,
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: `1_${snippet.prefix}`
            });
        }
    }

    /** The term's years not yet used in the same withhold, budget or outcome. */
    private contractYears(context: CompletionContext, feature: GrammarAST.RuleCall, acceptor: CompletionAcceptor): void {
        const rule = AstUtils.getContainerOfType(feature, GrammarAST.isParserRule)?.name;
        const root = context.document.parseResult.value;
        if (!rule || !CONTRACT_YEAR_SLOTS.has(rule) || !isCareFile(root) || !root.contract) {
            return;
        }
        const term = this.services.model.ContractModels.modelOf(root.contract).term;
        const used = usedYears(context.node, rule);
        for (const year of term?.years ?? []) {
            if (!used.has(year.label)) {
                acceptor(context, {
                    label: year.label,
                    kind: CompletionItemKind.Constant,
                    detail: `${year.period.start.toString()} to ${year.period.end.addDays(-1).toString()}${year.shadow ? ' (shadow)' : ''}`,
                    sortText: `0_${String(year.index).padStart(3, '0')}`
                });
            }
        }
    }
}

/**
 * True when `keyword` starts a clause the enclosing block already has and that may appear only once.
 * The block is the innermost node still open at the cursor: a clause that ended before it is a sibling.
 */
function clauseAlreadyUsed(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
    if (!rule || REPEATABLE.has(rule)) {
        return false;
    }
    const block = openBlockAt(context.node, context.tokenOffset);
    if (!block) {
        return false;
    }
    return AstUtils.streamContents(block).some(child => child.$type === rule
        && !containsOffset(child, context.tokenOffset)
        && firstToken(child) === keyword.value);
}

function openBlockAt(node: AstNode | undefined, offset: number): AstNode | undefined {
    let current = node;
    while (current?.$container && current.$cstNode && current.$cstNode.end <= offset) {
        current = current.$container;
    }
    return current;
}

function containsOffset(node: AstNode, offset: number): boolean {
    const cst = node.$cstNode;
    return cst !== undefined && cst.offset <= offset && offset < cst.end;
}

function firstToken(node: AstNode): string | undefined {
    const cst = node.$cstNode;
    return cst ? CstUtils.streamCst(cst).find(n => isLeafCstNode(n) && !n.hidden)?.text : undefined;
}

/** Years already written in the block a new year goes into. */
function usedYears(node: AstNode | undefined, rule: string): Set<string> {
    const withhold = node && AstUtils.getContainerOfType(node, isWithhold);
    if (rule === 'WithholdPhase' && withhold) {
        return new Set(withhold.phases.map(p => p.year));
    }
    const budget = node && AstUtils.getContainerOfType(node, isBudget);
    if (rule === 'BudgetYear' && budget) {
        return new Set(budget.clauses.filter(isBudgetYear).map(y => y.year));
    }
    const outcome = node && AstUtils.getContainerOfType(node, isOutcome);
    if (rule === 'TargetClause' && outcome) {
        return new Set(outcome.clauses.filter(isTargetClause).map(t => t.year));
    }
    return new Set();
}
