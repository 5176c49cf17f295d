import type { ContractCheck } from './reporter.js';

/** The outcome rules of LANGUAGE.md §5, each named after what it enforces. */
export const outcomeChecks: ContractCheck[] = [];
