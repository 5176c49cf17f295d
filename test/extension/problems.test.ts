import { describe, expect, it } from 'vitest';
import { firstProblems } from '../../src/extension/problems.js';

// VS Code's DiagnosticSeverity: 0 error, 1 warning, 2 information, 3 hint.
const d = (severity: number, id: string) => ({ severity, id });

describe('carec.maxProblems', () => {
    it('keeps every diagnostic, in order, up to the limit', () => {
        const all = [d(2, 'a'), d(0, 'b')];
        expect(firstProblems(all, 2)).toBe(all);
    });

    it('keeps the most severe first when it must drop some', () => {
        const all = [d(2, 'info'), d(1, 'warning'), d(0, 'error1'), d(3, 'hint'), d(0, 'error2')];
        expect(firstProblems(all, 3).map(x => x.id)).toEqual(['error1', 'error2', 'warning']);
    });
});
