import { describe, expect, it } from 'vitest';
import { expectFoldings, expectSymbols, expectWorkspaceSymbols } from 'langium/test';
import type { DocumentSymbol } from 'vscode-languageserver';
import { CANONICAL, check, readRepoFile, services } from '../helpers.js';

const symbols = expectSymbols(services.Care);
const foldings = expectFoldings(services.Care);
const workspaceSymbols = expectWorkspaceSymbols(services.shared);

function tree(symbol: DocumentSymbol, indent = ''): string[] {
    return [indent + symbol.name, ...(symbol.children ?? []).flatMap(c => tree(c, indent + '  '))];
}

describe('outline, folding and workspace symbols', () => {
    it('nests population → cohorts → partitions → members and pots → outcomes', async () => {
        await symbols({
            text: CANONICAL,
            disposeAfterCheck: true,
            assert: list => {
                expect(list.flatMap(s => tree(s))).toEqual([
                    'A_DIAB_NSH_2025',
                    '  NorthShireICB', '  Riverside', '  GPFederation', '  PodiatryPlus',
                    '  term 2025-04-01 to 2030-03-31',
                    '  Registered', '    DiabetesRegister', '      RiskTier', '        T1', '        T2', '        T3', '      NewlyDiagnosed',
                    '  risk_adjustment tiered_capitation',
                    '  services', '    EnhancedReviews', '    SpecialistNursing', '    FootService', '    Outpatients', '    InpatientTeam',
                    '    Education', '    DiabetesAdmissions', '    EyeScreening',
                    '  budget',
                    '  payment', '    withhold into P1',
                    '  P1', '    M1', '    M2', '    M3', '    M4', '    M5',
                    '  choice',
                    '  reporting', '    Finance', '    Dashboard', '    Settlement',
                    '  evaluation',
                    '  governance', '    Diabetes Partnership Board',
                    '  termination'
                ]);
            }
        });
    });

    it('folds every block that spans lines', async () => {
        const text = readRepoFile('test/fixtures/lsp/small.care');
        const blockLines = ['contract C', 'budget {', 'payment {', 'withhold of', 'pot P {', 'outcome O1 {']
            .map(needle => text.slice(0, text.indexOf(needle)).split('\n').length - 1);
        await foldings({
            text,
            disposeAfterCheck: true,
            assert: found => {
                expect(found.map(f => f.startLine).sort((a, b) => a - b)).toEqual(blockLines.sort((a, b) => a - b));
                // The closing brace stays visible: each fold ends on the line before it.
                for (const fold of found) {
                    expect(text.split('\n')[fold.endLine + 1]?.trim()).toBe('}');
                }
            }
        });
    });

    it('lists contract declarations as workspace symbols', async () => {
        const doc = await check(CANONICAL);
        await workspaceSymbols({
            query: 'DiabetesReg',
            assert: found => {
                const mine = found.filter(s => 'range' in s.location && s.location.uri === doc.uri.toString());
                expect(mine.map(s => s.name)).toEqual(['DiabetesRegister']);
            }
        });
    });
});
