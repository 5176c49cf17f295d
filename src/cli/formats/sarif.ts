import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { CATALOGUE } from '../../language/validation/catalogue.js';
import type { CheckReport } from '../report.js';
import { CAREC_VERSION } from '../version.js';

const LEVELS = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0 with the whole catalogue as the driver's rules. */
export function formatSarif(report: CheckReport): string {
    const ruleIndex = new Map(CATALOGUE.map((entry, index) => [entry.code, index]));
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'carec',
                    version: CAREC_VERSION,
                    semanticVersion: CAREC_VERSION,
                    rules: CATALOGUE.map(entry => ({
                        id: entry.code,
                        name: entry.title,
                        shortDescription: { text: entry.title },
                        fullDescription: { text: entry.checks },
                        help: { text: `${entry.why}\nExample: ${entry.example}${entry.fix ? `\nQuick fix: ${entry.fix}` : ''}` },
                        defaultConfiguration: { level: LEVELS[entry.severity] },
                        properties: { ...(entry.rule ? { rule: entry.rule } : {}), ...(entry.severityNote ? { severityNote: entry.severityNote } : {}) }
                    }))
                }
            },
            artifacts: report.files.map(file => ({ location: { uri: fileUri(file.path) } })),
            results: report.files.flatMap((file, artifactIndex) => file.diagnostics.map(d => ({
                ruleId: d.code,
                ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
                level: LEVELS[d.severity],
                message: { text: d.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: fileUri(file.path), index: artifactIndex },
                        region: {
                            startLine: d.range.start.line,
                            startColumn: d.range.start.column,
                            endLine: d.range.end.line,
                            endColumn: d.range.end.column
                        }
                    }
                }],
                ...(d.policy ? { properties: { policy: d.policy } } : {})
            })))
        }]
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}

/** Relative paths stay relative (resolved against the repository root by code-scanning tools). */
function fileUri(path: string): string {
    return path.startsWith('/') ? pathToFileURL(resolve(path)).href : path.split(/[\\/]/).map(encodeURIComponent).join('/');
}
