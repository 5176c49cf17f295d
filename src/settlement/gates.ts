/**
 * Payment gates (`gate X requires Subject measure op value`), evaluated after the pots (§8 step 6
 * "gates first"). A subject without a value (missing or excluded outcome) fails its gate.
 */
import type { GateJson, GateOp, GateTarget } from '../generator/contract-json.js';
import { Decimal, parseDecimal } from '../model/decimal.js';
import type { SettleContext } from './context.js';
import { fractionJson, scoreString } from './json-values.js';
import type { OutcomeResult } from './outcomes.js';
import type { PotResult } from './pots.js';
import type { GateStatementJson } from './statement-json.js';

/** One gate with the value it measured (null: no value) and its verdict. */
export interface GateResult {
    gate: GateJson;
    actual: Decimal | null;
    passed: boolean;
}

/** Evaluates every gate of the contract. */
export function evaluateGates(ctx: SettleContext, pots: readonly PotResult[], outcomes: readonly OutcomeResult[]): GateResult[] {
    return ctx.contract.payment.gates.map(gate => {
        const actual = measure(gate, pots, outcomes);
        return { gate, actual, passed: actual !== null && compare(actual, gate.op, parseDecimal(gate.value)) };
    });
}

/** Whether any gate on `target` failed. */
export function gateFailed(gates: readonly GateResult[], target: GateTarget): boolean {
    return gates.some(g => g.gate.target === target && !g.passed);
}

/**
 * The surplus fraction beyond which the provider keeps nothing: the lowest `above` of a failed
 * surplus gate (0 when a failed gate has no `above`), or null when every surplus gate passed.
 */
export function surplusCutoff(gates: readonly GateResult[]): Decimal | null {
    const cutoffs = gates
        .filter(g => g.gate.target === 'surplus' && !g.passed)
        .map(g => (g.gate.above ? parseDecimal(g.gate.above.fraction) : new Decimal(0)));
    return cutoffs.length > 0 ? Decimal.min(...cutoffs) : null;
}

/** The statement row of a gate. */
export function gateJson(result: GateResult): GateStatementJson {
    const { gate } = result;
    const shown = result.actual === null ? null
        : gate.measure === 'value' ? result.actual.toString() : scoreString(result.actual);
    return {
        target: gate.target,
        above: gate.above ? fractionJson(parseDecimal(gate.above.fraction)) : null,
        subject: gate.subject,
        measure: gate.measure,
        op: gate.op,
        required: gate.value,
        actual: shown,
        passed: result.passed
    };
}

function measure(gate: GateJson, pots: readonly PotResult[], outcomes: readonly OutcomeResult[]): Decimal | null {
    if (gate.measure === 'composite') {
        return pots.find(p => p.id === gate.subject)?.composite ?? null;
    }
    const outcome = outcomes.find(o => o.outcome.id === gate.subject);
    if (!outcome) {
        return null;
    }
    return gate.measure === 'score' ? outcome.score : outcome.actual?.value ?? null;
}

function compare(actual: Decimal, op: GateOp, required: Decimal): boolean {
    switch (op) {
        case '>=':
            return actual.greaterThanOrEqualTo(required);
        case '>':
            return actual.greaterThan(required);
        case '<=':
            return actual.lessThanOrEqualTo(required);
        case '<':
            return actual.lessThan(required);
    }
}
