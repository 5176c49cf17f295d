import type { CheckReport } from '../report.js';

const COMMANDS = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub workflow commands: `::error file=…,line=…,col=…,title=code::message`. */
export function formatGithub(report: CheckReport): string {
    const lines = report.files.flatMap(file => file.diagnostics.map(d => {
        const props = [
            `file=${escapeProperty(file.path)}`,
            `line=${d.range.start.line}`,
            `col=${d.range.start.column}`,
            `endLine=${d.range.end.line}`,
            `endColumn=${d.range.end.column}`,
            `title=${escapeProperty(d.code)}`
        ].join(',');
        return `::${COMMANDS[d.severity]} ${props}::${escapeData(d.message)}`;
    }));
    return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

// Workflow commands reserve these characters; GitHub documents the percent-encodings.
function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
