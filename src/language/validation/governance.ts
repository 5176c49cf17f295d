import type { ContractCheck } from './reporter.js';

/** The governance rules of LANGUAGE.md §5, each named after what it enforces. */
export const governanceChecks: ContractCheck[] = [];
