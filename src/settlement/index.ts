/** The settlement calculator's public API (LANGUAGE.md §8): `settle`, `parseActuals`, `formatStatementTable`, errors and JSON types. */
export { settle, type SettleOptions } from './settle.js';
export { parseActuals, type Actuals } from './actuals.js';
export { formatStatementTable } from './format-table.js';
export { SettlementError, describe as describeSettlementDiagnostic, type SettlementCode } from './diagnostics.js';
export type { ActualsJson } from './actuals-json.js';
export type { StatementJson } from './statement-json.js';
