import type { Board, Report } from '../language/generated/ast.js';
import {
    isAuditClause, isBoard, isBoardAlsoClause, isBoardMembersClause, isChoice, isDefaultClause, isDisputesClause, isEvaluation,
    isExitCostsClause, isExitPlanClause, isFinancialDistressClause, isForbidsClause, isGovernance, isNoticeClause, isPartialYearClause,
    isProtectsClause, isReport, isReporting, isStepInClause, isTermination, isVariationsClause
} from '../language/generated/ast.js';
import { clauseOf, clausesOf } from '../model/clauses.js';
import { readDuration } from '../model/duration.js';
import { readCount, readPercent } from '../model/literals.js';
import type {
    BoardJson, ChoiceJson, EvaluationJson, GovernanceJson, ReportJson, ReportingJson, TerminationJson
} from './contract-json.js';
import { located, type GenerateContext } from './generate-context.js';
import { decidesOf } from './generate-parties.js';
import { countJson, durationJson, optionalDuration, optionalPercent, percentJson } from './json-values.js';

/** `choice {text, protects, forbids}`. */
export function generateChoice(ctx: GenerateContext): ChoiceJson | null {
    const node = ctx.model.contract.members.find(isChoice);
    if (!node) {
        return null;
    }
    return located(ctx, node, {
        text: node.text,
        protects: clausesOf(node, isProtectsClause).flatMap(c => c.rights) as ChoiceJson['protects'],
        forbids: clausesOf(node, isForbidsClause).flatMap(c => c.terms) as ChoiceJson['forbids']
    });
}

/** `reporting {reports, audit}`. */
export function generateReporting(ctx: GenerateContext): ReportingJson | null {
    const node = ctx.model.contract.members.find(isReporting);
    if (!node) {
        return null;
    }
    const audit = clauseOf(node, isAuditClause);
    return located(ctx, node, {
        reports: clausesOf(node, isReport).flatMap(r => reportJson(ctx, r)),
        audit: audit ? { frequency: audit.frequency, match: optionalPercent(readPercent(audit.match)) } : null
    });
}

function reportJson(ctx: GenerateContext, node: Report): ReportJson[] {
    const due = readDuration(node.due);
    if (!due) {
        return [];
    }
    return [located(ctx, node, {
        id: node.name,
        title: node.title ?? null,
        every: node.every,
        due: durationJson(due),
        covers: node.covers.map(c => c.$refText),
        dataset: node.dataset ?? null
    })];
}

/** `evaluation {independent, by, design, comparator, baseline, measures}`. */
export function generateEvaluation(ctx: GenerateContext): EvaluationJson | null {
    const node = ctx.model.contract.members.find(isEvaluation);
    if (!node) {
        return null;
    }
    return located(ctx, node, {
        independent: node.independent,
        by: node.by ?? null,
        design: node.design ?? null,
        comparator: node.comparator ?? null,
        baseline: node.baselineFrom ? { year: node.baselineFrom, toYear: node.baselineTo ?? null } : null,
        measures: [...node.measures]
    });
}

/** `governance {boards, variations, disputes}`. */
export function generateGovernance(ctx: GenerateContext): GovernanceJson | null {
    const node = ctx.model.contract.members.find(isGovernance);
    if (!node) {
        return null;
    }
    const variations = clauseOf(node, isVariationsClause);
    return located(ctx, node, {
        boards: clausesOf(node, isBoard).map(b => boardJson(ctx, b)),
        variations: variations ? { agreedBy: variations.agreedBy, rebaseAbove: optionalPercent(readPercent(variations.rebaseAbove)) } : null,
        disputes: clausesOf(node, isDisputesClause).flatMap(d => d.steps).map(step => ({
            step: step.kind,
            duration: optionalDuration(readDuration(step.duration))
        }))
    });
}

function boardJson(ctx: GenerateContext, node: Board): BoardJson {
    const quorum = readCount(node.quorum);
    return located(ctx, node, {
        id: node.name ?? null,
        title: node.title,
        meets: node.meets,
        decides: decidesOf(node),
        quorum: quorum ? countJson(quorum) : null,
        members: clausesOf(node, isBoardMembersClause).flatMap(c => c.parties.map(p => p.$refText)),
        also: clausesOf(node, isBoardAlsoClause).flatMap(c => c.items)
    });
}

/** `termination {notice, defaultRemedy, stepIn, exitPlan, financialDistress, exitCosts, partialYear}`. */
export function generateTermination(ctx: GenerateContext): TerminationJson | null {
    const node = ctx.model.contract.members.find(isTermination);
    if (!node) {
        return null;
    }
    const notice = clauseOf(node, isNoticeClause);
    const noticeDuration = readDuration(notice?.duration);
    const distress = readPercent(clauseOf(node, isFinancialDistressClause)?.above);
    const exitCosts = clauseOf(node, isExitCostsClause);
    const partialYear = clauseOf(node, isPartialYearClause);
    return located(ctx, node, {
        notice: noticeDuration ? { duration: durationJson(noticeDuration), after: notice?.after ?? null } : null,
        defaultRemedy: optionalDuration(readDuration(clauseOf(node, isDefaultClause)?.remedy)),
        stepIn: clauseOf(node, isStepInClause) !== undefined,
        exitPlan: clauseOf(node, isExitPlanClause) !== undefined,
        financialDistress: distress ? { forecastDeficitAbove: percentJson(distress) } : null,
        exitCosts: exitCosts ? { bearer: exitCosts.bearer, otherwiseShared: optionalPercent(readPercent(exitCosts.shared)) } : null,
        partialYear: partialYear ? { proRata: partialYear.basis } : null
    });
}
