/**
 * At most `max` diagnostics, most severe first (VS Code numbers severities from 0 = error), so a badly
 * broken file cannot flood the Problems panel. Order is kept when nothing is dropped.
 */
export function firstProblems<T extends { severity: number }>(diagnostics: T[], max: number): T[] {
    if (diagnostics.length <= max) {
        return diagnostics;
    }
    return [...diagnostics].sort((a, b) => a.severity - b.severity).slice(0, Math.max(0, max));
}
