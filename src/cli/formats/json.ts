import type { CheckReport } from '../report.js';

/** `{files: [{path, diagnostics: [{code, severity, rule, message, range, policy, fixes}]}], summary}` (LANGUAGE.md §9). */
export function formatJson(report: CheckReport): string {
    const files = report.files.map(file => ({
        path: file.path,
        diagnostics: file.diagnostics.map(({ code, severity, rule, message, range, policy, fixes }) =>
            ({ code, severity, rule, message, range, policy, fixes }))
    }));
    return JSON.stringify({ files, summary: report.summary }, null, 2) + '\n';
}
