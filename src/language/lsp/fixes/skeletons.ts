import { AstUtils } from 'langium';
import type { Contract } from '../../generated/ast.js';
import {
    isBudgetYear, isCohort, isLeadClause, isParty, isPopulation, isPot, isSizeClause, isSourceClause, isTargetClause, isWithholdPhase
} from '../../generated/ast.js';
import { clauseOf } from '../../../model/clauses.js';
import { readYear } from '../../../model/literals.js';
import { parseMoneyLiteral } from '../../../model/money.js';
import { yearLabelFor } from '../../../model/period.js';
import { freshName, type FixContext } from './fix-kit.js';

/**
 * The text of sections and clauses the structure fixes insert: complete enough to validate, with the
 * names and figures the contract already has, and `TODO` strings where only the author knows the words.
 * Multi-line texts are indented relative to their first line; the insertion indents them in place.
 */

/** The contract's money symbol: from its `currency`, else the first amount written, else `£`. */
export function moneySymbol(ctx: FixContext): string {
    const currency = ctx.model()?.header.currency;
    if (currency) {
        return { GBP: '£', USD: '$', EUR: '€' }[currency];
    }
    const amount = firstAmount(ctx.contract);
    return amount ? { GBP: '£', USD: '$', EUR: '€' }[parseMoneyLiteral(amount).money.currency] : '£';
}

/** The currency the contract's amounts are written in, for a missing `currency` clause. */
export function currencyOfAmounts(contract: Contract | undefined): string {
    const amount = firstAmount(contract);
    return amount ? parseMoneyLiteral(amount).money.currency : 'GBP';
}

function firstAmount(contract: Contract | undefined): string | undefined {
    if (!contract) {
        return undefined;
    }
    for (const node of AstUtils.streamAst(contract)) {
        const amount = (node as { amount?: unknown }).amount;
        if (typeof amount === 'string' && /^[£$€]|^(GBP|USD|EUR)\s/.test(amount)) {
            return amount;
        }
    }
    return undefined;
}

/** The contract years: the term's, else those budget lines, withhold phases and targets name. */
export function contractYears(ctx: FixContext): string[] {
    const years = ctx.model()?.term?.years.map(y => y.label) ?? [];
    if (years.length > 0 || !ctx.contract) {
        return years;
    }
    const named = new Set<string>();
    for (const node of AstUtils.streamAst(ctx.contract)) {
        if (isBudgetYear(node) || isWithholdPhase(node) || isTargetClause(node)) {
            named.add(node.year);
        }
    }
    return [...named].filter(label => readYear(label)).sort((a, b) => readYear(a)!.startYear - readYear(b)!.startYear);
}

/** The first contract year's budget as written (`£17,712,240.00`), or its computed amount, or zero. */
export function firstYearAmount(ctx: FixContext): string {
    const first = ctx.model()?.budget.years[0];
    return first?.node.amount ?? first?.amount?.format() ?? `${moneySymbol(ctx)}0.00`;
}

export function termSkeleton(ctx: FixContext): string {
    const years = contractYears(ctx).map(readYear).filter(y => y !== undefined);
    const first = years[0];
    const last = years.at(-1);
    const kind = first?.kind ?? 'april_to_march';
    const start = first?.period.start.toString() ?? '2025-04-01';
    const end = last?.period.lastDay.toString() ?? '2030-03-31';
    return `term ${start} to ${end} {\n    years ${kind}\n    run_off 6 months\n}`;
}

export function populationSkeleton(ctx: FixContext): string {
    const contract = ctx.contract;
    const wanted = contract?.members.filter(isCohort).map(c => (c.parent?.ref ? undefined : c.parent?.$refText)).find(n => n);
    const name = wanted ?? freshName(ctx, 'Population');
    const sizes = contract?.members.filter(isCohort).map(c => clauseOf(c, isSizeClause)?.count).filter((s): s is string => !!s) ?? [];
    const size = sizes.sort((a, b) => Number(b.replace(/,/g, '')) - Number(a.replace(/,/g, '')))[0] ?? '1,000';
    const asAt = ctx.model()?.term?.start?.toString() ?? '2025-01-01';
    return `population ${name} "TODO: who is covered" {\n    basis registered_list\n    size ${size} as_at ${asAt} source "TODO: source of the count"\n}`;
}

export function budgetSkeleton(ctx: FixContext): string {
    const zero = `${moneySymbol(ctx)}0.00`;
    const lines = contractYears(ctx).map(y => `    year ${y} ${zero}`);
    return ['budget {', ...lines, '}'].join('\n');
}

export function paymentSkeleton(ctx: FixContext): string {
    const base = ctx.model()?.budget.capitation ? 'capitation' : 'block';
    return `payment {\n    base ${base} paid monthly\n    settle 6 months after year_end\n}`;
}

/** A pot named as the payment clauses already name it, with one complete outcome. */
export function potSkeleton(ctx: FixContext): string {
    const contract = ctx.contract;
    const wanted = contract && AstUtils.streamAst(contract)
        .map(n => (n as { pot?: { ref?: unknown; $refText?: string } }).pot)
        .find(ref => ref !== undefined && !ref.ref && !!ref.$refText)?.$refText;
    const name = wanted ?? freshName(ctx, 'P1');
    return `pot ${name} "TODO: pot title" {\n${indent(outcomeSkeleton(ctx))}\n}`;
}

/** One outcome with every clause settlement needs: baseline the year before the term, a target for each paying year. */
export function outcomeSkeleton(ctx: FixContext): string {
    const name = freshName(ctx, 'O1');
    const population = ctx.contract?.members.find(isPopulation)?.name ?? 'TODO';
    const model = ctx.model();
    const years = contractYears(ctx);
    const shadow = new Set(model?.term?.years.filter(y => y.shadow).map(y => y.label) ?? []);
    const first = readYear(years[0]);
    const baselineYear = first ? yearLabelFor(first.kind, first.startYear - 1) : '2024/25';
    const targets = years.filter(y => !shadow.has(y)).map(y => `    target ${y} threshold 51 full 55`);
    return [
        `outcome ${name} "TODO: outcome title" {`,
        '    type outcome',
        '    numerator "TODO: numerator"',
        `    denominator ${population}`,
        '    unit percent',
        '    direction higher',
        '    scoring linear',
        '    weight 100%',
        `    baseline 50.0 in ${baselineYear}`,
        ...targets,
        '    source national "TODO: national dataset"',
        '}'
    ].join('\n');
}

export function reportingSkeleton(ctx: FixContext): string {
    const local = (ctx.contract?.members.filter(isPot) ?? []).flatMap(p => p.outcomes)
        .filter(o => { const source = clauseOf(o, isSourceClause); return source && !source.national; })
        .map(o => o.name);
    const covers = local.length > 0 ? ` covers ${local.join(', ')}` : '';
    return `reporting {\n    report ${freshName(ctx, 'Dashboard')} "Quarterly outcome dashboard" every quarter due 30 days${covers}\n`
        + `    report ${freshName(ctx, 'Settlement')} "Annual settlement statement" every year due 6 months\n}`;
}

export const GOVERNANCE_SKELETON = 'governance {\n    board "Partnership Board" meets quarterly decides by majority\n'
    + '    variations agreed_by all_parties\n    disputes negotiation 20 working_days then mediation then expert_determination\n}';

/** The exit terms V-53 asks for, by the clause name termination/incomplete lists. */
export const EXIT_CLAUSES: Record<string, string> = {
    notice: 'notice 12 months',
    default: 'default remedy 60 days',
    exit_plan: 'exit_plan',
    exit_costs: 'exit_costs defaulting_party otherwise shared 50%',
    partial_year: 'partial_year pro_rata last_complete_quarter'
};

export const TERMINATION_SKELETON = ['termination {', ...Object.values(EXIT_CLAUSES).map(c => `    ${c}`), '    step_in', '}'].join('\n');

/** The lead commissioner (or the first), who hosts a pool by default. */
export function leadCommissioner(contract: Contract | undefined): string {
    const commissioners = contract?.members.filter(isParty).filter(p => p.role === 'commissioner') ?? [];
    const lead = commissioners.find(c => clauseOf(c, isLeadClause)) ?? commissioners[0];
    return lead?.name ?? 'TODO';
}

export function poolSkeleton(ctx: FixContext): string {
    const host = leadCommissioner(ctx.contract);
    return [
        `pooled_budget ${freshName(ctx, 'Pool')} "TODO: pool title" {`,
        `    host ${host}`,
        `    pool_manager ${host}`,
        `    contribution ${host} ${firstYearAmount(ctx)} share 100%`,
        '    overspend in_proportion',
        '    underspend in_proportion',
        '}'
    ].join('\n');
}

export function sharedSavingsSkeleton(ctx: FixContext): string {
    const first = contractYears(ctx)[0] ?? '2025/26';
    return [
        'shared_savings {',
        `    benchmark ${firstYearAmount(ctx)} in ${first}`,
        '    one_sided',
        '    msr 2%',
        '    savings_share 50%',
        '    savings_cap 10% of benchmark',
        '}'
    ].join('\n');
}

export function qualityGate(ctx: FixContext): string {
    const pot = ctx.contract?.members.find(isPot)?.name ?? 'TODO';
    return `gate shared_savings requires ${pot} composite >= 0.50`;
}

function indent(block: string): string {
    return block.split('\n').map(line => (line ? `    ${line}` : line)).join('\n');
}
