import type { ContractCheck } from './reporter.js';

/** The imports rules of LANGUAGE.md §5, each named after what it enforces. */
export const importsChecks: ContractCheck[] = [];
