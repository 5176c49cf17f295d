/**
 * Converts the engine's exact results into statement JSON sections (money to at most 4 dp for
 * intermediate values, scores to 10 dp). No arithmetic happens here.
 */
import type { PaymentJson } from '../generator/contract-json.js';
import { toPlain } from '../model/decimal.js';
import type { BaseResult, WithholdResult } from './bases.js';
import { fractionJson, moneyJson, scoreString } from './json-values.js';
import type { PotLine, PotResult } from './pots.js';
import type { SharedSavingsResult } from './shared-savings.js';
import type { BasesJson, OutcomeStatementJson, PotStatementJson, SharedSavingsStatementJson } from './statement-json.js';

/** The `bases` section. */
export function basesJson(base: BaseResult, withholds: readonly WithholdResult[]): BasesJson {
    return {
        kind: base.kind,
        source: base.source,
        amount: moneyJson(base.amount),
        capitation: base.capitation,
        withholds: withholds.map(w => ({ pot: w.pot, rate: fractionJson(w.rate), amount: moneyJson(w.amount) }))
    };
}

/** One row of `outcomes`. */
export function outcomeJson(line: PotLine): OutcomeStatementJson {
    const { result } = line;
    const rule = result.rule;
    return {
        id: result.outcome.id,
        pot: result.pot,
        method: rule.method,
        direction: rule.direction,
        inputs: {
            value: result.actual ? result.actual.value.toString() : null,
            denominator: result.actual ? result.actual.denominator : null,
            dataComplete: result.actual?.dataComplete ?? false,
            // Metric values as written in the contract (`8.0`, not `8`).
            baseline: result.outcome.baseline?.value ?? null,
            threshold: result.target?.threshold ?? null,
            full: result.target?.full ?? null,
            tiers: result.target && result.target.tiers.length > 0 ? result.target.tiers : result.outcome.scoring.tiers,
            events: result.events ? toPlain(result.events.toDecimalPlaces(4)) : null
        },
        fallback: result.fallback,
        score: result.score ? scoreString(result.score) : null,
        weight: fractionJson(line.weight),
        effectiveWeight: fractionJson(line.effectiveWeight),
        contribution: scoreString(line.contribution),
        amount: moneyJson(line.amount)
    };
}

/** One row of `pots`. */
export function potJson(pot: PotResult, unearned: PaymentJson['unearned']): PotStatementJson {
    return {
        id: pot.id,
        withheld: moneyJson(pot.withheld),
        composite: scoreString(pot.composite),
        lineSum: moneyJson(pot.lineSum),
        totalRounded: moneyJson(pot.totalRounded),
        earned: moneyJson(pot.earned),
        forfeited: moneyJson(pot.forfeited),
        mustPassFailed: pot.mustPassFailed,
        unearned: unearned ? { rule: unearned.rule, purpose: unearned.purpose } : null
    };
}

/** The `sharedSavings` section. */
export function sharedSavingsJson(r: SharedSavingsResult, source: string, lives: number | null): SharedSavingsStatementJson {
    return {
        benchmark: moneyJson(r.benchmark),
        benchmarkSource: source,
        expenditure: moneyJson(r.expenditure),
        savings: moneyJson(r.savings),
        rate: fractionJson(r.rate),
        msr: r.msr ? fractionJson(r.msr) : null,
        mlr: r.mlr ? fractionJson(r.mlr) : null,
        lives,
        side: r.side,
        qualifies: r.qualifies,
        shareable: moneyJson(r.shareable),
        share: fractionJson(r.share),
        qualityFactor: r.qualityFactor ? scoreString(r.qualityFactor) : null,
        cap: r.cap ? moneyJson(r.cap) : null,
        blocked: r.blocked,
        amount: moneyJson(r.amount)
    };
}
