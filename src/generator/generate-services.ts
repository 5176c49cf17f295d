import type { Pathway, ProvisionClause, Service, Stage } from '../language/generated/ast.js';
import {
    isAccessClause, isBaselineSpend, isCategoryClause, isChoiceAtReferralClause, isEntryClause, isExitClause, isMechanismsClause,
    isOutOfScopeClause, isPathway, isPricedClause, isProvisionClause, isService, isServices, isStageServicesClause
} from '../language/generated/ast.js';
import { clauseOf, clausesOf } from '../model/clauses.js';
import { readDuration } from '../model/duration.js';
import { readMoney } from '../model/literals.js';
import type { PathwayJson, ServiceJson, ServicesJson, StageJson } from './contract-json.js';
import { docOf, located, type GenerateContext } from './generate-context.js';
import { durationJson, moneyJson } from './json-values.js';

/** `services {integration, items, pathways, mechanisms, outOfScope}`; empty lists when the contract has no block. */
export function generateServices(ctx: GenerateContext): ServicesJson {
    const block = ctx.model.contract.members.find(isServices);
    const items = block?.items ?? [];
    return located(ctx, block, {
        integration: block?.integration ?? null,
        items: items.filter(isService).map(s => serviceJson(ctx, s)),
        pathways: items.filter(isPathway).map(p => pathwayJson(ctx, p)),
        mechanisms: items.filter(isMechanismsClause).flatMap(m => m.values) as ServicesJson['mechanisms'],
        outOfScope: items.filter(isOutOfScopeClause).flatMap(o => o.items)
    });
}

function serviceJson(ctx: GenerateContext, node: Service): ServiceJson {
    const provision = clauseOf(node, isProvisionClause);
    const baseline = clauseOf(node, isBaselineSpend);
    const baselineAmount = readMoney(baseline?.amount);
    return located(ctx, node, {
        id: node.name,
        title: node.title ?? null,
        doc: docOf(node),
        category: clauseOf(node, isCategoryClause)?.value ?? null,
        provision: provisionKind(provision),
        subcontractors: provision?.subcontractors.map(s => s.$refText) ?? [],
        inScope: !provision?.retained,
        priced: clauseOf(node, isPricedClause)?.value ?? null,
        baselineSpend: baseline && baselineAmount ? { amount: moneyJson(baselineAmount), year: baseline.year } : null
    });
}

function provisionKind(clause: ProvisionClause | undefined): ServiceJson['provision'] {
    if (!clause) {
        return null;
    }
    if (clause.retained) {
        return 'commissioner_retained';
    }
    if (clause.direct) {
        return clause.subcontractors.length > 0 ? 'direct_and_subcontracted' : 'direct';
    }
    return 'subcontracted';
}

function pathwayJson(ctx: GenerateContext, node: Pathway): PathwayJson {
    return located(ctx, node, {
        id: node.name,
        title: node.title ?? null,
        stages: node.stages.map(s => stageJson(ctx, s))
    });
}

function stageJson(ctx: GenerateContext, node: Stage): StageJson {
    const access = clauseOf(node, isAccessClause);
    const within = readDuration(access?.within);
    return located(ctx, node, {
        id: node.name,
        title: node.title ?? null,
        services: clausesOf(node, isStageServicesClause).flatMap(c => c.services.map(s => s.$refText)),
        entry: clauseOf(node, isEntryClause)?.text ?? null,
        exit: clauseOf(node, isExitClause)?.text ?? null,
        access: access && within ? { text: access.text, within: durationJson(within) } : null,
        choiceAtReferral: clauseOf(node, isChoiceAtReferralClause) !== undefined
    });
}
