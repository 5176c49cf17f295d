import type { ContractCheck } from './reporter.js';

/** The party rules of LANGUAGE.md §5, each named after what it enforces. */
export const partyChecks: ContractCheck[] = [];
