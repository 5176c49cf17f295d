import type { ContractCheck } from './reporter.js';

/** The risk rules of LANGUAGE.md §5, each named after what it enforces. */
export const riskChecks: ContractCheck[] = [];
