import type { AstNode } from 'langium';
import { formatNumber, toPlain } from '../../model/decimal.js';
import { Percent } from '../../model/money.js';
import type { RateThresholdModel } from '../../model/payment.js';
import type { CheckContext, Report } from './reporter.js';
import { IssueCodes } from './catalogue.js';
import { keywordRange, pct, pctFigure, rateText } from './payment-format.js';

/**
 * V-31: shares lie in (0, 100%] (error) and the savings share at most max_savings_share (warning); MSR and MLR are
 * not negative; a fixed one-sided MSR is not below the size-based MSR for the population (warning); and where the
 * profile requires it (mssp_2026), a two-sided model has MSR = MLR (error).
 */
export function savingsSharesMustBeValid({ model, report }: CheckContext): void {
    const savings = model.payment.sharedSavings;
    if (!savings) {
        return;
    }
    const policy = model.header.policy;
    const maxShare = new Percent(policy.value('max_savings_share'));
    const share = savings.savingsShare;
    if (share?.rate && !shareOutOfRange(share.rate, share.node, 'savings share', report) && share.rate.value.greaterThan(maxShare.value)) {
        report({
            code: IssueCodes.SavingsShare, node: share.node, property: 'rate', severity: 'warning', parameter: 'max_savings_share',
            message: `savings share ${pct(share.rate)} exceeds max_savings_share ${pct(maxShare)}`,
            figures: { share: pctFigure(share.rate), max: pctFigure(maxShare) }
        });
    }
    if (savings.lossShare?.rate) {
        shareOutOfRange(savings.lossShare.rate, savings.lossShare.node, 'loss share', report);
    }
    for (const [label, threshold] of [['MSR', savings.msr], ['MLR', savings.mlr]] as const) {
        if (threshold?.kind === 'fixed' && threshold.rate?.value.lessThan(0)) {
            report({
                code: IssueCodes.SavingsShare, node: threshold.node, property: 'rate', severity: 'error',
                message: `${label} ${rateText(threshold.rate)} is negative`,
                figures: { [label.toLowerCase()]: pctFigure(threshold.rate) }
            });
        }
    }
    if (savings.sided === 'one_sided') {
        msrMustReachSizeBasedValue(savings.msr, new Percent(policy.value('msr_floor')), report);
    } else if (policy.profile.msrMustEqualMlrWhenTwoSided && savings.msr && savings.mlr && !sameThreshold(savings.msr, savings.mlr)) {
        report({
            code: IssueCodes.SavingsShare, node: savings.mlr.node, severity: 'error',
            message: `two-sided MSR ${thresholdText(savings.msr)} ≠ MLR ${thresholdText(savings.mlr)}: ${policy.profile.name} requires MSR = MLR`,
            figures: {
                msr: savings.msr.kind === 'fixed' && savings.msr.rate ? pctFigure(savings.msr.rate) : savings.msr.kind,
                mlr: savings.mlr.kind === 'fixed' && savings.mlr.rate ? pctFigure(savings.mlr.rate) : savings.mlr.kind,
                replacement: savings.msr.kind === 'size_based' ? 'mlr size_based' : `mlr ${savings.msr.node.rate ?? ''}`
            }
        });
    }
}

function shareOutOfRange(rate: Percent, node: AstNode, what: string, report: Report): boolean {
    if (rate.value.greaterThan(0) && !rate.value.greaterThan(100)) {
        return false;
    }
    report({
        code: IssueCodes.SavingsShare, node, property: 'rate', severity: 'error',
        message: `${what} ${pct(rate)} must be above 0% and at most 100%`,
        figures: { share: pctFigure(rate) }
    });
    return true;
}

function msrMustReachSizeBasedValue(msr: RateThresholdModel | undefined, floor: Percent, report: Report): void {
    const sizeBased = msr?.sizeBased;
    if (!msr || msr.kind !== 'fixed' || !msr.rate || !sizeBased) {
        return;
    }
    // The policy floor governs where it is above the table (the table's own floor is the 2.0% default).
    const floorGoverns = floor.value.greaterThan(sizeBased.rate.value);
    const required = floorGoverns ? floor : sizeBased.rate;
    if (!msr.rate.value.lessThan(required.value)) {
        return;
    }
    report({
        code: IssueCodes.SavingsShare, node: msr.node, property: 'rate', severity: 'warning',
        parameter: floorGoverns ? 'msr_floor' : undefined,
        message: `MSR ${rateText(msr.rate)} for ${formatNumber(sizeBased.lives)} lives; `
            + (floorGoverns ? `msr_floor is ${rateText(floor)}` : `size-based MSR at ${formatNumber(sizeBased.at)} is ${rateText(sizeBased.rate)}`),
        figures: {
            msr: pctFigure(msr.rate),
            lives: toPlain(sizeBased.lives),
            at: toPlain(sizeBased.at),
            sizeBased: pctFigure(sizeBased.rate),
            required: pctFigure(required)
        }
    });
}

function sameThreshold(a: RateThresholdModel, b: RateThresholdModel): boolean {
    if (a.kind !== b.kind) {
        return false;
    }
    return a.kind === 'size_based' || (!!a.rate && !!b.rate && a.rate.value.equals(b.rate.value));
}

function thresholdText(t: RateThresholdModel): string {
    if (t.kind === 'fixed') {
        return t.rate ? rateText(t.rate) : '?';
    }
    return t.rate ? `size_based (${rateText(t.rate)})` : 'size_based';
}

/**
 * V-32: in a two-sided model the provider's loss share is capped (as a share of benchmark or revenue) and is at least
 * min_loss_share_when_two_sided. Warnings; the mssp_2026 profile makes them errors.
 */
export function lossesMustBeCapped({ model, report }: CheckContext): void {
    const savings = model.payment.sharedSavings;
    const lossShare = savings?.lossShare;
    if (savings?.sided !== 'two_sided' || !lossShare?.rate || !lossShare.rate.value.greaterThan(0)) {
        return;
    }
    if (savings.lossCaps.length === 0) {
        report({
            code: IssueCodes.LossCap, node: lossShare.node, property: 'rate',
            message: `loss share ${pct(lossShare.rate)} with no loss cap`,
            figures: { lossShare: pctFigure(lossShare.rate) }
        });
    }
    const min = new Percent(model.header.policy.value('min_loss_share_when_two_sided'));
    if (lossShare.rate.value.lessThan(min.value)) {
        report({
            code: IssueCodes.LossCap, node: lossShare.node, property: 'rate', parameter: 'min_loss_share_when_two_sided',
            message: `loss share ${pct(lossShare.rate)} is below min_loss_share_when_two_sided ${pct(min)}`,
            figures: { lossShare: pctFigure(lossShare.rate), min: pctFigure(min) }
        });
    }
}

/** V-33: shared savings has a savings cap (a performance payment limit). */
export function savingsMustBeCapped({ model, report }: CheckContext): void {
    const savings = model.payment.sharedSavings;
    if (!savings || savings.savingsCap) {
        return;
    }
    report({
        code: IssueCodes.NoSavingsCap,
        ...keywordRange(savings.node, 'shared_savings'),
        message: 'no cap on shared savings',
        figures: { insert: 'savings_cap 10% of benchmark' }
    });
}
