import type { AstNode } from 'langium';
import type { CareFile } from '../generated/ast.js';
import { isDirectionClause, isPot, isUnitClause, isUsesClause } from '../generated/ast.js';
import type { CareCoreServices } from '../care-core-module.js';
import { CONTRACT_ONLY_OUTCOME_CLAUSES } from '../../model/outcomes.js';
import { IssueCodes } from './catalogue.js';
import { importsMustNotCycle, importsMustResolve } from './imports.js';
import type { Report } from './reporter.js';
import { clausesMustNotRepeat } from './structure-duplicates.js';

/** Rules on the file as a whole: imports resolve without cycles; library metrics hold only contract-independent clauses. */
export type FileCheck = (file: CareFile, report: Report, services: CareCoreServices) => void;

const CONTRACT_ONLY: ReadonlySet<string> = new Set(CONTRACT_ONLY_OUTCOME_CLAUSES);

/** §3.12: a library metric states no contract-specific clause (denominator, weight, baseline, target, drivers, must_pass). */
export function metricsMustBeContractIndependent(file: CareFile, report: Report): void {
    const library = file.library;
    for (const metric of library?.metrics ?? []) {
        for (const clause of metric.clauses.filter(c => CONTRACT_ONLY.has(c.$type))) {
            const keyword = firstToken(clause);
            report({
                code: IssueCodes.MisplacedClause,
                node: clause,
                message: `library metric ${library!.name}.${metric.name} states ${keyword}; ${keyword} belongs to the contract`,
                figures: { metric: `${library!.name}.${metric.name}`, clause: keyword }
            });
        }
    }
}

/** §3.12: an outcome that uses a library metric does not restate the metric's `unit` or `direction`. */
export function outcomesMustNotRestateMetricUnits(file: CareFile, report: Report): void {
    for (const pot of file.contract?.members.filter(isPot) ?? []) {
        for (const outcome of pot.outcomes) {
            const uses = outcome.clauses.find(isUsesClause);
            const metric = uses?.metric?.ref;
            if (!metric) {
                continue;
            }
            for (const clause of outcome.clauses.filter(c => isUnitClause(c) || isDirectionClause(c))) {
                const inherited = metric.clauses.find(c => c.$type === clause.$type) as { value: string } | undefined;
                if (!inherited) {
                    continue;
                }
                const keyword = isUnitClause(clause) ? 'unit' : 'direction';
                const value = (clause as unknown as { value: string }).value;
                report({
                    code: IssueCodes.MisplacedClause,
                    node: clause,
                    message: `${outcome.name} restates ${keyword} ${value}; ${uses!.metric.$refText} already sets ${keyword} ${inherited.value}`,
                    figures: { outcome: outcome.name, metric: uses!.metric.$refText, clause: keyword, value, inherited: inherited.value }
                });
            }
        }
    }
}

/** V-01 for library files: a metric states each clause once (contracts are checked by structure.ts). */
export function libraryClausesMustBeStatedOnce(file: CareFile, report: Report): void {
    if (file.library) {
        clausesMustNotRepeat(file.library, report);
    }
}

function firstToken(node: AstNode): string {
    return /^[^\s{]+/.exec(node.$cstNode?.text ?? '')?.[0] ?? node.$type;
}

export const LIBRARY_CHECKS: FileCheck[] = [
    importsMustResolve, importsMustNotCycle, metricsMustBeContractIndependent, outcomesMustNotRestateMetricUnits,
    libraryClausesMustBeStatedOnce
];
