import type { AstNode, LeafCstNode } from 'langium';
import { AstUtils, CstUtils, isLeafCstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { CareFile } from '../generated/ast.js';
import { isWellGrouped, moneyDigits, regroup } from '../../model/literals.js';
import { CalendarDate, parseYearLabel } from '../../model/period.js';
import { IssueCodes } from './catalogue.js';
import type { Report } from './reporter.js';

/** Token-level rules: literals the lexer accepts loosely so that one precise diagnostic replaces a cascade. */
export function literalsMustBeWellFormed(file: CareFile, report: Report): void {
    if (!file.$cstNode) {
        return;
    }
    for (const cst of CstUtils.streamCst(file.$cstNode)) {
        if (!isLeafCstNode(cst) || cst.hidden) {
            continue;
        }
        const leaf = cst as LeafCstNode;
        switch (leaf.tokenType.name) {
            case 'NUMBER': numberMustBeGrouped(leaf, leaf.text, report); break;
            case 'MONEY': numberMustBeGrouped(leaf, moneyDigits(leaf.text), report); break;
            case 'DATE': dateMustExist(leaf, report); break;
            case 'YEAR': yearLabelMustMatch(leaf, report); break;
        }
    }
}

function numberMustBeGrouped(leaf: LeafCstNode, digits: string, report: Report): void {
    if (isWellGrouped(digits)) {
        return;
    }
    const replacement = leaf.text.slice(0, leaf.text.length - digits.length) + regroup(digits);
    report({
        code: IssueCodes.BadDigitGrouping,
        ...at(leaf),
        message: `'${leaf.text}' is not a valid thousands grouping; did you mean '${replacement}'?`,
        figures: { text: leaf.text, replacement }
    });
}

function dateMustExist(leaf: LeafCstNode, report: Report): void {
    if (CalendarDate.parse(leaf.text)) {
        return;
    }
    report({ code: IssueCodes.BadDate, ...at(leaf), message: `${leaf.text} is not a date`, figures: { text: leaf.text } });
}

function yearLabelMustMatch(leaf: LeafCstNode, report: Report): void {
    const parsed = parseYearLabel(leaf.text);
    if ('label' in parsed) {
        return;
    }
    const suggestion = parsed.kind === 'bad-suffix' ? parsed.suggestion : undefined;
    report({
        code: IssueCodes.BadYearLabel,
        ...at(leaf),
        message: suggestion ? `${leaf.text}: did you mean ${suggestion}?` : `${leaf.text} is not a contract year (2025/26 or PY2026)`,
        figures: { text: leaf.text, replacement: suggestion ?? null }
    });
}

/** Properties that hold counts: a decimal there is a typo, not a value (V-09). */
const INTEGER_PROPERTIES: Record<string, { property: string; label: string }[]> = {
    SizeClause: [{ property: 'count', label: 'size' }],
    BaselineClause: [{ property: 'n', label: 'n' }],
    VersionClause: [{ property: 'value', label: 'version' }],
    Board: [{ property: 'quorum', label: 'quorum' }],
    Duration: [{ property: 'value', label: 'duration' }],
    ChangesClause: [{ property: 'day', label: 'recount day' }],
    MinimumDenominatorClause: [{ property: 'value', label: 'minimum_denominator' }],
    AgeRange: [{ property: 'lo', label: 'age' }, { property: 'hi', label: 'age' }],
    MarginalRate: [{ property: 'volume', label: 'volume' }]
};

export function countsMustBeWhole(file: CareFile, report: Report): void {
    for (const node of AstUtils.streamAst(file)) {
        for (const { property, label } of INTEGER_PROPERTIES[node.$type] ?? []) {
            const text = (node as unknown as Record<string, unknown>)[property];
            if (typeof text === 'string' && !/^-?[\d,]+$/.test(text)) {
                report({
                    code: IssueCodes.ExpectedInteger,
                    node,
                    property,
                    message: `${label} ${text} must be a whole number`,
                    figures: { text }
                });
            }
        }
    }
}

/** The node a token belongs to and the token's own range, so the diagnostic lands on the token itself. */
function at(leaf: LeafCstNode): { node: AstNode; range: Range } {
    return { node: leaf.astNode, range: leaf.range };
}
