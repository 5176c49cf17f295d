import { isBaselineSourceClause, isDomainClause, isExclusionsClause, isUsesClause } from '../language/generated/ast.js';
import { clauseOf } from '../model/clauses.js';
import { driversOf, minimumDenominatorOf, missingDataOf } from '../model/contract-defaults.js';
import { effectiveClauses, type BaselineModel, type OutcomeModel, type PotModel, type TargetModel, type TierModel } from '../model/outcomes.js';
import type { BaselineJson, OutcomeJson, OutcomeUnit, PotJson, TargetJson, TierJson } from './contract-json.js';
import { docOf, located, type GenerateContext } from './generate-context.js';
import { countJson, durationJson, optionalCount, optionalWritten, percentJson, periodJson, writtenNumber } from './json-values.js';

/** Every `pot` with its outcomes; metric values are written as the author wrote them (`"62.0"`). */
export function generatePots(ctx: GenerateContext): PotJson[] {
    return ctx.model.pots.map(pot => potJson(ctx, pot));
}

function potJson(ctx: GenerateContext, pot: PotModel): PotJson {
    return located(ctx, pot.node, {
        id: pot.name,
        title: pot.node.title ?? null,
        doc: docOf(pot.node),
        weightTotal: percentJson(pot.weightTotal),
        outcomes: pot.outcomes.map(o => outcomeJson(ctx, o))
    });
}

/**
 * One outcome with the defaults of §3.9 made explicit: `definition` the title, `window` the contract
 * year, `lag` 0 days, `minimum_denominator` the policy's, `missing_data` zero, `drivers` every in-scope service.
 * Clauses inherited from a library metric count as the outcome's own.
 */
function outcomeJson(ctx: GenerateContext, outcome: OutcomeModel): OutcomeJson {
    const clauses = { clauses: effectiveClauses(outcome.node) };
    const minimum = minimumDenominatorOf(outcome, ctx.model.header.policy);
    const mustPass = outcome.mustPass;
    const source = outcome.source;
    return located(ctx, outcome.node, {
        id: outcome.name,
        title: outcome.title ?? null,
        doc: docOf(outcome.node),
        uses: clauseOf(clauses, isUsesClause)?.metric.$refText ?? null,
        type: (outcome.type ?? null) as OutcomeJson['type'],
        domain: clauseOf(clauses, isDomainClause)?.text ?? null,
        definition: outcome.definition ?? null,
        numerator: outcome.numerator ?? null,
        denominator: outcome.denominator?.name ?? null,
        exclusions: clauseOf(clauses, isExclusionsClause)?.text ?? null,
        unit: (outcome.unit ?? 'percent') as OutcomeUnit,
        scale: outcome.scale ? { lo: writtenNumber(outcome.scale.node.lo), hi: writtenNumber(outcome.scale.node.hi) } : null,
        direction: outcome.direction ?? 'higher',
        scoring: { method: outcome.method ?? 'linear', tiers: tiersJson(outcome.defaultTiers) },
        weight: outcome.weight ? percentJson(outcome.weight) : { fraction: '0.00' },
        baseline: outcome.baseline ? baselineJson(outcome.baseline) : null,
        baselineSource: clauseOf(clauses, isBaselineSourceClause)?.text ?? null,
        targets: outcome.targets.flatMap(t => targetJson(ctx, t)),
        window: outcome.window.kind === 'rolling'
            ? { kind: 'rolling', duration: durationJson(outcome.window.duration) }
            : { kind: 'contract_year', duration: null },
        source: source ? { name: source.name, national: source.national, lag: source.lag ? durationJson(source.lag) : { value: 0, unit: 'days' } } : null,
        minimumDenominator: { value: countJson(minimum.value), unit: minimum.unit, fallback: minimum.fallback, fromPolicy: minimum.fromPolicy },
        missingData: missingDataOf(outcome),
        mustPass: mustPass ? { at: optionalWritten(mustPass.node.at), blocks: mustPass.node.blocks ?? 'pot' } : null,
        drivers: driversOf(outcome, ctx.model.contract),
        allowMultiPot: outcome.allowMultiPot
    });
}

function baselineJson(baseline: BaselineModel): BaselineJson | null {
    if (!baseline.from || !baseline.period) {
        return null;
    }
    return {
        value: writtenNumber(baseline.node.value),
        year: baseline.from.label,
        toYear: baseline.node.toYear ?? null,
        period: periodJson(baseline.period),
        n: optionalCount(baseline.n),
        events: optionalCount(baseline.events)
    };
}

/** A year's target; `tiers` are only the year's own (settlement falls back to `scoring.tiers`). */
function targetJson(ctx: GenerateContext, target: TargetModel): TargetJson[] {
    if (!target.measurement) {
        return [];
    }
    const node = target.node;
    return [located(ctx, node, {
        year: target.label,
        threshold: optionalWritten(node.threshold),
        full: optionalWritten(node.full),
        stretch: optionalWritten(node.stretch),
        tiers: target.ownTiers ? tiersJson(target.tiers) : [],
        maintain: target.maintain,
        measurement: periodJson(target.measurement)
    })];
}

/** `12 pays 50%` → `{level: "12", payout: {fraction: "0.50"}}`, levels as written. */
function tiersJson(tiers: TierModel[]): TierJson[] {
    return tiers.flatMap(t => t.payout ? [{ level: writtenNumber(t.node.level), payout: percentJson(t.payout) }] : []);
}
