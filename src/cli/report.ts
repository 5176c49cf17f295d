import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { catalogueEntry, type Severity } from '../language/validation/catalogue.js';
import { displayPath } from './load.js';

/** One diagnostic as every output format sees it: 1-based positions, catalogue facts attached. */
export interface ReportedDiagnostic {
    code: string;
    severity: Severity;
    rule: string | null;
    message: string;
    range: { start: { line: number; column: number }; end: { line: number; column: number } };
    policy: string | null;
    fixes: string[];
    data: Record<string, unknown>;
}

export interface FileReport {
    path: string;
    diagnostics: ReportedDiagnostic[];
}

export interface Summary {
    errors: number;
    warnings: number;
    infos: number;
}

export interface CheckReport {
    files: FileReport[];
    summary: Summary;
}

const SEVERITIES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

export function toReported(diagnostic: Diagnostic): ReportedDiagnostic {
    const code = String(diagnostic.code ?? (diagnostic.data as { code?: string } | undefined)?.code ?? 'syntax/unexpected-token');
    const entry = catalogueEntry(code);
    const data = (diagnostic.data ?? {}) as Record<string, unknown>;
    return {
        code,
        severity: SEVERITIES[diagnostic.severity ?? 1] ?? 'error',
        rule: entry?.rule ?? null,
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        range: {
            start: { line: diagnostic.range.start.line + 1, column: diagnostic.range.start.character + 1 },
            end: { line: diagnostic.range.end.line + 1, column: diagnostic.range.end.character + 1 }
        },
        policy: typeof data.policy === 'string' ? data.policy : null,
        fixes: entry?.fix ? [entry.fix] : [],
        data
    };
}

export interface ReportOptions {
    /** Leave out info diagnostics (`--no-info`). */
    includeInfo: boolean;
}

/** Collects the diagnostics of each document, sorted by position, and counts them. */
export function buildReport(documents: readonly LangiumDocument[], options: ReportOptions): CheckReport {
    const files = documents.map(document => ({
        path: displayPath(document.uri.fsPath),
        diagnostics: (document.diagnostics ?? [])
            .map(toReported)
            .filter(d => options.includeInfo || d.severity !== 'info')
            .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column)
    }));
    return { files, summary: summarise(files.flatMap(f => f.diagnostics)) };
}

export function summarise(diagnostics: readonly ReportedDiagnostic[]): Summary {
    return {
        errors: diagnostics.filter(d => d.severity === 'error').length,
        warnings: diagnostics.filter(d => d.severity === 'warning').length,
        infos: diagnostics.filter(d => d.severity === 'info').length
    };
}
