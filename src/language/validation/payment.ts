import type { ContractCheck } from './reporter.js';

/** The payment rules of LANGUAGE.md §5, each named after what it enforces. */
export const paymentChecks: ContractCheck[] = [];
