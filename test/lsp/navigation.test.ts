import { describe, expect, it } from 'vitest';
import { expectFindReferences, expectGoToDefinition, expectHighlight } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CANONICAL, check, services, variant } from '../helpers.js';
import { lsp, params, positionOf } from './lsp-helpers.js';

const definition = expectGoToDefinition(services.Care);
const references = expectFindReferences(services.Care);
const highlight = expectHighlight(services.Care);

/** The canonical contract with a gate on outcome M1, so that M1 is referenced from `covers` and a gate. */
const GATED = variant('gate surplus above 2% requires P1 composite >= 0.50',
    'gate surplus above 2% requires P1 composite >= 0.50\n        gate bonus requires M1 score >= 0.5');

describe('definition, references, highlights and rename', () => {
    it('goes from a covers reference to the outcome', async () => {
        const text = GATED.replace('outcome M1 ', 'outcome <|M1|> ').replace('covers M1', 'covers <|>M1');
        await definition({ text, index: 0, rangeIndex: 0, disposeAfterCheck: true });
    });

    it('goes from a capitation tier to its partition member', async () => {
        const text = CANONICAL.replace('T1 "Routine"', '<|T1|> "Routine"').replace('T1 £520.00', '<|>T1 £520.00');
        await definition({ text, index: 0, rangeIndex: 0, disposeAfterCheck: true });
    });

    it('finds an outcome referenced in covers and in a gate', async () => {
        const text = GATED.replace('outcome M1 ', 'outcome <|<|>M1|> ').replace('covers M1', 'covers <|M1|>')
            .replace('requires M1', 'requires <|M1|>');
        await references({ text, includeDeclaration: true, disposeAfterCheck: true });
    });

    it('finds a cohort used as parent and denominator', async () => {
        const text = CANONICAL.replace('cohort DiabetesRegister', 'cohort <|<|>DiabetesRegister|>')
            .replace('within DiabetesRegister', 'within <|DiabetesRegister|>')
            .replaceAll('denominator DiabetesRegister', 'denominator <|DiabetesRegister|>');
        await references({ text, includeDeclaration: true, disposeAfterCheck: true });
    });

    it('highlights a pot at its declaration and every use', async () => {
        const text = CANONICAL.replace('pot P1', 'pot <|<|>P1|>').replace('into P1', 'into <|P1|>').replace('requires P1', 'requires <|P1|>');
        // Ranges are numbered in text order (into, requires, pot); highlights list the declaration first.
        await highlight({ text, index: 0, rangeIndex: [2, 0, 1], disposeAfterCheck: true });
    });

    it('renames an outcome everywhere it is referenced', async () => {
        const doc = await check(GATED);
        const edit = await lsp.RenameProvider!.rename(doc, { ...params(doc), position: positionOf(doc, 'outcome M1 ', 8), newName: 'HbA1c' });
        const edits = edit?.changes?.[doc.uri.toString()] ?? [];
        const renamed = TextDocument.applyEdits(doc.textDocument, edits);
        expect(edits).toHaveLength(3);
        expect(renamed).toContain('outcome HbA1c "HbA1c at or below 58 mmol/mol"');
        expect(renamed).toContain('covers HbA1c, M3, M4, M5');
        expect(renamed).toContain('gate bonus requires HbA1c score >= 0.5');
    });
});
