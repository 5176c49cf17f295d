/**
 * `settle(contract, actuals)`: one contract year's settlement in the order of LANGUAGE.md §8 —
 * 1 bases and withholds, 2–3 data checks and scores, 4–5 composites and pots, gates, bonuses,
 * 6 corridor and shared savings, marginal rates and penalties, 7 flows and net. Exact decimals
 * throughout; only paid lines are rounded, by the contract's `rounding`.
 */
import type { ContractJson } from '../generator/contract-json.js';
import { ONE, ZERO, type Decimal } from '../model/decimal.js';
import { Money } from '../model/money.js';
import { parseActuals, type Actuals } from './actuals.js';
import type { ActualsJson } from './actuals-json.js';
import { computeBonuses, computeMarginalRates, computePenalties } from './adjustments.js';
import { computeBase, computeWithholds } from './bases.js';
import { livesForThreshold, resolveBenchmark } from './benchmark.js';
import { createContext, paid, type SettleContext } from './context.js';
import { computeCorridor, corridorJson, type CorridorResult } from './corridor.js';
import { DiagnosticSink } from './diagnostics.js';
import { collectFlows } from './flows.js';
import { evaluateGates, gateFailed, gateJson, surplusCutoff, type GateResult } from './gates.js';
import { moneyJson } from './json-values.js';
import { scoreOutcomes } from './outcomes.js';
import { settlePots, withoutEarnings, type PotResult } from './pots.js';
import { preflight } from './preflight.js';
import { computeSharedSavings, type SharedSavingsResult } from './shared-savings.js';
import { basesJson, outcomeJson, potJson, sharedSavingsJson } from './statement-parts.js';
import type { StatementJson } from './statement-json.js';

/** Options of `settle`; none yet, reserved for what-if runs. */
export type SettleOptions = Record<string, never>;

/**
 * Settles one contract year. `actuals` may be unvalidated JSON: it is checked first. Throws
 * `SettlementError` (with located diagnostics) when the actuals are malformed or do not belong
 * to the contract; warnings are returned in the statement.
 */
export function settle(contract: ContractJson, actuals: ActualsJson | Actuals, _options?: SettleOptions): StatementJson {
    const parsed = isParsed(actuals) ? actuals : parseActuals(actuals);
    const sink = new DiagnosticSink();
    const year = preflight(contract, parsed, sink);
    sink.throwIfErrors();
    const ctx = createContext(contract, parsed, year!, sink);

    const base = computeBase(ctx);
    const withholds = computeWithholds(ctx, base.amount);
    const outcomes = scoreOutcomes(ctx);
    const scoredPots = settlePots(ctx, outcomes, withholds);
    const gates = evaluateGates(ctx, scoredPots, outcomes);
    const pots = gateFailed(gates, 'earned_withhold') ? scoredPots.map(withoutEarnings) : scoredPots;
    const bonuses = computeBonuses(ctx, base.amount, pots, gateFailed(gates, 'bonus'));
    const shared = sharedSavings(ctx, pots, gates);
    const corridor = riskCorridor(ctx, base.amount, pots, gates, shared?.result.benchmark ?? null);
    const marginalRates = computeMarginalRates(ctx);
    const penalties = computePenalties(ctx);
    const { flows, net } = collectFlows({
        currency: ctx.currency, shadow: ctx.year.shadow, pots, bonuses, sharedSavings: shared?.result ?? null, corridor,
        marginalRates, penalties
    });

    const difference = pots.reduce((sum, p) => sum.plus(p.lineSum).minus(p.totalRounded), Money.zero(ctx.currency));
    return {
        $schema: 'urn:carec:schema:statement:1.0',
        schemaVersion: '1.0.0',
        contract: contract.contract.id,
        year: ctx.year.label,
        currency: ctx.currency,
        shadow: ctx.year.shadow,
        rounding: { ...ctx.rounding, lineVsTotalDifference: moneyJson(difference) },
        bases: basesJson(base, withholds),
        outcomes: pots.flatMap(p => p.lines.map(outcomeJson)),
        pots: pots.map(p => potJson(p, contract.payment.unearned)),
        gates: gates.map(gateJson),
        bonuses,
        sharedSavings: shared ? sharedSavingsJson(shared.result, shared.source, shared.lives) : null,
        corridor: corridor ? corridorJson(corridor) : null,
        marginalRates,
        penalties,
        flows,
        net: { toProvider: moneyJson(net) },
        diagnostics: sink.items
    };
}

function isParsed(value: unknown): value is Actuals {
    return typeof value === 'object' && value !== null && (value as { expenditure?: unknown }).expenditure instanceof Money;
}

function sharedSavings(ctx: SettleContext, pots: readonly PotResult[], gates: readonly GateResult[]):
    { result: SharedSavingsResult; source: string; lives: number | null } | null {
    const clause = ctx.contract.payment.sharedSavings;
    if (!clause) {
        return null;
    }
    const { benchmark, source } = resolveBenchmark(ctx, clause);
    const sizeBased = clause.msr?.kind === 'size_based' || clause.mlr?.kind === 'size_based';
    const lives = sizeBased ? livesForThreshold(ctx) : ctx.actuals.assignedLives;
    if (sizeBased && ctx.actuals.assignedLives === null) {
        ctx.sink.warning('settle/missing-data', `size-based MSR/MLR without assignedLives: population size ${lives ?? 0} used`, '/assignedLives');
    }
    const result = computeSharedSavings(clause, {
        benchmark,
        expenditure: ctx.actuals.expenditure,
        lives,
        quality: qualityComposite(pots, gates),
        providerRevenue: ctx.actuals.providerRevenue,
        blocked: gateFailed(gates, 'shared_savings') || pots.some(p => p.blocks.has('shared_savings')),
        round: m => paid(ctx, m)
    });
    return { result, source, lives };
}

/** Quality for `quality_scaling`: the pot a shared-savings gate names, else the first pot, else 1. */
function qualityComposite(pots: readonly PotResult[], gates: readonly GateResult[]): Decimal {
    const gated = gates.find(g => g.gate.target === 'shared_savings' && g.gate.measure === 'composite');
    const pot = pots.find(p => p.id === gated?.gate.subject) ?? pots[0];
    return pot?.composite ?? ONE;
}

function riskCorridor(ctx: SettleContext, base: Money, pots: readonly PotResult[], gates: readonly GateResult[],
    benchmark: Money | null): CorridorResult | null {
    const corridor = ctx.contract.payment.corridor;
    if (!corridor) {
        return null;
    }
    const target = corridor.on === 'benchmark' && benchmark ? benchmark : base;
    const gateCutoff = surplusCutoff(gates);
    // A must-pass that blocks the surplus leaves the provider none of it.
    const cutoff = pots.some(p => p.blocks.has('surplus')) ? ZERO : gateCutoff;
    return computeCorridor(corridor, target, ctx.actuals.expenditure, cutoff, m => paid(ctx, m));
}
