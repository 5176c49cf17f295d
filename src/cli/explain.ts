import { CATALOGUE, catalogueEntry } from '../language/validation/catalogue.js';
import { closestNames } from '../language/validation/suggest.js';
import { UsageError } from './errors.js';

/** `carec explain <code>`: the catalogue entry for people — rule, trigger, why, example, fix. */
export function explain(code: string): string {
    const entry = catalogueEntry(code);
    if (!entry) {
        const codes = CATALOGUE.map(e => e.code);
        const prefixed = codes.filter(c => c.startsWith(code));
        const suggestions = prefixed.length > 0 && prefixed.length <= 3 ? prefixed : closestNames(code, codes);
        const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map(s => `'${s}'`).join(' or ')}?` : '';
        throw new UsageError(`no diagnostic code '${code}'${hint} (carec explain --list shows them all)`);
    }
    const lines = [
        `${entry.code}  ${entry.title}`,
        `severity: ${entry.severity}${entry.severityNote ? ` (${entry.severityNote})` : ''}${entry.rule ? `   rule: ${entry.rule}` : ''}`,
        '',
        `What it checks: ${entry.checks}`,
        '',
        `Why: ${entry.why}`,
        '',
        `Example: ${entry.example}`
    ];
    if (entry.fix) {
        lines.push('', `Quick fix: ${entry.fix}`);
    }
    return lines.join('\n') + '\n';
}

export function listCodes(): string {
    return CATALOGUE.map(e => `${e.code.padEnd(44)} ${e.severity.padEnd(8)} ${e.title}`).join('\n') + '\n';
}
