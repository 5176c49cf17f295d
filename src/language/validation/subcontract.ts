import type { ContractCheck } from './reporter.js';

/** The subcontract rules of LANGUAGE.md §5, each named after what it enforces. */
export const subcontractChecks: ContractCheck[] = [];
