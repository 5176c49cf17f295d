import type { AstNode } from 'langium';
import type { Contract } from '../../generated/ast.js';
import { isCohort, isParty, isPopulation, isService, isServices } from '../../generated/ast.js';
import {
    freshName, insertClauses, nodeAt, removeClause, replace, text, texts, type Fix, type FixContext
} from './fix-kit.js';

/** ref/unknown-reference: each close declared name, then a stub declaration of the kind the reference wants. */
export function useClosestName(ctx: FixContext): Fix[] {
    const fixes: Fix[] = texts(ctx.data, 'suggestions').map((name, i) => ({
        title: `Use the closest declared name: '${name}'`,
        edits: [replace(ctx.diagnostic.range, name)],
        preferred: i === 0
    }));
    const stub = stubFor(ctx);
    return stub ? [...fixes, stub] : fixes;
}

/** The declaration to add for an unknown name, placed after the declarations of its kind. */
function stubFor(ctx: FixContext): Fix | undefined {
    const name = text(ctx.data, 'refText');
    const container = nodeAt(ctx.document, ctx.diagnostic.range.start);
    const contract = ctx.contract;
    if (!name || !container || !contract || !/^[A-Za-z_]\w*$/.test(name)) {
        return undefined;
    }
    const members = contract.members;
    const lastOf = (is: (n: unknown) => boolean) => members.filter(is).at(-1);
    const declare = (what: string, declaration: string, after: AstNode | undefined): Fix => ({
        title: `Declare a stub ${what} '${name}'`,
        edits: after
            ? insertClauses(ctx.document, contract, [declaration], { after, blankLine: true })
            : insertClauses(ctx.document, contract, [declaration], { blankLine: true })
    });
    switch (container.$type) {
        case 'DenominatorClause':
        case 'CapitationRate':
        case 'Cohort': {
            const population = members.find(isPopulation);
            return population && container !== population
                ? declare('cohort', `cohort ${name} "${name}" within ${population.name}`, lastOf(m => isPopulation(m) || isCohort(m)))
                : undefined;
        }
        case 'DeliversClause':
        case 'StageServicesClause':
        case 'ServiceAllocation':
        case 'DriversClause':
            return serviceStub(ctx, contract, name);
        case 'ProvisionClause': {
            const service = (container.$container as { name?: string } | undefined)?.name;
            const body = service ? ` {\n    delivers ${service}\n}` : '';
            return declare('subcontractor', `subcontractor ${name} "${name}"${body}`, lastOf(isParty));
        }
        case 'HostClause':
        case 'PoolManagerClause':
        case 'ContributionClause':
        case 'BoardMembersClause':
            return declare('commissioner', `commissioner ${name} "${name}"`, lastOf(isParty));
        default:
            return undefined;
    }
}

function serviceStub(ctx: FixContext, contract: Contract, name: string): Fix | undefined {
    const services = contract.members.find(isServices);
    if (!services) {
        return undefined;
    }
    const after = services.items.filter(isService).at(-1);
    return {
        title: `Declare a stub service '${name}'`,
        edits: insertClauses(ctx.document, services, [`service ${name} "${name}" { category community_health provision direct }`], { after })
    };
}

/** ref/duplicate-name: the second declaration takes the next free name (`M3` → `M4`, `Board` → `Board2`). */
export function renameDuplicate(ctx: FixContext): Fix[] {
    const name = text(ctx.data, 'name');
    if (!name) {
        return [];
    }
    const fresh = freshName(ctx, name);
    return [{ title: `Rename the duplicate to '${fresh}'`, edits: [replace(ctx.diagnostic.range, fresh)] }];
}

/** structure/duplicate-clause: removes the repeated clause (the first statement stays). */
export function removeRepeatedClause(ctx: FixContext): Fix[] {
    const clause = clauseSpanning(ctx);
    const keyword = text(ctx.data, 'clause') ?? 'clause';
    const key = text(ctx.data, 'key');
    return clause
        ? [{ title: `Remove the repeated ${keyword}${key && !keyword.includes(key) ? ` ${key}` : ''}`, edits: removeClause(ctx.document, clause) }]
        : [];
}

/** The node whose text is exactly the diagnostic's range. */
function clauseSpanning(ctx: FixContext): AstNode | undefined {
    const { start, end } = ctx.diagnostic.range;
    for (let node = nodeAt(ctx.document, start); node; node = node.$container) {
        const range = node.$cstNode?.range;
        if (range && range.start.line === start.line && range.start.character === start.character
            && range.end.line === end.line && range.end.character === end.character) {
            return node;
        }
    }
    return undefined;
}
