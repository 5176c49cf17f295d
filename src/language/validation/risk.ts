import type { AstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { ContractModel } from '../../model/contract-model.js';
import { formatNumber, toPlain } from '../../model/decimal.js';
import type { AgeInterval } from '../../model/population.js';
import { riskOf } from '../../model/risk.js';
import { IssueCodes } from './catalogue.js';
import { keywordRange, listNames } from './budget-messages.js';
import type { CheckContext, ContractCheck } from './reporter.js';

const METHOD_NAMES: Partial<Record<string, string>> = { hcc: 'HCC', acg: 'ACG', needs_formula: 'Needs-formula' };
const SCORE_LOW = '0.5';
const SCORE_HIGH = '3.0';

/**
 * V-16: where the provider bears per-capita risk (capitation, a per-capita or two-sided benchmark) for a
 * population spanning ages 65+ or several tiers, the risk adjustment method is not `none`.
 */
export function riskMustBeAdjusted({ model, report }: CheckContext): void {
    const risk = riskOf(model);
    if ((risk.adjustment?.method ?? 'none') !== 'none') {
        return;
    }
    const tiers = model.budget.capitation?.tiers ?? [];
    // A benchmark declared `risk_adjusted` carries its own adjustment; capitation still needs a method.
    const savings = risk.sharedSavings;
    const perCapita = risk.capitated || (savings && (savings.perCapitaBenchmark || savings.twoSided) && !savings.riskAdjustedBenchmark);
    if (!perCapita) {
        return;
    }
    const at = risk.adjustment ? { node: risk.adjustment.node as AstNode, property: 'method' } : placeOf(model);
    if (tiers.length > 1) {
        const names = tiers.map(t => t.cohort?.name ?? t.node.tier?.$refText ?? '?');
        report({
            code: IssueCodes.RiskNoAdjustment,
            ...at,
            message: `capitation over ${tiers.length} tiers (${listNames(names)}) with no risk adjustment: declare tiered_capitation or a method`,
            figures: { tiers: names, method: 'none', replacement: 'risk_adjustment tiered_capitation' }
        });
        return;
    }
    const tier = tiers[0];
    const age = tier?.cohort?.age ?? model.population.population?.age;
    if (age && age.hi !== null && age.hi <= 65) {
        return;
    }
    const what = tier?.rate ? `${tier.rate.format()} flat` : 'per-capita benchmark';
    report({
        code: IssueCodes.RiskNoAdjustment,
        ...at,
        message: `${what} for ${agesOf(age)}, no risk adjustment`,
        figures: { rate: tier?.rate?.toJsonAmount() ?? null, ages: agesOf(age), method: 'none' }
    });
}

/**
 * V-17: an HCC, ACG or needs-formula adjustment of the benchmark caps the score's upward change, and a
 * declared baseline score (normalised) lies within (0.5, 3.0).
 */
export function riskScoreMustBeCapped({ model, report }: CheckContext): void {
    const risk = riskOf(model);
    const adjustment = risk.adjustment;
    if (!adjustment) {
        return;
    }
    const methodName = METHOD_NAMES[adjustment.method];
    const onBenchmark = adjustment.purpose === 'benchmark' || (!adjustment.purpose && risk.sharedSavings?.riskAdjustedBenchmark);
    if (methodName && onBenchmark && !adjustment.capOnChange) {
        report({
            code: IssueCodes.UncappedScoreGrowth,
            node: adjustment.node,
            property: 'method',
            message: `${methodName} adjustment uncapped: the benchmark can grow with coding intensity rather than need`,
            figures: { method: adjustment.method, insert: 'cap_on_change 3% per agreement_period' }
        });
    }
    const score = adjustment.baselineScore;
    if (score && (score.normalised.lessThanOrEqualTo(SCORE_LOW) || score.normalised.greaterThanOrEqualTo(SCORE_HIGH))) {
        const shown = score.normalisation
            ? `baseline_score ${toPlain(score.score)} ÷ normalisation ${toPlain(score.normalisation)} = ${toPlain(score.normalised.toDecimalPlaces(4))}`
            : `baseline_score ${toPlain(score.score)}`;
        report({
            code: IssueCodes.UncappedScoreGrowth,
            node: adjustment.node,
            property: 'method',
            message: `${shown} is outside (${SCORE_LOW}, ${SCORE_HIGH})`,
            figures: { score: toPlain(score.score), normalised: toPlain(score.normalised.toDecimalPlaces(4)), low: SCORE_LOW, high: SCORE_HIGH }
        });
    }
}

/** V-18: a capitated population below min_lives_full_capitation has a stop-loss or cost truncation. */
export function outliersMustBeProtected({ model, report }: CheckContext): void {
    const risk = riskOf(model);
    const lives = risk.capitatedLives;
    const minimum = model.header.policy.value('min_lives_full_capitation');
    if (!lives || !lives.lessThan(minimum) || risk.adjustment?.stopLoss || risk.adjustment?.truncation) {
        return;
    }
    report({
        code: IssueCodes.NoOutlierProtection,
        ...placeOf(model),
        message: `${formatNumber(lives)}-person capitated ICO has no stop-loss or truncation (below ${formatNumber(minimum)} lives)`,
        figures: { lives: toPlain(lives), minimum: toPlain(minimum) },
        parameter: 'min_lives_full_capitation'
    });
}

/** Where a per-head risk finding points: the capitation block, else the payment base, else the contract name. */
function placeOf(model: ContractModel): { node: AstNode; property?: string; range?: Range } {
    const capitation = model.budget.capitation?.node;
    if (capitation) {
        return { node: capitation, range: keywordRange(capitation, 'capitation') };
    }
    const base = model.payment.base?.node;
    if (base) {
        return { node: base, property: 'kind' };
    }
    const savings = riskOf(model).sharedSavings?.node;
    return savings ? { node: savings, range: keywordRange(savings, 'shared_savings') } : { node: model.contract, property: 'name' };
}

/** `ages 65–100`, `ages 65+`, `all ages`. */
function agesOf(age: AgeInterval | undefined): string {
    if (!age) {
        return 'all ages';
    }
    return age.hi === null ? `ages ${age.lo}+` : `ages ${age.lo}–${age.hi - 1}`;
}

/** The risk rules of LANGUAGE.md §5, each named after what it enforces. */
export const riskChecks: ContractCheck[] = [riskMustBeAdjusted, riskScoreMustBeCapped, outliersMustBeProtected];
