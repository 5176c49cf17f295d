import type { ContractCheck } from './reporter.js';

/** The money rules of LANGUAGE.md §5, each named after what it enforces. */
export const moneyChecks: ContractCheck[] = [];
