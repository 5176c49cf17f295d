import { isBoard, isChoice, isDisputesClause, isGovernance, isProtectsClause, isReport, isReporting, isTermination, isVariationsClause } from '../../generated/ast.js';
import { clauseOf, clausesOf } from '../../../model/clauses.js';
import { freshName, insertAfter, insertAfterRange, insertClauses, propertyRange, text, texts, type Fix, type FixContext } from './fix-kit.js';
import { EXIT_CLAUSES } from './skeletons.js';
import { sectionPlacement } from './structure-fixes.js';

/** choice/missing: the required right added to the choice clause, or a choice clause protecting it. */
export function insertChoice(ctx: FixContext): Fix[] {
    const right = text(ctx.data, 'right');
    const contract = ctx.contract;
    if (!right || !contract) {
        return [];
    }
    const choice = contract.members.find(isChoice);
    if (choice) {
        const protects = clauseOf(choice, isProtectsClause);
        const edits = protects
            ? insertAfterRange(propertyRange(protects, 'rights', protects.rights.length - 1), `, ${right}`)
            : insertClauses(ctx.document, choice, [`protects ${right}`], { atStart: true });
        return [{ title: `Insert a choice clause: protects ${right}`, edits, preferred: true }];
    }
    const clause = `choice "TODO: how patients choose their provider" {\n    protects ${right}\n}`;
    return [{
        title: `Insert a choice clause protecting ${right}`,
        edits: insertClauses(ctx.document, contract, [clause], { ...sectionPlacement(contract, 'choice'), blankLine: true }),
        preferred: true
    }];
}

/** reporting/no-reporting-path: the outcome joins the `covers` list of the report the validator names. */
export function addToCovers(ctx: FixContext): Fix[] {
    const outcome = text(ctx.data, 'outcome');
    const reporting = ctx.contract?.members.find(isReporting);
    if (!outcome || !reporting) {
        return [];
    }
    const report = clausesOf(reporting, isReport).find(r => r.name === text(ctx.data, 'report'));
    if (!report) {
        const name = freshName(ctx, 'Outcomes');
        const clause = `report ${name} "TODO: outcome data" every quarter due 30 days covers ${outcome}`;
        return [{ title: `Add to a report's covers: new report ${name} covers ${outcome}`, edits: insertClauses(ctx.document, reporting, [clause]) }];
    }
    const key = `covers:${report.name}`;
    const listed = report.covers.length > 0 || ctx.session.has(key);
    ctx.session.add(key);
    const edits = report.covers.length > 0
        ? insertAfterRange(propertyRange(report, 'covers', report.covers.length - 1), `, ${outcome}`)
        : insertAfter(report.due, listed ? `, ${outcome}` : ` covers ${outcome}`);
    return [{ title: `Add to a report's covers: ${report.name} covers ${outcome}`, edits, preferred: true }];
}

/** governance/no-dispute-route: a full dispute ladder, or `then expert_determination` at the end of the one there is. */
export function insertDisputeRoute(ctx: FixContext): Fix[] {
    const insert = text(ctx.data, 'insert');
    const governance = ctx.contract?.members.find(isGovernance);
    if (!insert || !governance) {
        return [];
    }
    const disputes = clauseOf(governance, isDisputesClause);
    const edits = disputes
        ? insertAfter(disputes.steps.at(-1), ` ${insert}`)
        : insertClauses(ctx.document, governance, [insert]);
    return [{ title: `Insert a dispute route: ${disputes ? `… ${insert}` : insert}`, edits, preferred: true }];
}

/** governance/no-change-control: `variations agreed_by all_parties`, after the boards. */
export function insertVariations(ctx: FixContext): Fix[] {
    const insert = text(ctx.data, 'insert');
    const governance = ctx.contract?.members.find(isGovernance);
    if (!insert || !governance || clauseOf(governance, isVariationsClause)) {
        return [];
    }
    const board = clausesOf(governance, isBoard).at(-1);
    const disputes = clauseOf(governance, isDisputesClause);
    const placement = board ? { after: board } : disputes ? { before: disputes } : {};
    return [{ title: `Insert a variations clause: ${insert}`, edits: insertClauses(ctx.document, governance, [insert], placement), preferred: true }];
}

/** termination/incomplete: each missing exit term with a common default for the author to adjust. */
export function insertExitTerms(ctx: FixContext): Fix[] {
    const clauses = texts(ctx.data, 'missing').map(m => EXIT_CLAUSES[m]).filter((c): c is string => !!c);
    const termination = ctx.contract?.members.find(isTermination);
    if (!termination || clauses.length === 0) {
        return [];
    }
    return [{ title: `Insert the missing clauses: ${clauses.join('; ')}`, edits: insertClauses(ctx.document, termination, clauses), preferred: true }];
}

/** termination/no-step-in: `step_in` in the termination block. */
export function insertStepIn(ctx: FixContext): Fix[] {
    const termination = ctx.contract?.members.find(isTermination);
    return termination ? [{ title: 'Insert step_in', edits: insertClauses(ctx.document, termination, ['step_in']), preferred: true }] : [];
}
