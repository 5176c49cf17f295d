/**
 * Settlement diagnostics and the one error type `settle` throws. Codes are stable (LANGUAGE.md §5
 * `settle/*`); the CLI maps a `SettlementError` to exit 1 and prints its diagnostics.
 */
import type { SettlementDiagnosticJson } from './statement-json.js';

/** Every code a settlement diagnostic can carry. */
export type SettlementCode =
    | 'settle/currency-mismatch'
    | 'settle/contract-mismatch'
    | 'settle/year-not-in-term'
    | 'settle/unknown-outcome'
    | 'settle/unknown-penalty'
    | 'settle/no-budget'
    | 'settle/invalid-actuals'
    | 'settle/missing-outcome'
    | 'settle/small-denominator'
    | 'settle/missing-data';

/** Thrown when a year cannot be settled; carries every error found, each located where possible. */
export class SettlementError extends Error {
    constructor(readonly diagnostics: SettlementDiagnosticJson[]) {
        super(diagnostics.filter(d => d.severity === 'error').map(describe).join('\n') || 'settlement failed');
        this.name = 'SettlementError';
    }
}

/** Collects diagnostics in the order they arise. */
export class DiagnosticSink {
    readonly items: SettlementDiagnosticJson[] = [];

    error(code: SettlementCode, message: string, pointer: string | null = null): void {
        this.items.push({ code, severity: 'error', message, pointer });
    }

    warning(code: SettlementCode, message: string, pointer: string | null = null): void {
        this.items.push({ code, severity: 'warning', message, pointer });
    }

    hasErrors(): boolean {
        return this.items.some(d => d.severity === 'error');
    }

    /** Throws a `SettlementError` when any error has been recorded. */
    throwIfErrors(): void {
        if (this.hasErrors()) {
            throw new SettlementError(this.items.filter(d => d.severity === 'error'));
        }
    }
}

/** `error settle/unknown-outcome /outcomes/5/id: M9 is not an outcome of A_DIAB_NSH_2025`. */
export function describe(d: SettlementDiagnosticJson): string {
    return `${d.severity} ${d.code}${d.pointer !== null ? ' ' + (d.pointer || '/') : ''}: ${d.message}`;
}
