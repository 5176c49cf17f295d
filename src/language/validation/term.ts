import type { ContractCheck } from './reporter.js';

/** The term rules of LANGUAGE.md §5, each named after what it enforces. */
export const termChecks: ContractCheck[] = [];
