import type { ContractCheck } from './reporter.js';

/** The structure rules of LANGUAGE.md §5, each named after what it enforces. */
export const structureChecks: ContractCheck[] = [];
