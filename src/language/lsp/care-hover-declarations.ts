import type { AstNode } from 'langium';
import type { ContractModel } from '../../model/contract-model.js';
import { formatNumber } from '../../model/decimal.js';
import { formatInterval, shareOfParent, stakesOf } from '../../model/explain-figures.js';
import type { OutcomeModel, PotModel, TargetModel } from '../../model/outcomes.js';
import type { CohortModel, PartitionModel } from '../../model/population.js';
import {
    isAlliance, isBoard, isCohort, isContract, isLibrary, isMetric, isOutcome, isPartition, isPartitionMember, isParty,
    isPathway, isPooledBudget, isPopulation, isPot, isReport, isReserve, isService, isStage
} from '../generated/ast.js';
import { indicative, tierArithmetic } from './care-figures.js';

/**
 * Hover text for a declaration: kind, name and title, then the model's figures for that kind.
 * The doc comment is added by the provider, between the heading and the figures.
 */
export function declarationHeading(node: AstNode): string | undefined {
    const kind = declarationKind(node);
    const name = (node as { name?: string }).name;
    if (!kind) {
        return undefined;
    }
    const title = (node as { title?: string }).title;
    const shownName = name ? ` \`${name}\`` : '';
    return `**${kind}**${shownName}${title ? ` — ${unquote(title)}` : ''}`;
}

/** Figure lines for a declaration, empty when the kind has none or the model lacks them. */
export function declarationFigures(node: AstNode, model: ContractModel | undefined): string[] {
    if (!model) {
        return [];
    }
    if (isPopulation(node) || isCohort(node) || isPartitionMember(node)) {
        const cohort = model.population.all.find(c => c.node === node);
        return cohort ? cohortFigures(cohort, model) : [];
    }
    if (isPartition(node)) {
        const partition = model.population.partitions.find(p => p.node === node);
        return partition ? partitionFigures(partition) : [];
    }
    if (isPot(node)) {
        const pot = model.pots.find(p => p.node === node);
        return pot ? potFigures(pot) : [];
    }
    if (isOutcome(node)) {
        const outcome = model.outcomes.find(o => o.node === node);
        return outcome ? outcomeFigures(outcome, model) : [];
    }
    if (isContract(node)) {
        return contractFigures(model);
    }
    return [];
}

function declarationKind(node: AstNode): string | undefined {
    if (isParty(node)) {
        return node.role;
    }
    if (isPartitionMember(node)) {
        return 'partition member';
    }
    const kinds: [(n: unknown) => boolean, string][] = [
        [isContract, 'contract'], [isLibrary, 'library'], [isMetric, 'metric'], [isAlliance, 'alliance'],
        [isPopulation, 'population'], [isCohort, 'cohort'], [isPartition, 'partition'], [isService, 'service'],
        [isPathway, 'pathway'], [isStage, 'stage'], [isReserve, 'reserve'], [isPooledBudget, 'pooled budget'],
        [isPot, 'pot'], [isOutcome, 'outcome'], [isReport, 'report'], [isBoard, 'board']
    ];
    return kinds.find(([is]) => is(node))?.[1];
}

function cohortFigures(cohort: CohortModel, model: ContractModel): string[] {
    const lines: string[] = [];
    if (cohort.age) {
        const inherited = cohort.ownAge ? '' : ' (inherited)';
        lines.push(`Age ${formatInterval(cohort.age)}${inherited}`);
    }
    const share = shareOfParent(cohort);
    if (share && cohort.parent) {
        lines.push(`Size ${formatNumber(share.size)} of ${formatNumber(share.parentSize)} (${formatNumber(share.share.value, 1)}% of \`${cohort.parent.name}\`)`);
    } else if (cohort.size) {
        const asAt = cohort.sizeNode?.asAt ? ` as at ${cohort.sizeNode.asAt}` : '';
        lines.push(`Size ${formatNumber(cohort.size)}${asAt}`);
    }
    const capitation = model.budget.capitation;
    const tier = capitation?.tiers.find(t => t.cohort === cohort);
    const arithmetic = tier && capitation ? tierArithmetic(tier, capitation) : undefined;
    if (arithmetic) {
        lines.push(`Capitation ${arithmetic} a year`);
    }
    return lines;
}

function partitionFigures(partition: PartitionModel): string[] {
    if (!partition.sizeTotal) {
        return [];
    }
    const terms = partition.members.map(m => formatNumber(m.size!)).join(' + ');
    const parentSize = partition.parent.size;
    const verdict = !partition.exhaustive || !parentSize ? ''
        : partition.sizeTotal.equals(parentSize) ? ` = \`${partition.parent.name}\` ✓` : ` ≠ ${formatNumber(parentSize)} ✗`;
    return [`Σ ${terms} = ${formatNumber(partition.sizeTotal)}${verdict}`];
}

function potFigures(pot: PotModel): string[] {
    const weights = pot.outcomes.filter(o => o.weight).map(o => `${o.name} ${o.weight!.format()}`);
    const ok = pot.weightTotal.value.equals(100) ? ' ✓' : ' ✗';
    return [`Weights ${weights.join(' + ')} = ${pot.weightTotal.format()}${ok}`];
}

function outcomeFigures(outcome: OutcomeModel, model: ContractModel): string[] {
    const lines: string[] = [];
    const facts = [
        outcome.weight ? `weight ${outcome.weight.format()}` : undefined,
        outcome.scoring ? `scoring ${outcome.scoring.method}` : undefined,
        outcome.direction ? `${outcome.direction} is better` : undefined,
        outcome.unit ? `unit ${outcome.unit}` : undefined
    ].filter(Boolean);
    if (facts.length) {
        lines.push(facts.join(' · '));
    }
    if (outcome.baseline?.value) {
        const range = outcome.baseline.node.toYear ? `${outcome.baseline.node.year} to ${outcome.baseline.node.toYear}` : outcome.baseline.node.year;
        lines.push(`Baseline ${outcome.baseline.node.value} in ${range}`);
    }
    const stakes = new Map(stakesOf(model, outcome).map(s => [s.year.label, s]));
    const labels = [...new Set([...stakes.keys(), ...outcome.targets.map(t => t.label)])];
    if (labels.length) {
        lines.push('', '| Year | At stake | Target | Noise (95%) vs change |', '|---|---|---|---|');
        for (const label of labels) {
            const stake = stakes.get(label);
            const target = outcome.targets.find(t => t.label === label);
            const money = stake ? `${stake.amount.format()}${indicative(stake.year.final)}` : '–';
            lines.push(`| ${label} | ${money} | ${target ? targetText(target) : '–'} | ${noiseText(outcome, label)} |`);
        }
    }
    return lines;
}

/** V-43 as the model assessed it: `±0.65 vs 5.0 ✓` (points for proportions, expected events for rates). */
function noiseText(outcome: OutcomeModel, label: string): string {
    const reliability = outcome.reliability;
    if (reliability.kind === 'not-assessable') {
        return '–';
    }
    const year = reliability.years.find(y => y.label === label);
    if (!year) {
        return '–';
    }
    const events = reliability.kind === 'events';
    const band = formatNumber(year.band.toDecimalPlaces(events ? 1 : 2), events ? 1 : 2);
    const required = formatNumber(year.required.toDecimalPlaces(1), 1);
    return `±${band} vs ${required}${events ? ' events' : ''} ${year.inside ? '⚠' : '✓'}`;
}

/** `T0 63 → T1 67`, `tiers 12 → 50%, 18 → 75%`, or `T1 85` for one-level methods. */
function targetText(target: TargetModel): string {
    if (target.tiers.length) {
        return 'tiers ' + target.tiers.map(t => `${t.node.level} → ${t.node.payout}`).join(', ');
    }
    // Metric values as written (`62.0`, not `62`): they are the author's figures, not computed ones.
    const written = target.node;
    const parts = [
        written.threshold ? `T0 ${written.threshold}` : undefined,
        written.full ? `T1 ${written.full}` : undefined,
        written.stretch ? `stretch ${written.stretch}` : undefined,
        target.maintain ? 'maintain' : undefined
    ].filter(Boolean);
    return parts.join(' → ') || '–';
}

function contractFigures(model: ContractModel): string[] {
    const h = model.header;
    const facts = [h.form, h.jurisdiction, h.currency, `policy ${h.profileName}`, h.status].filter(Boolean);
    const lines = [facts.join(' · ')];
    if (model.term?.years.length) {
        lines.push(`Years ${model.term.years.map(y => y.shadow ? `${y.label} (shadow)` : y.label).join(', ')}`);
    }
    return lines;
}

export function unquote(text: string): string {
    return text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1).replace(/\\(["\\])/g, '$1') : text;
}
