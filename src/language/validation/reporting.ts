import type { ContractCheck } from './reporter.js';

/** The reporting rules of LANGUAGE.md §5, each named after what it enforces. */
export const reportingChecks: ContractCheck[] = [];
