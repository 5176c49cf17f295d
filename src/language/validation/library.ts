import type { CareFile } from '../generated/ast.js';
import type { CareServices } from '../care-module.js';
import type { Report } from './reporter.js';

/** Rules on the file as a whole: imports resolve without cycles; library metrics hold only contract-independent clauses. */
export type FileCheck = (file: CareFile, report: Report, services: CareServices) => void;

export const LIBRARY_CHECKS: FileCheck[] = [];
