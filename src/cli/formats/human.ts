import type { CheckReport, Summary } from '../report.js';

/** `path:line:col: severity code message`, then `1 file: 0 errors, 0 warnings, 5 infos`. */
export function formatHuman(report: CheckReport): string {
    const lines = report.files.flatMap(file => file.diagnostics.map(d =>
        `${file.path}:${d.range.start.line}:${d.range.start.column}: ${d.severity} ${d.code} ${d.message}`));
    lines.push(summaryLine(report.files.length, report.summary));
    return lines.join('\n') + '\n';
}

export function summaryLine(fileCount: number, summary: Summary): string {
    return `${count(fileCount, 'file')}: ${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}, ${count(summary.infos, 'info')}`;
}

function count(n: number, noun: string): string {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
