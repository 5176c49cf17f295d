import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

/** A seed contract the mutations start from. */
export interface Seed {
    name: string;
    text: string;
}

/**
 * Every example (examples/**\/*.care: contracts and the libraries they import), read when the fuzz run
 * starts so that examples added later join in. Names are relative to examples/.
 */
export function exampleSeeds(): Seed[] {
    const dir = join(ROOT, 'examples');
    return (readdirSync(dir, { recursive: true }) as string[])
        .filter(name => name.endsWith('.care'))
        .sort()
        .map(name => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * Rough tokens of a contract: whitespace runs, comments, strings, literals (money, numbers, dates,
 * years, percentages), names and single characters. Mutations act on these, not on the real lexer,
 * so they also produce text the lexer would split differently.
 */
const TOKEN = /\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"?|\d{4}-\d{2}-\d{2}|[£$€]?-?\d[\d,]*(?:\.\d+)?%?|\d{4}\/\d{2}|PY\d{4}|[A-Za-z_][A-Za-z0-9_]*|[^]/gu;

export function tokensOf(text: string): string[] {
    return text.match(TOKEN) ?? [];
}

/** Replacement numbers: huge, negative, many decimals, 40 digits and malformed ones. */
export const ODD_NUMBERS = [
    '0', '-1', '-0', '-£5.00', '9'.repeat(40), '1' + '0'.repeat(39), '0.' + '0'.repeat(38) + '1', '3.14159265358979323846264338327950288',
    '1,2345', '12,34', ',123', '1,,000', '1.', '.5', '1..2', '1.2.3', '1e400', '1E-400', '0x1F', 'NaN', 'Infinity', '-Infinity',
    '007', '1_000', '١٢٣', '１２', '£', '£-', '£9,999,999,999,999,999,999,999,999.99', 'GBP', 'USD 1', '€0.000001', '100.0001%',
    '-100%', '1000000000000000000000%', '%', '99999999999999999999 days', '-3 months', '2147483648', '-2147483649', '9007199254740993'
];

/** Replacement dates and year labels: impossible days, wrong centuries, malformed and edge-of-range ones. */
export const ODD_DATES = [
    '2026-02-29', '2024-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '0000-01-01', '9999-12-31', '10000-01-01', '2025-4-1',
    '2025-04-01T00:00', '2025/27', '2025/2', '2025/260', '1999/00', '9999/00', '0000/01', 'PY0000', 'PY99999', 'PY', 'PY2026/27',
    '2025/26/27', '2030-03-31 to 2025-04-01', '2025/25', '2099/00'
];

/** One edit, with positions as natural numbers reduced modulo the text's size when applied. */
export type Mutation =
    | { kind: 'delete-token' | 'duplicate-token' | 'delete-line' | 'duplicate-line' | 'truncate'; at: number }
    | { kind: 'swap-tokens' | 'swap-lines' | 'replace-token'; at: number; with: number }
    | { kind: 'insert-bytes'; at: number; bytes: number[] }
    | { kind: 'insert-token'; at: number; token: string }
    | { kind: 'odd-number' | 'odd-date'; at: number; value: string };

const position = fc.nat({ max: 1 << 20 });

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
    // Literal edits usually keep the text parseable, so they reach the checks, the generator and settlement.
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('odd-number'), at: position, value: fc.constantFrom(...ODD_NUMBERS) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('odd-date'), at: position, value: fc.constantFrom(...ODD_DATES) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('delete-line', 'duplicate-line'), at: position }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('swap-tokens', 'swap-lines'), at: position, with: position }) },
    // Another token of the same kind from the same text: a name for a name, a keyword for a keyword, a literal for a literal.
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace-token'), at: position, with: position }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('delete-token', 'duplicate-token'), at: position }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate'), at: position }) },
    {
        weight: 1, arbitrary: fc.record({
            kind: fc.constant('insert-bytes'), at: position,
            bytes: fc.oneof(
                fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
                fc.constantFrom([0xef, 0xbb, 0xbf], [0x0d], [0x0d, 0x0a], [0x00], [0xff, 0xfe], [0xc3], [0xe2, 0x80, 0xa8], [0x7b], [0x7d], [0x22])
            )
        })
    },
    {
        weight: 2, arbitrary: fc.record({
            kind: fc.constant('insert-token'), at: position,
            token: fc.constantFrom('{', '}', '"', '/*', '*/', '//', ',', '%', '£', 'import "x.care"', 'contract', 'pot', 'outcome', 'target',
                'year', 'band', 'withhold', 'library', '\r', '\t', '\u00a0', '\u2028', '\ufeff', 'ÿ', '\u{1F600}', '\\', '.', '+', '-', '>=')
        })
    }
) as fc.Arbitrary<Mutation>;

/** A rough class of token: names and keywords, literals, strings, punctuation. */
function tokenKind(token: string): string {
    return /^[A-Za-z_]/.test(token) ? 'word' : /^[£$€\d-]/.test(token) ? 'literal' : token.startsWith('"') ? 'string' : token.startsWith('/') ? 'comment' : 'punctuation';
}

const NUMBERISH = /^[£$€]?-?\d[\d,]*(?:\.\d+)?%?$/u;
const DATEISH = /^(?:\d{4}\/\d{2}|PY\d{4}|\d{4}-\d{2}-\d{2})$/;

function pick<T>(items: readonly T[], at: number): number | undefined {
    return items.length === 0 ? undefined : at % items.length;
}

/** Applies one edit to a text (as bytes, so inserted bytes need not be UTF-8). */
export function applyMutation(bytes: Buffer, mutation: Mutation): Buffer {
    if (mutation.kind === 'insert-bytes') {
        const at = mutation.at % (bytes.length + 1);
        return Buffer.concat([bytes.subarray(0, at), Buffer.from(mutation.bytes), bytes.subarray(at)]);
    }
    if (mutation.kind === 'truncate') {
        return bytes.subarray(0, mutation.at % (bytes.length + 1));
    }
    const text = bytes.toString('utf8');
    return Buffer.from(mutateText(text, mutation), 'utf8');
}

function mutateText(text: string, mutation: Exclude<Mutation, { kind: 'insert-bytes' | 'truncate' }>): string {
    if (mutation.kind === 'delete-line' || mutation.kind === 'duplicate-line' || mutation.kind === 'swap-lines') {
        const lines = text.split('\n');
        const i = pick(lines, mutation.at)!;
        if (mutation.kind === 'delete-line') {
            lines.splice(i, 1);
        } else if (mutation.kind === 'duplicate-line') {
            lines.splice(i, 0, lines[i]!);
        } else {
            const j = (mutation as { with: number }).with % lines.length;
            [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        }
        return lines.join('\n');
    }
    const tokens = tokensOf(text);
    const solid = tokens.map((t, i) => [t, i] as const).filter(([t]) => t.trim() !== '').map(([, i]) => i);
    if (mutation.kind === 'insert-token') {
        const i = pick(tokens, mutation.at) ?? 0;
        tokens.splice(i, 0, mutation.token);
        return tokens.join('');
    }
    if (mutation.kind === 'odd-number' || mutation.kind === 'odd-date') {
        const wanted = mutation.kind === 'odd-number' ? NUMBERISH : DATEISH;
        const candidates = solid.filter(i => wanted.test(tokens[i]!));
        const k = pick(candidates, mutation.at);
        if (k === undefined) {
            return text;
        }
        tokens.splice(candidates[k]!, 1, mutation.value);
        return tokens.join('');
    }
    const k = pick(solid, mutation.at);
    if (k === undefined) {
        return text;
    }
    const i = solid[k]!;
    if (mutation.kind === 'replace-token') {
        const kind = tokenKind(tokens[i]!);
        const alike = solid.filter(j => tokenKind(tokens[j]!) === kind);
        tokens[i] = tokens[alike[mutation.with % alike.length]!]!;
        return tokens.join('');
    }
    if (mutation.kind === 'delete-token') {
        tokens.splice(i, 1);
    } else if (mutation.kind === 'duplicate-token') {
        tokens.splice(i, 0, tokens[i]!, ' ');
    } else {
        const j = solid[(mutation as { with: number }).with % solid.length]!;
        [tokens[i], tokens[j]] = [tokens[j]!, tokens[i]!];
    }
    return tokens.join('');
}

/** A mutant: a seed (by name, so counterexamples stay short) and one to three edits applied in order. */
export interface Mutant {
    seed: string;
    mutations: Mutation[];
}

export function mutantArbitrary(seeds: readonly Seed[]): fc.Arbitrary<Mutant> {
    return fc.record({
        seed: fc.constantFrom(...seeds.map(s => s.name)),
        mutations: fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 })
    });
}

export function mutantBytes(mutant: Mutant, seeds: readonly Seed[]): Buffer {
    const seed = seeds.find(s => s.name === mutant.seed);
    if (!seed) {
        throw new Error(`no seed ${mutant.seed}`);
    }
    return mutant.mutations.reduce(applyMutation, Buffer.from(seed.text, 'utf8'));
}

/** A short description for a failure report: which seed and which edits. */
export function describeMutant(mutant: Mutant): string {
    return `${mutant.seed} + ${JSON.stringify(mutant.mutations)}`;
}
