import type { AstNode } from 'langium';
import type { ChangesClause, RiskAdjustment } from '../language/generated/ast.js';
import {
    isBaselineScoreClause, isCapOnChangeClause, isCodingIntensityClause, isCriteriaClause, isExcludeClause, isExposureClause,
    isGeographyClause, isPurposeClause, isReconcileClause, isRecalculationClause, isRegisterClause, isRiskAdjustment,
    isStopLossClause, isTruncationClause
} from '../language/generated/ast.js';
import { clauseOf, clausesOf, type ClauseBlock } from '../model/clauses.js';
import { changesOf } from '../model/contract-defaults.js';
import { readMoney, readPercent } from '../model/literals.js';
import type { CohortModel, PartitionModel } from '../model/population.js';
import type { ChangesJson, CohortJson, ExclusionJson, PartitionJson, PopulationJson, RiskAdjustmentJson, SizeJson } from './contract-json.js';
import { docOf, located, type GenerateContext } from './generate-context.js';
import { GenerateError } from './generate-error.js';
import { ageJson, countJson, moneyJson, optionalCount, optionalMoney, optionalPercent, percentJson, writtenNumber } from './json-values.js';

/** The contract's one `population`. Throws `GenerateError` without one: outcomes and capitation need it. */
export function generatePopulation(ctx: GenerateContext): PopulationJson {
    const population = ctx.model.population.population;
    if (!population) {
        throw new GenerateError(`${ctx.model.header.name} declares no population; there is nothing to capitate or measure`);
    }
    const clauses = clauseBlock(population);
    return located(ctx, population.node, {
        id: population.name,
        title: titleOf(population),
        doc: docOf(population.node),
        basis: population.basis ?? null,
        age: ageJson(population.age),
        size: sizeJson(population),
        geography: clauseOf(clauses, isGeographyClause)?.text ?? null,
        register: clauseOf(clauses, isRegisterClause)?.text ?? null,
        criteria: clauseOf(clauses, isCriteriaClause)?.text ?? null,
        growth: optionalPercent(population.growth),
        exposure: clauseOf(clauses, isExposureClause)?.value ?? null,
        reconcile: clauseOf(clauses, isReconcileClause)?.value ?? null,
        exclusions: exclusionsJson(ctx, clauses),
        changes: changesJson(changesOf(population)),
        partitions: population.partitions.map(p => partitionJson(ctx, p))
    });
}

/** Every cohort and partition member, in declaration order (a partition's members follow its cohort). */
export function generateCohorts(ctx: GenerateContext): CohortJson[] {
    return ctx.model.population.all.filter(c => c.kind !== 'population').map(cohort => {
        const clauses = clauseBlock(cohort);
        return located(ctx, cohort.node, {
            id: cohort.name,
            title: titleOf(cohort),
            doc: docOf(cohort.node),
            parent: cohort.parent?.name ?? '',
            age: ageJson(cohort.age),
            size: sizeJson(cohort),
            basis: cohort.basis ?? null,
            geography: clauseOf(clauses, isGeographyClause)?.text ?? null,
            register: clauseOf(clauses, isRegisterClause)?.text ?? null,
            criteria: clauseOf(clauses, isCriteriaClause)?.text ?? null,
            partition: cohort.partition?.name ?? null,
            partitions: cohort.partitions.map(p => partitionJson(ctx, p)),
            changes: changesJson(changesOf(cohort)),
            growth: optionalPercent(cohort.growth),
            exposure: clauseOf(clauses, isExposureClause)?.value ?? null,
            reconcile: clauseOf(clauses, isReconcileClause)?.value ?? null,
            exclusions: exclusionsJson(ctx, clauses)
        });
    });
}

/** `risk_adjustment {method, stopLoss, capOnChange, truncation, recalculation, baselineScore, codingIntensity, purpose}`. */
export function generateRiskAdjustment(ctx: GenerateContext): RiskAdjustmentJson | null {
    const node = ctx.model.contract.members.find(isRiskAdjustment);
    return node ? riskAdjustmentJson(ctx, node) : null;
}

function riskAdjustmentJson(ctx: GenerateContext, node: RiskAdjustment): RiskAdjustmentJson {
    const stopLoss = clauseOf(node, isStopLossClause);
    const attachment = readMoney(stopLoss?.attachment);
    const share = readPercent(stopLoss?.share);
    const capOnChange = clauseOf(node, isCapOnChangeClause);
    const capRate = readPercent(capOnChange?.rate);
    const truncation = clauseOf(node, isTruncationClause);
    const baselineScore = clauseOf(node, isBaselineScoreClause);
    return located(ctx, node, {
        method: node.method,
        stopLoss: stopLoss && attachment && share
            ? { attachment: moneyJson(attachment), commissionerShare: percentJson(share), aggregateCap: optionalMoney(readMoney(stopLoss.cap)) }
            : null,
        capOnChange: capOnChange && capRate ? { rate: percentJson(capRate), per: capOnChange.period } : null,
        truncation: truncation ? { percentile: writtenNumber(truncation.percentile) } : null,
        recalculation: clauseOf(node, isRecalculationClause)?.value ?? null,
        baselineScore: baselineScore ? {
            value: writtenNumber(baselineScore.score),
            normalisation: baselineScore.normalisation !== undefined ? writtenNumber(baselineScore.normalisation) : null
        } : null,
        codingIntensity: optionalPercent(readPercent(clauseOf(node, isCodingIntensityClause)?.rate)),
        purpose: clauseOf(node, isPurposeClause)?.value ?? null
    });
}

function partitionJson(ctx: GenerateContext, partition: PartitionModel): PartitionJson {
    return located(ctx, partition.node, {
        id: partition.name,
        exhaustive: partition.exhaustive,
        members: partition.members.map(m => m.name),
        sizeTotal: optionalCount(partition.sizeTotal)
    });
}

/** `size N as_at DATE source "…"`; partition members state only the count. */
function sizeJson(cohort: CohortModel): SizeJson | null {
    if (!cohort.size) {
        return null;
    }
    return {
        count: countJson(cohort.size),
        asAt: cohort.sizeNode?.asAt ?? null,
        source: cohort.sizeNode?.source ?? null
    };
}

function changesJson(clause: ChangesClause | undefined): ChangesJson | null {
    if (!clause) {
        return null;
    }
    const day = clause.day !== undefined ? Number(clause.day) : undefined;
    return {
        rule: clause.mode,
        basis: clause.unit ?? null,
        recount: day !== undefined && clause.month ? { day, month: clause.month } : null
    };
}

function exclusionsJson(ctx: GenerateContext, clauses: ClauseBlock): ExclusionJson[] {
    return clausesOf(clauses, isExcludeClause).map(c => located(ctx, c, {
        basis: c.basis,
        text: c.text,
        capitationAdjusted: c.capitationAdjusted
    }));
}

function titleOf(cohort: CohortModel): string | null {
    return cohort.node.title ?? null;
}

/** The clauses of a population, cohort or partition member. */
function clauseBlock(cohort: CohortModel): ClauseBlock {
    return { clauses: cohort.node.clauses as readonly AstNode[] };
}
