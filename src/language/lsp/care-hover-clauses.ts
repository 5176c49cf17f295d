import type { AstNode } from 'langium';
import type { BudgetYearModel } from '../../model/budget.js';
import type { ContractModel } from '../../model/contract-model.js';
import { formatNumber, parseDecimal } from '../../model/decimal.js';
import { formatInterval, reconciles } from '../../model/explain-figures.js';
import type { WithholdYearModel } from '../../model/payment.js';
import { formatPolicyValue, policyParameter, type PolicyValue } from '../../model/policy.js';
import { normaliseAge } from '../../model/population.js';
import {
    isAgeRange, isBudgetYear, isCapitation, isCapitationRate, isPolicyClause, isPolicyOverride, isWithhold, isWithholdPhase
} from '../generated/ast.js';
import { indicative, tierArithmetic, withholdArithmetic } from './care-figures.js';

/**
 * Hover text for clauses that carry figures but declare no name: budget years, withhold phases,
 * capitation rates, policy parameters and ages. Returns undefined for any other node, so the
 * provider can try the node's container next.
 */
export function clauseHover(node: AstNode, model: ContractModel): string | undefined {
    if (isBudgetYear(node)) {
        const year = model.budget.years.find(y => y.node === node);
        return year ? budgetYearHover(year, model) : undefined;
    }
    if (isWithholdPhase(node)) {
        const year = model.payment.withholds.flatMap(w => w.years).find(y => y.node === node);
        return year ? withholdPhaseHover(year) : undefined;
    }
    if (isWithhold(node)) {
        const withhold = model.payment.withholds.find(w => w.node === node);
        return withhold ? [`**withhold** of ${withhold.base} into \`${withhold.pot?.name ?? '?'}\` · cash ${withhold.cash}`, '',
            ...withhold.years.map(y => `- ${y.label}: ${withholdArithmetic(y) ?? y.rate?.format() ?? '?'}${indicative(y.final)}`)].join('\n') : undefined;
    }
    if (isCapitationRate(node) || isCapitation(node)) {
        return capitationHover(node, model);
    }
    if (isPolicyOverride(node)) {
        const value = parameterValue(model, node.parameter);
        return value ? parameterHover(value, model) : undefined;
    }
    if (isPolicyClause(node)) {
        return policyHover(model);
    }
    if (isAgeRange(node)) {
        const age = normaliseAge(node);
        return age ? `**age** ${age.written} = ${formatInterval(age)} (whole years, half-open)` : undefined;
    }
    return undefined;
}

function budgetYearHover(year: BudgetYearModel, model: ContractModel): string {
    const lines = [`**budget year** ${year.label} · ${year.basis === 'stated' ? `stated ${year.stated?.format() ?? '?'}` : 'capitation formula'}`, ''];
    const total = model.budget.capitation?.annualTotal;
    if (total) {
        const proRata = year.proRata && !year.proRata.equals(1) ? ` × ${year.proRata.toDecimalPlaces(4).toString()} (partial year)` : '';
        const uplift = upliftText(year);
        const computed = year.computed ? ` = ${year.computed.format()}${indicative(year.final)}` : ' (index not yet published)';
        lines.push(`Capitation ${total.format()}${proRata}${uplift}${computed}`);
    }
    if (year.difference) {
        const ok = reconciles(year, model.header.policy);
        lines.push('', `Stated − computed = ${year.difference.format()} ${ok ? '✓' : '✗'} ${model.header.policy.tag('money_tolerance')}`);
    }
    return lines.join('\n');
}

function upliftText(year: BudgetYearModel): string {
    const uplift = year.uplift;
    if (!uplift) {
        return '';
    }
    if (uplift.kind === 'rate') {
        return ` × (1 + ${uplift.rate.format()})`;
    }
    const less = uplift.efficiencyFactor ? ' − efficiency_factor' : uplift.less ? ` − ${uplift.less.format()}` : '';
    return ` × (1 + ${uplift.index}${less})`;
}

function withholdPhaseHover(year: WithholdYearModel): string {
    const lines = [`**withhold** ${year.label}${year.year?.shadow ? ' (shadow year)' : ''}`, ''];
    const arithmetic = withholdArithmetic(year);
    if (arithmetic) {
        lines.push(`${arithmetic}${indicative(year.final)}`);
    }
    if (year.monthlyPayment) {
        lines.push('', `Monthly payment ${year.monthlyPayment.format()}`);
    }
    if (year.perOutcome.length && year.amount && !year.amount.isZero()) {
        lines.push('', '| Outcome | Weight | Amount |', '|---|---|---|');
        lines.push(...year.perOutcome.map(p => `| ${p.outcome.name} | ${p.weight.format()} | ${p.amount.format()} |`));
    }
    return lines.join('\n');
}

function capitationHover(node: AstNode, model: ContractModel): string | undefined {
    const capitation = model.budget.capitation;
    if (!capitation) {
        return undefined;
    }
    const unit = capitation.unit === 'person_year' ? 'per person per year' : 'per member per month';
    const tier = capitation.tiers.find(t => t.node === node);
    if (tier) {
        const arithmetic = tierArithmetic(tier, capitation);
        return `**capitation tier** \`${tier.node.tier?.$refText ?? '?'}\` ${unit}${arithmetic ? `\n\n${arithmetic}` : ''}`;
    }
    const lines = [`**capitation** ${unit}`, ''];
    for (const t of capitation.tiers) {
        lines.push(`- \`${t.node.tier?.$refText ?? '?'}\` ${tierArithmetic(t, capitation) ?? '?'}`);
    }
    if (capitation.annualTotal) {
        lines.push('', `Total ${capitation.annualTotal.format()} a year`);
    }
    if (capitation.blendedRate && capitation.count) {
        lines.push(`Blended ${capitation.blendedRate.format()} per person per year over ${formatNumber(capitation.count)}`);
    }
    return lines.join('\n');
}

function parameterValue(model: ContractModel, name: string): PolicyValue | undefined {
    return policyParameter(name) ? model.header.policy.get(name) : undefined;
}

function parameterHover(value: PolicyValue, model: ContractModel): string {
    const def = policyParameter(value.name)!;
    const profile = model.header.profileName;
    const shown = formatPolicyValue(value.kind, value.value);
    const lines = [`**policy parameter** \`${value.name}\` = ${shown}`, '', def.description, ''];
    if (value.source === 'override') {
        lines.push(`Overrides the ${profile} default ${formatPolicyValue(def.kind, parseDecimal(def.defaultValue))} because "${value.reason ?? ''}"`);
    } else {
        lines.push(`Default of ${profile}`);
    }
    lines.push('', `Used by ${def.rules.join(', ')}`);
    return lines.join('\n');
}

function policyHover(model: ContractModel): string {
    const policy = model.header.policy;
    const lines = [`**policy** \`${model.header.profileName}\` — ${policy.profile.description}`, '',
        '| Parameter | Value | From |', '|---|---|---|'];
    for (const v of policy.all()) {
        const from = v.source === 'override' ? `override: ${v.reason ?? ''}` : 'profile default';
        lines.push(`| ${v.name} | ${formatPolicyValue(v.kind, v.value)} | ${from} |`);
    }
    return lines.join('\n');
}
