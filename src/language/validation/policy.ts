import type { ContractCheck } from './reporter.js';

/** The policy rules of LANGUAGE.md §5, each named after what it enforces. */
export const policyChecks: ContractCheck[] = [];
