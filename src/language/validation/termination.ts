import type { ContractCheck } from './reporter.js';

/** The termination rules of LANGUAGE.md §5, each named after what it enforces. */
export const terminationChecks: ContractCheck[] = [];
