import type { ContractCheck } from './reporter.js';

/** The budget rules of LANGUAGE.md §5, each named after what it enforces. */
export const budgetChecks: ContractCheck[] = [];
