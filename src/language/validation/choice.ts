import type { ContractCheck } from './reporter.js';

/** The choice rules of LANGUAGE.md §5, each named after what it enforces. */
export const choiceChecks: ContractCheck[] = [];
