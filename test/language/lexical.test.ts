import { describe, expect, it } from 'vitest';
import { AstUtils } from 'langium';
import { check, CANONICAL, readRepoFile, services, variant } from '../helpers.js';
import { isCapitationRate, isCurrencyClause, isAgeClause, isOutcome, type CareFile } from '../../src/language/generated/ast.js';
import { normaliseAge } from '../../src/model/population.js';
import { parseMoneyLiteral } from '../../src/model/money.js';

const tokensOf = (text: string) => services.Care.parser.Lexer.tokenize(text).tokens.map(t => `${t.tokenType.name}:${t.image}`);

describe('lexical rules of §2', () => {
    it('lexes money with a symbol or an ISO code, and the currency keyword apart', () => {
        expect(tokensOf('GBP 520.00')).toEqual(['MONEY:GBP 520.00']);
        expect(tokensOf('currency GBP\nrounding')).toEqual(['currency:currency', 'GBP:GBP', 'rounding:rounding']);
        expect(tokensOf('£17,712,240.00 $2,400,000 €80 USD  950.00')).toEqual([
            'MONEY:£17,712,240.00', 'MONEY:$2,400,000', 'MONEY:€80', 'MONEY:USD  950.00'
        ]);
        expect(parseMoneyLiteral('GBP 520.00').money.format()).toBe('£520.00');
    });

    it('lexes dates, both kinds of year, percentages and grouped numbers', () => {
        expect(tokensOf('2025-04-01 2025/26 PY2026 6% -1.1% 0.5% 312,000 62.0 -3')).toEqual([
            'DATE:2025-04-01', 'YEAR:2025/26', 'YEAR:PY2026', 'PERCENT:6%', 'PERCENT:-1.1%', 'PERCENT:0.5%',
            'NUMBER:312,000', 'NUMBER:62.0', 'NUMBER:-3'
        ]);
    });

    it('keeps keywords apart from longer names', () => {
        expect(tokensOf('per person percent PersonCentred years yearly')).toEqual([
            'per:per', 'person:person', 'percent:percent', 'ID:PersonCentred', 'years:years', 'ID:yearly'
        ]);
    });

    it('normalises inclusive ages to half-open intervals', async () => {
        const doc = await check(variant('age 18+', 'age 65 to 74'));
        const age = AstUtils.streamAst(doc.parseResult.value).filter(isAgeClause).head()!;
        expect(normaliseAge(age.range)).toMatchObject({ lo: 65, hi: 75 });
        const under = await check(variant('age 18+', 'age under 18'));
        expect(normaliseAge(AstUtils.streamAst(under.parseResult.value).filter(isAgeClause).head()!.range)).toMatchObject({ lo: 0, hi: 18 });
    });

    it('attaches the doc comment before a declaration', async () => {
        const doc = await check(variant('        outcome M1 "HbA1c', '        /** The main clinical outcome. */\n        outcome M1 "HbA1c'));
        const m1 = AstUtils.streamAst(doc.parseResult.value).filter(isOutcome).head()!;
        expect(services.Care.documentation.DocumentationProvider.getDocumentation(m1)).toContain('The main clinical outcome.');
    });

    it('parses every construct of the canonical contract into the AST', async () => {
        const root = (await check(CANONICAL)).parseResult.value as CareFile;
        expect(root.contract?.name).toBe('A_DIAB_NSH_2025');
        expect(root.contract?.members.find(isCurrencyClause)?.value).toBe('GBP');
        expect(AstUtils.streamAst(root).filter(isCapitationRate).map(r => r.tier.$refText).toArray()).toEqual(['T1', 'T2', 'T3']);
    });
});

describe('README', () => {
    it('its tour of the language parses with no syntax error', async () => {
        const readme = readRepoFile('README.md');
        const block = /```care\n([\s\S]*?)```/.exec(readme)![1]!;
        const doc = await check(block);
        expect(doc.parseResult.lexerErrors).toEqual([]);
        expect(doc.parseResult.parserErrors.map(e => e.message)).toEqual([]);
        expect((doc.diagnostics ?? []).filter(d => String(d.code).startsWith('ref/'))).toEqual([]);
    });
});
