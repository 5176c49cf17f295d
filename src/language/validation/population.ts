import type { ContractCheck } from './reporter.js';

/** The population rules of LANGUAGE.md §5, each named after what it enforces. */
export const populationChecks: ContractCheck[] = [];
