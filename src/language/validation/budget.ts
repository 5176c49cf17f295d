import type { AstNode } from 'langium';
import { isHostClause, isPoolManagerClause, isPoolRuleClause } from '../generated/ast.js';
import { clauseOf, clausesOf } from '../../model/clauses.js';
import { Decimal, HUNDRED, formatNumber } from '../../model/decimal.js';
import type { Money } from '../../model/money.js';
import { Percent, currencySymbol, parseMoneyLiteral } from '../../model/money.js';
import type { ResolvedPolicy } from '../../model/policy.js';
import type { Severity } from './catalogue.js';
import { IssueCodes } from './catalogue.js';
import { budgetMustBeAffordable, everyYearMustHaveBudget, perHeadMustNotFallUnplanned } from './budget-trajectory.js';
import { capitationArithmetic, gapShare, keywordRange, signedMoney } from './budget-messages.js';
import type { CheckContext, ContractCheck } from './reporter.js';

/** Share totals may differ from 100% by this many percentage points (as alliance shares, V-03). */
const SHARE_TOLERANCE = '0.01';

/**
 * V-19: each stated year equals capitation (Σ size × rate × periods) × pro-rata × (1 + uplift) within
 * money_tolerance; a gap up to money_tolerance_relative of the stated amount is info, larger an error.
 */
export function capitationMustReconcile({ model, report }: CheckContext): void {
    const capitation = model.budget.capitation;
    if (!capitation) {
        return;
    }
    for (const year of model.budget.years) {
        const { stated, computed, difference, differenceRatio } = year;
        if (!stated || !computed || !difference) {
            continue;
        }
        const severity = reconciliationSeverity(difference, stated, model.header.policy);
        if (!severity) {
            continue;
        }
        report({
            code: IssueCodes.CapitationMismatch,
            node: year.node,
            property: 'amount',
            severity,
            message: `Capitation ${capitationArithmetic(capitation, year)} = ${computed.format()} differs from the stated ${stated.format()} `
                + `by ${moneyAbs(difference)} (${differenceRatio ? gapShare(differenceRatio) : '?'})`,
            figures: {
                year: year.label, computed: computed.toJsonAmount(), stated: stated.toJsonAmount(),
                difference: difference.toJsonAmount(), ratio: differenceRatio?.fraction.toFixed() ?? null,
                replacement: writtenLike(year.node.amount, computed)
            },
            related: [{ node: capitation.node, message: 'capitation rates' }]
        });
    }
}

/** V-20: each year's pool contributions sum to that year's budget, and their shares to 100%. */
export function poolMustReconcile({ model, report }: CheckContext): void {
    for (const pool of model.budget.pools) {
        const at = poolPlace(pool.node);
        const name = pool.node.name ?? 'pooled_budget';
        for (const year of pool.years) {
            const { total, budget, difference } = year;
            const amounts = year.contributions.map(c => c.amount).filter((a): a is Money => !!a);
            const severity = total && budget && difference ? reconciliationSeverity(difference, budget, model.header.policy) : undefined;
            if (severity && total && budget && difference) {
                const budgetYear = model.budget.years.find(y => y.label === year.label);
                report({
                    code: IssueCodes.PoolMismatch,
                    ...at,
                    severity,
                    message: `${amounts.map(a => a.format()).join(' + ')} = ${total.format()} ≠ ${budget.format()} (${signedMoney(difference)}): `
                        + `${name} contributions for ${year.label} do not add up to the year's budget`,
                    figures: {
                        pool: name, year: year.label ?? null, contributions: amounts.map(a => a.toJsonAmount()),
                        total: total.toJsonAmount(), budget: budget.toJsonAmount(), difference: difference.toJsonAmount()
                    },
                    related: budgetYear ? [{ node: budgetYear.node, message: `budget for ${year.label}` }] : undefined
                });
            }
            const shares = year.contributions.map(c => c.share).filter((s): s is Percent => !!s);
            const shareTotal = year.shareTotal;
            if (shareTotal && shareTotal.value.minus(HUNDRED).abs().greaterThan(SHARE_TOLERANCE)) {
                report({
                    code: IssueCodes.PoolMismatch,
                    ...at,
                    message: `Shares ${shares.map(s => s.format()).join(' + ')} = ${shareTotal.format()} ≠ 100% in ${name}${year.label ? ` ${year.label}` : ''}`,
                    figures: { pool: name, year: year.label ?? null, shares: shares.map(s => s.fraction.toFixed()), shareTotal: shareTotal.fraction.toFixed() }
                });
            }
        }
    }
}

/** V-20: a pooled budget names its host and pool manager and says who bears an overspend and keeps an underspend. */
export function poolMustBeGoverned({ model, report }: CheckContext): void {
    for (const pool of model.budget.pools) {
        const rules = clausesOf(pool.node, isPoolRuleClause);
        const missing = [
            !clauseOf(pool.node, isHostClause) && 'host',
            !clauseOf(pool.node, isPoolManagerClause) && 'pool_manager',
            !rules.some(r => r.side === 'overspend') && 'overspend rule',
            !rules.some(r => r.side === 'underspend') && 'underspend rule'
        ].filter((m): m is string => !!m);
        if (missing.length === 0) {
            continue;
        }
        const name = pool.node.name ?? '';
        report({
            code: IssueCodes.PoolIncomplete,
            ...poolPlace(pool.node),
            message: `pooled_budget${name ? ` ${name}` : ''} has no ${orList(missing)}`,
            figures: { pool: name || null, missing: missing.map(m => m.replace(' rule', '')) }
        });
    }
}

/** V-21: allocations and reserves of a year stay within its budget, and equal it when `exhaustive`. */
export function allocationsMustFitBudget({ model, report }: CheckContext): void {
    for (const allocation of model.budget.allocations) {
        const total = allocation.total;
        for (const year of allocation.years) {
            const { budget, difference } = year;
            if (!total || !budget || !difference || (difference.amount.isNegative() && !allocation.exhaustive)) {
                continue;
            }
            const severity = reconciliationSeverity(difference, budget, model.header.policy);
            if (!severity) {
                continue;
            }
            const over = !difference.amount.isNegative();
            report({
                code: IssueCodes.AllocationsExceed,
                node: allocation.node,
                range: keywordRange(allocation.node, 'allocations'),
                severity,
                message: over
                    ? `${year.label} allocations ${total.format()} exceed ${budget.format()} by ${moneyAbs(difference)}`
                    : `${year.label} exhaustive allocations ${total.format()} fall short of ${budget.format()} by ${moneyAbs(difference)}`,
                figures: { year: year.label, total: total.toJsonAmount(), budget: budget.toJsonAmount(), difference: difference.toJsonAmount() }
            });
        }
    }
}

/**
 * The severity of a reconciliation gap: none within money_tolerance, info within money_tolerance_relative
 * of the reference amount, otherwise error (LANGUAGE.md §5, V-19–21).
 */
export function reconciliationSeverity(difference: Money, of: Money, policy: ResolvedPolicy): Severity | undefined {
    const gap = difference.amount.abs();
    if (gap.lessThanOrEqualTo(policy.value('money_tolerance'))) {
        return undefined;
    }
    const relative = of.amount.abs().times(new Percent(policy.value('money_tolerance_relative')).fraction);
    return gap.lessThanOrEqualTo(relative) ? 'info' : 'error';
}

/** The computed amount to write in place of the stated one: paid to the penny, in the notation the author used. */
function writtenLike(stated: string | undefined, computed: Money): string {
    const digits = formatNumber(computed.amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP), 2);
    return stated && parseMoneyLiteral(stated).notation === 'code' ? `${computed.currency} ${digits}` : currencySymbol(computed.currency) + digits;
}

function moneyAbs(money: Money): string {
    return money.amount.isNegative() ? money.format().slice(1) : money.format();
}

function orList(items: string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function poolPlace(node: AstNode & { name?: string }): { node: AstNode; property?: string; range?: ReturnType<typeof keywordRange> } {
    return node.name ? { node, property: 'name' } : { node, range: keywordRange(node, 'pooled_budget') };
}

/** The budget rules of LANGUAGE.md §5, each named after what it enforces. */
export const budgetChecks: ContractCheck[] = [
    capitationMustReconcile,
    poolMustReconcile,
    poolMustBeGoverned,
    allocationsMustFitBudget,
    budgetMustBeAffordable,
    everyYearMustHaveBudget,
    perHeadMustNotFallUnplanned
];
