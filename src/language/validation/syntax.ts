import type { AstNode, LeafCstNode } from 'langium';
import { literalTokens, nodeIndex } from '../care-node-index.js';
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
    // The rules below read nothing but the token's terminal and text, so whether a token breaks any of
    // them is remembered per text: a contract repeats its literals (years, rates, targets) many times.
    // Only the tokens that do are then checked for real, in document order, as a walk of the CST would.
    const root = file.$cstNode.root;
    const tokens = literalTokens(root);
    const fullText = root.fullText;
    const flagged: LeafCstNode[] = [];
    for (const name of LITERAL_TERMINALS) {
        const known = literalVerdicts.get(name)!;
        for (const leaf of tokens.get(name) ?? []) {
            const text = fullText.substring(leaf.offset, leaf.end);
            let broken = known.get(text);
            if (broken === undefined) {
                let reported = false;
                checkLiteral(leaf, () => { reported = true; });
                broken = reported;
                if (known.size >= 20_000) {
                    known.clear();
                }
                known.set(text, broken);
            }
            if (broken) {
                flagged.push(leaf);
            }
        }
    }
    flagged.sort((a, b) => a.offset - b.offset);
    for (const leaf of flagged) {
        checkLiteral(leaf, report);
    }
}

const LITERAL_TERMINALS = ['NUMBER', 'MONEY', 'PERCENT', 'DATE', 'YEAR'] as const;

/** Per terminal, whether a literal's text breaks a token-level rule. */
const literalVerdicts = new Map<string, Map<string, boolean>>(LITERAL_TERMINALS.map(name => [name, new Map<string, boolean>()]));

function checkLiteral(leaf: LeafCstNode, report: Report): void {
    switch (leaf.tokenType.name) {
        case 'NUMBER': numberMustBeGrouped(leaf, leaf.text, report); numberMustBeExact(leaf, leaf.text, report); break;
        case 'MONEY': numberMustBeGrouped(leaf, moneyDigits(leaf.text), report); numberMustBeExact(leaf, moneyDigits(leaf.text), report); break;
        case 'PERCENT': numberMustBeExact(leaf, leaf.text.replace(/%$/, ''), report); break;
        case 'DATE': dateMustExist(leaf, report); break;
        case 'YEAR': yearLabelMustMatch(leaf, report); break;
    }
}

/** Digits before the point a literal may have: 15 + 4 decimals + 15 = 34, so a count times a rate stays exact. */
export const MAX_INTEGER_DIGITS = 15;
/** Significant digits carec's decimals hold exactly (LANGUAGE.md §8). */
export const MAX_SIGNIFICANT_DIGITS = 34;

/**
 * A number carec could not compute with exactly is refused, not silently rounded: at most 15 digits
 * before the point (amounts below a quadrillion) and 34 significant digits in all.
 */
function numberMustBeExact(leaf: LeafCstNode, written: string, report: Report): void {
    const [int = '', fraction = ''] = written.replace(/^-/, '').replace(/,/g, '').split('.');
    const integerDigits = int.replace(/^0+/, '').length;
    const significant = (int + fraction).replace(/^0+/, '').replace(/0+$/, '').length;
    if (integerDigits <= MAX_INTEGER_DIGITS && significant <= MAX_SIGNIFICANT_DIGITS) {
        return;
    }
    report({
        code: IssueCodes.UnexpectedToken,
        ...at(leaf),
        message: integerDigits > MAX_INTEGER_DIGITS
            ? `'${leaf.text}' has ${integerDigits} digits before the decimal point; carec computes exactly with at most ${MAX_INTEGER_DIGITS}`
            : `'${leaf.text}' has ${significant} significant digits; carec computes exactly with at most ${MAX_SIGNIFICANT_DIGITS}`,
        figures: { text: leaf.text, integerDigits, significant }
    });
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

/**
 * Properties that hold counts: a decimal there is a typo, not a value (V-09); nor can a count be
 * below its least value (`min`, default 0; sizes have population/size-invalid instead).
 */
const INTEGER_PROPERTIES: Record<string, { property: string; label: string; min?: number | null }[]> = {
    SizeClause: [{ property: 'count', label: 'size', min: null }],
    BaselineClause: [{ property: 'n', label: 'n' }],
    VersionClause: [{ property: 'value', label: 'version' }],
    Board: [{ property: 'quorum', label: 'quorum', min: 1 }],
    Duration: [{ property: 'value', label: 'duration' }],
    ChangesClause: [{ property: 'day', label: 'recount day', min: 1 }],
    MinimumDenominatorClause: [{ property: 'value', label: 'minimum_denominator' }],
    AgeRange: [{ property: 'lo', label: 'age' }, { property: 'hi', label: 'age' }],
    MarginalRate: [{ property: 'volume', label: 'volume' }]
};

export function countsMustBeWhole(file: CareFile, report: Report): void {
    for (const node of nodeIndex(file).nodes) {
        const properties = INTEGER_PROPERTIES[node.$type];
        if (!properties) {
            continue;
        }
        for (const { property, label, min = 0 } of properties) {
            const text = (node as unknown as Record<string, unknown>)[property];
            if (typeof text !== 'string') {
                continue;
            }
            const whole = /^-?[\d,]+$/.test(text);
            if (!whole || (min !== null && Number(text.replace(/,/g, '')) < min)) {
                report({
                    code: IssueCodes.ExpectedInteger,
                    node,
                    property,
                    message: whole ? `${label} ${text} must be a whole number of at least ${min}` : `${label} ${text} must be a whole number`,
                    figures: { text, min }
                });
            }
        }
    }
}

/** The node a token belongs to and the token's own range, so the diagnostic lands on the token itself. */
function at(leaf: LeafCstNode): { node: AstNode; range: Range } {
    return { node: leaf.astNode, range: leaf.range };
}
