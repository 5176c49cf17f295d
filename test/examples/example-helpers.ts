import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from '../../src/model/decimal.js';
import { ROOT } from '../helpers.js';

/** One gallery example: its contract, the year it is settled for, and the infos it is allowed. */
export interface Example {
    name: string;
    year: string;
    /** Info codes `carec check` reports, in order (each explained in the file's opening comment). */
    infos: string[];
}

export const EXAMPLES: Example[] = [
    { name: 'msk-prime-contractor', year: '2027-28', infos: ['outcome/reliability-not-assessable'] },
    { name: 'mental-health-lead-provider', year: '2027-28', infos: ['outcome/window-outside-term'] },
    { name: 'frailty-alliance', year: '2026-27', infos: ['party/security-statutory-exempt'] },
    { name: 'pooled-budget-s75', year: '2026-27', infos: ['party/security-statutory-exempt'] },
    { name: 'aco-shared-savings', year: 'PY2026', infos: [] }
];

/** Reads a repository file as text. */
export function repoText(path: string): string {
    return readFileSync(join(ROOT, path), 'utf8');
}

/** One row of a hand check's "Headline figures" table. */
export interface HandFigure {
    label: string;
    pointer: string;
    value: string;
}

/** The rows of the `## Headline figures` table of a hand-check page: `| label | `/pointer` | value |`. */
export function headlineFigures(markdown: string): HandFigure[] {
    const section = markdown.split(/^## Headline figures$/m)[1];
    if (!section) {
        throw new Error('no "## Headline figures" section');
    }
    return section.split('\n')
        .map(line => /^\|\s*([^|]+?)\s*\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|$/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map(m => ({ label: m[1]!, pointer: m[2]!, value: m[3]! }));
}

/** The value at a JSON pointer (`/pots/0/earned`). */
export function atPointer(document: unknown, pointer: string): unknown {
    return pointer.split('/').slice(1).reduce<unknown>((value, key) => {
        if (value === null || typeof value !== 'object' || !(key in value)) {
            throw new Error(`${pointer}: no '${key}'`);
        }
        return (value as Record<string, unknown>)[key];
    }, document);
}

/**
 * Whether a statement value equals a figure as a person writes it: money `£1,234.50` / `−£819,200.00`
 * against `{amount}`, a percentage `3.126%` against `{fraction}`, a number against a decimal string,
 * `yes`/`no` against a boolean. Decimals compare by value (`0.625` equals `"0.6250000000"`).
 */
export function sameFigure(actual: unknown, written: string): boolean {
    if (typeof actual === 'boolean') {
        return (written === 'yes') === actual && (written === 'yes' || written === 'no');
    }
    const text = written.replace(/^[−-]/, '-');
    const negative = text.startsWith('-');
    const unsigned = negative ? text.slice(1) : text;
    if (actual !== null && typeof actual === 'object' && 'amount' in actual) {
        const money = /^[£$€]([\d,]+\.\d+)$/.exec(unsigned);
        return !!money && decimalEquals((actual as { amount: string }).amount, (negative ? '-' : '') + money[1]!.replace(/,/g, ''));
    }
    if (actual !== null && typeof actual === 'object' && 'fraction' in actual) {
        const percent = /^([\d.]+)%$/.exec(unsigned);
        return !!percent && new Decimal((negative ? '-' : '') + percent[1]!).dividedBy(100).equals(new Decimal((actual as { fraction: string }).fraction));
    }
    if (typeof actual === 'string' || typeof actual === 'number') {
        return /^-?[\d,]+(\.\d+)?$/.test(text) && decimalEquals(String(actual), text.replace(/,/g, ''));
    }
    return false;
}

function decimalEquals(a: string, b: string): boolean {
    return new Decimal(a).equals(new Decimal(b));
}

/**
 * What an example's opening comment says `carec check` reports: the counts line
 * (`// \`carec check\` reports 0 errors, 0 warnings and 1 info:`) and the info codes it then explains.
 */
export function claimedCheck(text: string): { errors: number; warnings: number; infos: number; codes: string[] } {
    const head = /^\/\/ `carec check` reports (\d+) errors?, (\d+) warnings? and (\d+) infos?[.:]$/m.exec(text);
    if (!head) {
        throw new Error('no "// `carec check` reports …" line');
    }
    const comment = text.slice(head.index).split('\n').filter(line => line.startsWith('//'));
    const codes = comment.flatMap(line => [...line.matchAll(/\binfo ([a-z]+\/[a-z0-9-]+)/g)].map(m => m[1]!));
    return { errors: Number(head[1]), warnings: Number(head[2]), infos: Number(head[3]), codes };
}
