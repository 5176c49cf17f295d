import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { OnigScanner, OnigString, loadWASM } from 'vscode-oniguruma';

const root = new URL('../../', import.meta.url);
let grammar: IGrammar;

beforeAll(async () => {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('vscode-oniguruma/release/onig.wasm'));
    await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new Registry({
        onigLib: Promise.resolve({ createOnigScanner: p => new OnigScanner(p), createOnigString: s => new OnigString(s) }),
        loadGrammar: async () => parseRawGrammar(readFileSync(new URL('syntaxes/care.tmLanguage.json', root), 'utf8'), 'care.tmLanguage.json')
    });
    grammar = (await registry.loadGrammar('source.care'))!;
});

/** Every token of `text` with the innermost scope VS Code themes would colour. */
function tokens(text: string): Array<[string, string]> {
    let stack = INITIAL;
    const out: Array<[string, string]> = [];
    for (const line of text.split('\n')) {
        const result = grammar.tokenizeLine(line, stack);
        for (const t of result.tokens) {
            const value = line.slice(t.startIndex, t.endIndex);
            if (value.trim()) {
                out.push([value, t.scopes.at(-1)!]);
            }
        }
        stack = result.ruleStack;
    }
    return out;
}

function scopeOf(text: string, token: string): string | undefined {
    return tokens(text).find(([value]) => value === token)?.[1];
}

/** The scopes of a whole literal, outermost last-but-one, e.g. money → constant.numeric.money.care. */
function outerScopes(text: string, token: string): string[] {
    const result = grammar.tokenizeLine(text, INITIAL);
    const start = text.indexOf(token);
    return result.tokens.filter(t => t.startIndex >= start && t.endIndex <= start + token.length).map(t => t.scopes.join(' '));
}

describe('TextMate grammar', () => {
    it('keeps money, percent, dates, years and durations whole, each with its own scope', () => {
        const line = 'year 2026/27 £17,712,240.00 uplift 0% term 2025-04-01 to 2030-03-31 lag 45 days GBP 520.00 age 18+';
        expect(outerScopes(line, '£17,712,240.00').every(s => s.includes('constant.numeric.money.care'))).toBe(true);
        expect(scopeOf(line, '£')).toBe('keyword.other.unit.currency.care');
        expect(scopeOf(line, '17,712,240.00')).toBe('constant.numeric.amount.care');
        expect(scopeOf(line, '2026/27')).toBe('constant.numeric.year.care');
        expect(scopeOf(line, '2025-04-01')).toBe('constant.numeric.date.care');
        expect(outerScopes(line, '0%').every(s => s.includes('constant.numeric.percent.care'))).toBe(true);
        expect(outerScopes(line, '45 days').every(s => s.includes('constant.numeric.duration.care'))).toBe(true);
        expect(outerScopes(line, 'GBP 520.00').every(s => s.includes('constant.numeric.money.care'))).toBe(true);
        expect(outerScopes(line, '18+').every(s => s.includes('constant.numeric.age.care'))).toBe(true);
        expect(scopeOf('baseline 62.0 in 2024/25 n 21,310', '21,310')).toBe('constant.numeric.care');
        expect(scopeOf('target PY2026 full 70', 'PY2026')).toBe('constant.numeric.year.care');
    });

    it('separates declaration, structure and clause keywords, connectives and enum values', () => {
        const text = 'outcome M1 "HbA1c" {\n scoring linear\n weight 30%\n}\nbudget {\n capitation per person per year {\n}\n form alliance';
        expect(scopeOf(text, 'outcome')).toBe('keyword.control.declaration.care');
        expect(scopeOf(text, 'M1')).toBe('entity.name.type.declaration.care');
        expect(scopeOf(text, '"HbA1c"')).toBe('string.quoted.double.title.care');
        expect(scopeOf(text, 'scoring')).toBe('keyword.other.clause.care');
        expect(scopeOf(text, 'linear')).toBe('variable.other.enummember.care');
        expect(scopeOf(text, 'budget')).toBe('keyword.control.structure.care');
        expect(scopeOf(text, 'capitation')).toBe('keyword.control.structure.care');
        expect(scopeOf(text, 'per')).toBe('keyword.operator.word.care');
        expect(scopeOf(text, 'person')).toBe('keyword.operator.word.care');
        expect(scopeOf(text, 'alliance')).toBe('variable.other.enummember.care');
        expect(scopeOf('withhold of capitation into P1 {', 'capitation')).toBe('variable.other.enummember.care');
        expect(scopeOf('withhold of capitation into P1 {', 'P1')).toBe('variable.other.reference.care');
        expect(scopeOf('band 0% to 2% provider 100%', 'provider')).toBe('keyword.other.clause.care');
        expect(scopeOf('    T2 "Complex" size 6,552', 'T2')).toBe('entity.name.type.declaration.care');
        expect(scopeOf('    criteria "Remainder of the register"', 'criteria')).toBe('keyword.other.clause.care');
        expect(scopeOf('decides by majority', 'by')).toBe('keyword.operator.word.care');
    });

    it('scopes doc comments, comments, strings, references and policy overrides', () => {
        const text = '/** Doc. */\n// note\nuses RespLib.CarePlan\npolicy nhs_england_2025 { withhold_max 25% because "Board \\"minute\\"" }';
        expect(scopeOf(text, ' Doc. ')).toBe('comment.block.documentation.care');
        expect(scopeOf(text, ' note')).toBe('comment.line.double-slash.care');
        expect(scopeOf(text, 'RespLib')).toBe('entity.name.namespace.care');
        expect(scopeOf(text, 'CarePlan')).toBe('variable.other.reference.care');
        expect(scopeOf(text, 'nhs_england_2025')).toBe('support.constant.policy-profile.care');
        expect(scopeOf(text, 'withhold_max')).toBe('variable.parameter.policy.care');
        expect(scopeOf(text, '\\"')).toBe('constant.character.escape.care');
    });

    it('leaves no word of the canonical example unscoped', () => {
        const example = readFileSync(new URL('examples/diabetes-pathway.care', root), 'utf8');
        const bare = tokens(example).filter(([, scope]) => scope === 'source.care');
        expect(bare).toEqual([]);
    });
});
