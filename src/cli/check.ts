import { createCareCoreServices } from '../language/care-core-module.js';
import { CareCliFileSystem } from '../language/care-file-system.js';
import { isProfileName, PROFILE_NAMES, type ProfileName } from '../model/policy.js';
import { UsageError } from './errors.js';
import { formatGithub } from './formats/github.js';
import { formatHuman } from './formats/human.js';
import { formatJson } from './formats/json.js';
import { formatSarif } from './formats/sarif.js';
import { expandInputs, loadDocuments, type Workspace } from './load.js';
import { buildReport, type CheckReport } from './report.js';

export const FORMATS = ['human', 'json', 'sarif', 'github'] as const;
export type Format = typeof FORMATS[number];

export interface CheckOptions {
    format: string;
    maxWarnings?: string;
    info: boolean;
    policy?: string;
    /** Follow imports outside the working directory and the inputs' folders. */
    allowOutsideImports?: boolean;
}

export interface CheckOutcome {
    output: string;
    /** Notes for standard error (the what-if flag), never mixed into machine-readable output. */
    notes: string[];
    exitCode: 0 | 1;
    report: CheckReport;
}

/** A workspace of Care services over the real file system, with an optional what-if profile. */
export function createWorkspace(policy?: ProfileName): Workspace {
    const workspace = createCareCoreServices(CareCliFileSystem);
    workspace.Care.model.ContractModels.profileOverride = policy;
    return workspace;
}

export function parseFormat(format: string): Format {
    if (!(FORMATS as readonly string[]).includes(format)) {
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
    }
    return format as Format;
}

export function parseProfile(policy: string | undefined): ProfileName | undefined {
    if (policy === undefined) {
        return undefined;
    }
    if (!isProfileName(policy)) {
        throw new UsageError(`--policy must be one of ${PROFILE_NAMES.join(', ')}, not '${policy}'`);
    }
    return policy;
}

export function parseMaxWarnings(value: string | undefined): number {
    if (value === undefined) {
        return Infinity;
    }
    if (!/^\d+$/.test(value)) {
        throw new UsageError(`--max-warnings takes a whole number, not '${value}'`);
    }
    return Number(value);
}

export function render(report: CheckReport, format: Format): string {
    switch (format) {
        case 'human': return formatHuman(report);
        case 'json': return formatJson(report);
        case 'sarif': return formatSarif(report);
        case 'github': return formatGithub(report);
    }
}

/** `carec check <files|globs…>`: parse, link (following imports), validate, report. */
export async function runCheck(inputs: readonly string[], options: CheckOptions): Promise<CheckOutcome> {
    const format = parseFormat(options.format);
    const profile = parseProfile(options.policy);
    const maxWarnings = parseMaxWarnings(options.maxWarnings);
    const paths = await expandInputs(inputs);
    const documents = await loadDocuments(createWorkspace(profile), paths, { allowOutsideImports: options.allowOutsideImports });
    const report = buildReport(documents, { includeInfo: options.info });
    const failed = report.summary.errors > 0 || report.summary.warnings > maxWarnings;
    const notes = profile ? [`what-if: checked under policy profile ${profile}, not the one each contract names`] : [];
    if (report.summary.warnings > maxWarnings && report.summary.errors === 0) {
        notes.push(`${report.summary.warnings} warnings exceed --max-warnings ${maxWarnings}`);
    }
    return { output: render(report, format), notes, exitCode: failed ? 1 : 0, report };
}
