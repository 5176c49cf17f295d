import type { ContractCheck } from './reporter.js';

/** The evaluation rules of LANGUAGE.md §5, each named after what it enforces. */
export const evaluationChecks: ContractCheck[] = [];
