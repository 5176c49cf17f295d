import type { AstNode, NameProvider } from 'langium';
import { AstUtils, CstUtils, isLeafCstNode, isReference } from 'langium';
import type { SemanticTokenAcceptor } from 'langium/lsp';
import { AbstractSemanticTokenProvider, AllSemanticTokenTypes } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import type { CareServices } from '../care-module.js';
import { isCareFile, isDuration } from '../generated/ast.js';

/** Token types carec adds to the standard legend: the literal kinds that must not be confused (§1). */
export const CareTokenTypes = {
    money: 'money',
    percent: 'percent',
    date: 'date',
    year: 'year',
    duration: 'duration'
} as const;

const LEGEND: Record<string, number> = (() => {
    const legend = { ...AllSemanticTokenTypes };
    let next = Math.max(...Object.values(legend)) + 1;
    for (const type of Object.values(CareTokenTypes)) {
        legend[type] = next++;
    }
    return legend;
})();

/** Terminal → token type for single-token literals; durations span two tokens and are handled apart. */
const LITERAL_TYPES: Record<string, string> = {
    MONEY: CareTokenTypes.money,
    PERCENT: CareTokenTypes.percent,
    DATE: CareTokenTypes.date,
    YEAR: CareTokenTypes.year,
    NUMBER: SemanticTokenTypes.number,
    STRING: SemanticTokenTypes.string
};

/** The standard token type per declaration kind; a reference takes its target's type. */
const KIND_TYPES: Record<string, string> = {
    Contract: SemanticTokenTypes.namespace,
    Library: SemanticTokenTypes.namespace,
    Party: SemanticTokenTypes.class,
    Alliance: SemanticTokenTypes.class,
    Population: SemanticTokenTypes.type,
    Cohort: SemanticTokenTypes.type,
    Partition: SemanticTokenTypes.enum,
    PartitionMember: SemanticTokenTypes.enumMember,
    Service: SemanticTokenTypes.function,
    Pathway: SemanticTokenTypes.function,
    Stage: SemanticTokenTypes.function,
    Pot: SemanticTokenTypes.struct,
    Outcome: SemanticTokenTypes.property,
    Metric: SemanticTokenTypes.property,
    Report: SemanticTokenTypes.event,
    Board: SemanticTokenTypes.class,
    Reserve: SemanticTokenTypes.variable,
    PooledBudget: SemanticTokenTypes.variable
};

/**
 * Semantic highlighting: declarations (with the `declaration` modifier) versus references, and money,
 * percent, date, year and duration literals as distinct token types.
 */
export class CareSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly names: NameProvider;

    constructor(services: CareServices) {
        super(services);
        this.names = services.references.NameProvider;
    }

    override get tokenTypes(): Record<string, number> {
        return LEGEND;
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (isCareFile(node)) {
            this.highlightLiterals(node, acceptor);
        }
        // Only declarations: some clauses (`source "…"`) have a `name` property that declares nothing.
        const declared = KIND_TYPES[node.$type];
        const nameNode = declared && this.names.getNameNode(node);
        if (declared && nameNode) {
            acceptor({ cst: nameNode, type: declared, modifier: SemanticTokenModifiers.declaration });
        }
        for (const { reference } of AstUtils.streamReferences(node)) {
            const target = isReference(reference) ? reference.ref : undefined;
            if (reference.$refNode) {
                acceptor({ cst: reference.$refNode, type: (target && KIND_TYPES[target.$type]) ?? SemanticTokenTypes.variable });
            }
        }
    }

    /** One pass over the tokens: literal kinds are lexical, not tied to any one AST node. */
    private highlightLiterals(root: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (!root.$cstNode) {
            return;
        }
        for (const cst of CstUtils.streamCst(root.$cstNode)) {
            if (isDuration(cst.astNode) && cst === cst.astNode.$cstNode) {
                acceptor({ cst, type: CareTokenTypes.duration });
                continue;
            }
            if (!isLeafCstNode(cst) || cst.hidden || isDuration(cst.astNode)) {
                continue;
            }
            const type = LITERAL_TYPES[cst.tokenType.name];
            if (type) {
                acceptor({ cst, type });
            }
        }
    }
}
