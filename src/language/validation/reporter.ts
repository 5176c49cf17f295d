import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import type { ContractModel } from '../../model/contract-model.js';
import type { ResolvedPolicy } from '../../model/policy.js';
import { catalogueEntry, type IssueCode, type Severity } from './catalogue.js';

/** Figures a diagnostic carries in `data`, so quick fixes and tools need no re-parsing. */
export type Figures = Record<string, string | number | boolean | null | readonly string[]>;

export interface Finding {
    code: IssueCode;
    node: AstNode;
    property?: string;
    index?: number;
    /** An exact range, when the finding is about one token rather than a property. */
    range?: Range;
    /** The message with its arithmetic; the policy tag is appended when `parameter` is given. */
    message: string;
    figures?: Figures;
    /** The severity this case calls for, where a rule has several (E/W, W/I); a profile's setting wins. */
    severity?: Severity;
    /** The policy parameter the threshold came from: the message ends with its tag. */
    parameter?: string;
    /** Further places the rule involves (the other age band, the stated budget…). */
    related?: { node: AstNode; property?: string; message: string }[];
}

export type Report = (finding: Finding) => void;

export interface CheckContext {
    model: ContractModel;
    report: Report;
}

/** A rule over the whole contract, named after what it enforces. */
export type ContractCheck = (ctx: CheckContext) => void;

/**
 * Reports a finding with its catalogue code (as `code` and `data.code`), the severity the policy profile
 * gives it, the figures in `data` and the policy tag in the message.
 */
export function createReporter(policy: ResolvedPolicy | undefined, accept: ValidationAcceptor): Report {
    return finding => {
        const entry = catalogueEntry(finding.code);
        const profileSeverity = policy?.profile.severities[finding.code];
        const severity = profileSeverity ?? finding.severity ?? entry?.severity ?? 'error';
        if (severity === 'off') {
            return;
        }
        const tag = finding.parameter && policy ? policy.tag(finding.parameter) : undefined;
        const message = tag ? `${finding.message} ${tag}` : finding.message;
        accept(severity, message, {
            node: finding.node,
            property: finding.property as never,
            index: finding.index,
            range: finding.range,
            code: finding.code,
            data: { code: finding.code, ...finding.figures, ...(tag ? { policy: tag } : {}) },
            relatedInformation: finding.related?.map(toRelated).filter((r): r is DiagnosticRelatedInformation => !!r)
        });
    };
}

function toRelated(related: { node: AstNode; property?: string; message: string }): DiagnosticRelatedInformation | undefined {
    const cst = related.property
        ? GrammarUtils.findNodeForProperty(related.node.$cstNode, related.property) ?? related.node.$cstNode
        : related.node.$cstNode;
    if (!cst) {
        return undefined;
    }
    const uri = AstUtils.getDocument(related.node).uri.toString();
    return { location: { uri, range: cst.range }, message: related.message };
}

/** The 1-based line a node starts on, for messages such as "already declared at line 141". */
export function lineOf(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}
