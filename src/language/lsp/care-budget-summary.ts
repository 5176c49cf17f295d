import type { ContractModel } from '../../model/contract-model.js';
import { formatNumber } from '../../model/decimal.js';
import type { WithholdModel } from '../../model/payment.js';
import { indicative, tierArithmetic } from './care-figures.js';

/**
 * The "Show budget summary" view: the capitation build-up, each contract year's budget and the money
 * at stake per outcome, as Markdown. Every figure is the contract model's; this only lays them out.
 */
export function budgetSummaryMarkdown(model: ContractModel, errors: number): string {
    const contract = model.contract;
    const lines = [`# Budget — ${contract.name}`, ''];
    if (contract.title) {
        lines.push(contract.title, '');
    }
    if (errors > 0) {
        lines.push(`> The contract has ${errors} error${errors === 1 ? '' : 's'}; figures that depend on them may be missing or wrong.`, '');
    }
    lines.push(...capitationSection(model), ...yearsSection(model));
    for (const withhold of model.payment.withholds) {
        lines.push(...withholdSection(withhold));
    }
    return lines.join('\n');
}

function capitationSection(model: ContractModel): string[] {
    const capitation = model.budget.capitation;
    if (!capitation) {
        return [];
    }
    const unit = capitation.unit === 'member_month' ? 'per member per month' : 'per person per year';
    const rows = capitation.tiers.map(tier =>
        `| ${tier.node.tier.$refText} | ${tier.count ? formatNumber(tier.count) : '?'} | ${tier.rate?.format() ?? '?'} | ${tier.annual?.format() ?? '?'} |`);
    const blended = capitation.blendedRate ? ` (blended ${capitation.blendedRate.format()} per person per year)` : '';
    return [
        `## Capitation ${unit}`, '',
        '| Tier | People | Rate | Annual |', '|---|---:|---:|---:|',
        ...rows,
        `| **Total** | ${capitation.count ? formatNumber(capitation.count) : '?'} | | **${capitation.annualTotal?.format() ?? '?'}** |`,
        '',
        ...capitation.tiers.flatMap(tier => {
            const text = tierArithmetic(tier, capitation);
            return text ? [`- ${tier.node.tier.$refText}: ${text}`] : [];
        }),
        blended ? `\nAnnual capitation ${capitation.annualTotal?.format() ?? '?'}${blended}.` : '',
        ''
    ];
}

function yearsSection(model: ContractModel): string[] {
    if (model.budget.years.length === 0) {
        return [];
    }
    const rows = model.budget.years.map(year => {
        const shadow = year.year?.shadow ? ' (shadow)' : '';
        const computed = year.computed ? `${year.computed.format()}${indicative(year.final)}` : '–';
        return `| ${year.label}${shadow} | ${year.basis} | ${year.stated?.format() ?? '–'} | ${computed} | ${year.difference?.format() ?? '–'} |`;
    });
    return ['## Contract years', '', '| Year | Basis | Stated | Computed | Stated − computed |', '|---|---|---:|---:|---:|', ...rows, ''];
}

/** One table per withhold: outcomes down, years across, the amount each outcome can earn back. */
function withholdSection(withhold: WithholdModel): string[] {
    const years = withhold.years.filter(year => year.amount && !year.amount.isZero());
    const pot = withhold.pot?.name ?? '?';
    const heading = `## Money at stake: withhold of ${withhold.base} into ${pot}`;
    if (years.length === 0) {
        return [heading, '', 'Nothing is withheld in any year.', ''];
    }
    const header = `| Outcome | Weight | ${years.map(y => `${y.label} · ${y.rate?.format() ?? '?'}${indicative(y.final)}`).join(' | ')} |`;
    const rule = `|---|---:|${years.map(() => '---:').join('|')}|`;
    const withheld = `| **Withheld** | | ${years.map(y => `**${y.amount!.format()}**`).join(' | ')} |`;
    const outcomes = withhold.pot?.outcomes ?? [];
    const rows = outcomes.map(outcome => {
        const cells = years.map(year => year.perOutcome.find(p => p.outcome === outcome)?.amount.format() ?? '–');
        const weight = years[0]!.perOutcome.find(p => p.outcome === outcome)?.weight.format() ?? '–';
        return `| ${outcome.name} ${outcome.title ?? ''} | ${weight} | ${cells.join(' | ')} |`;
    });
    return [heading, '', header, rule, withheld, ...rows, ''];
}
