import { describe, expect, it } from 'vitest';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { CANONICAL, services, variant } from '../helpers.js';
import { CareTokenTypes } from '../../src/language/lsp/care-semantic-tokens.js';

const highlight = highlightHelper(services.Care);
const provider = services.Care.lsp.SemanticTokenProvider!;

describe('semantic tokens', () => {
    it('registers money, percent, date, year and duration in the legend', () => {
        const legend = provider.semanticTokensOptions.legend.tokenTypes;
        for (const type of Object.values(CareTokenTypes)) {
            expect(legend).toContain(type);
        }
        expect(new Set(legend).size).toBe(legend.length);
    });

    it('gives each literal kind its own token type', async () => {
        const text = variant('T1 £520.00', 'T1 <|£520.00|>',
            variant('2026/27 6%', '2026/27 <|6%|>',
                variant('term 2025-04-01', 'term <|2025-04-01|>',
                    variant('year 2027/28 capitation', 'year <|2027/28|> capitation',
                        variant('run_off 6 months', 'run_off <|6 months|>')))));
        const tokens = await highlight(text);
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: CareTokenTypes.date });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: CareTokenTypes.duration });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: CareTokenTypes.money });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: CareTokenTypes.year });
        expectSemanticToken(tokens, { rangeIndex: 4, tokenType: CareTokenTypes.percent });
    });

    it('marks declarations and leaves references unmarked, typed by kind', async () => {
        const text = variant('outcome M1 ', 'outcome <|M1|> ', variant('covers M1', 'covers <|M1|>',
            variant('within Registered', 'within <|Registered|>')));
        const tokens = await highlight(text);
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.type });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.property });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.property });
        const declaration = provider.tokenModifiers[SemanticTokenModifiers.declaration]!;
        const modifiersAt = (rangeIndex: number) => tokens.tokens.find(t => t.offset === tokens.ranges[rangeIndex]![0])!.tokenModifiers;
        // Langium's modifier table holds bit masks, not indices.
        expect(modifiersAt(1) & declaration).not.toBe(0);
        expect(modifiersAt(2) & declaration).toBe(0);
        expect(modifiersAt(0) & declaration).toBe(0);
    });

    it('highlights the whole canonical contract without overlapping tokens', async () => {
        const { tokens } = await highlight(CANONICAL);
        const sorted = [...tokens].sort((a, b) => a.offset - b.offset);
        sorted.slice(1).forEach((t, i) => expect(t.offset).toBeGreaterThanOrEqual(sorted[i]!.offset + sorted[i]!.text.length));
    });
});
