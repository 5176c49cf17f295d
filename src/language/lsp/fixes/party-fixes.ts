import type { Party } from '../../generated/ast.js';
import { isDeliversClause, isLegalFormClause, isParty } from '../../generated/ast.js';
import { clauseOf } from '../../../model/clauses.js';
import { insertAfter, insertClauses, replaceDiagnosticToken, text, type Fix, type FixContext } from './fix-kit.js';

function party(ctx: FixContext, name: string | undefined): Party | undefined {
    return name ? ctx.contract?.members.filter(isParty).find(p => p.name === name) : undefined;
}

/** party/alliance-shares: the last member's share becomes what makes 100%. */
export function lastShareToRemainder(ctx: FixContext): Fix[] {
    const member = text(ctx.data, 'member');
    return replaceDiagnosticToken(ctx, r => `Set the last share to the remainder: ${member ? `${member} ` : ''}${r}`);
}

/** The VAT treatments offered, the usual one for a non-statutory provider first. */
const VAT_CHOICES = ['recoverable', 'exempt', 'borne_by_provider'];

/** party/vat-undeclared: a `vat` clause on the provider, after its legal form. */
export function insertVat(ctx: FixContext): Fix[] {
    const provider = party(ctx, text(ctx.data, 'provider'));
    if (!provider) {
        return [];
    }
    const after = clauseOf(provider, isLegalFormClause);
    return VAT_CHOICES.map(choice => ({
        title: `Insert a vat clause: vat ${choice}`,
        edits: insertClauses(ctx.document, provider, [`vat ${choice}`], { after })
    }));
}

/** subcontract/inconsistent: the subcontractor named by `subcontracted by` delivers the service. */
export function addToDelivers(ctx: FixContext): Fix[] {
    const service = text(ctx.data, 'insert');
    const subcontractor = party(ctx, text(ctx.data, 'subcontractor'));
    if (!service || !subcontractor) {
        return [];
    }
    const delivers = clauseOf(subcontractor, isDeliversClause);
    const edits = delivers
        ? insertAfter(delivers, `, ${service}`)
        : insertClauses(ctx.document, subcontractor, [`delivers ${service}`], { after: clauseOf(subcontractor, isLegalFormClause) });
    return [{ title: `Add to delivers: ${subcontractor.name} delivers ${service}`, edits, preferred: true }];
}
