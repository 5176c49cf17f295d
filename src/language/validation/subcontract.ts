import type { Party, Service } from '../generated/ast.js';
import { isDeliversClause, isParty, isPassesThroughClause, isProvisionClause, isService, isServices, isValueClause } from '../generated/ast.js';
import type { AllocationModel } from '../../model/budget.js';
import { clauseOf, clausesOf } from '../../model/clauses.js';
import { HUNDRED } from '../../model/decimal.js';
import { readMoney } from '../../model/literals.js';
import { Money, Percent } from '../../model/money.js';
import { IssueCodes } from './catalogue.js';
import type { CheckContext, ContractCheck } from './reporter.js';

function servicesOf(ctx: CheckContext): Service[] {
    return ctx.model.contract.members.filter(isServices).flatMap(s => s.items.filter(isService));
}

function subcontractorsOf(ctx: CheckContext): Party[] {
    return ctx.model.contract.members.filter(isParty).filter(p => p.role === 'subcontractor');
}

function delivered(party: Party): Service[] {
    return clausesOf(party, isDeliversClause).flatMap(d => d.services.map(s => s.ref).filter((s): s is Service => !!s));
}

/**
 * V-54: `subcontracted by X` and X's `delivers` say the same thing, and a subcontractor delivers only
 * services in scope.
 */
export function subcontractsMustAgree(ctx: CheckContext): void {
    for (const service of servicesOf(ctx)) {
        const provision = clauseOf(service, isProvisionClause);
        provision?.subcontractors.forEach((ref, index) => {
            const party = ref.ref;
            if (!party || delivered(party).includes(service)) {
                return;
            }
            ctx.report({
                code: IssueCodes.SubcontractInconsistent,
                node: provision,
                property: 'subcontractors',
                index,
                message: `${service.name} is subcontracted by ${party.name}, which does not deliver it`,
                figures: { service: service.name, subcontractor: party.name, insert: service.name }
            });
        });
    }
    for (const party of subcontractorsOf(ctx)) {
        for (const clause of clausesOf(party, isDeliversClause)) {
            clause.services.forEach((ref, index) => {
                const service = ref.ref;
                const provision = service ? clauseOf(service, isProvisionClause) : undefined;
                if (!service || !provision || provision.subcontractors.some(s => s.ref === party)) {
                    return;
                }
                const message = provision.retained
                    ? `${party.name} delivers ${service.name}, which is commissioner_retained and not in scope`
                    : `${party.name} delivers ${service.name}, which is not subcontracted by ${party.name}`;
                ctx.report({
                    code: IssueCodes.SubcontractInconsistent,
                    node: clause,
                    property: 'services',
                    index,
                    message,
                    figures: { service: service.name, subcontractor: party.name, inScope: !provision.retained }
                });
            });
        }
    }
}

/** Subcontractors and the services they deliver, grouped where they share a service. */
function groups(subcontractors: Party[]): { parties: Party[]; services: Set<string> }[] {
    const result: { parties: Party[]; services: Set<string> }[] = [];
    for (const party of subcontractors) {
        const services = new Set(delivered(party).map(s => s.name));
        if (services.size === 0) {
            continue;
        }
        const joined = result.filter(g => [...services].some(s => g.services.has(s)));
        const merged = { parties: [party, ...joined.flatMap(g => g.parties)], services: new Set([...services, ...joined.flatMap(g => [...g.services])]) };
        for (const g of joined) {
            result.splice(result.indexOf(g), 1);
        }
        result.push(merged);
    }
    return result;
}

/**
 * V-54: what subcontractors are promised for a group of services fits within those services'
 * allocation, in every allocations block that allocates all of them.
 */
export function subcontractsMustFitAllocation(ctx: CheckContext): void {
    const policy = ctx.model.header.policy;
    const tolerance = policy.value('money_tolerance');
    const relative = new Percent(policy.value('money_tolerance_relative'));
    for (const group of groups(subcontractorsOf(ctx))) {
        const valued = group.parties.map(p => ({ party: p, value: readMoney(clauseOf(p, isValueClause)?.amount) }))
            .filter((v): v is { party: Party; value: Money } => !!v.value);
        if (valued.length === 0) {
            continue;
        }
        const currency = valued[0]!.value.currency;
        if (valued.some(v => v.value.currency !== currency)) {
            continue;
        }
        const subcontracts = valued.reduce((sum, v) => sum.plus(v.value), Money.zero(currency));
        for (const block of ctx.model.budget.allocations) {
            const items = allocatedTo(block, group.services);
            if (!items || items.some(i => i.amount!.currency !== currency)) {
                continue;
            }
            const allocated = items.reduce((sum, i) => sum.plus(i.amount!), Money.zero(currency));
            const excess = subcontracts.minus(allocated);
            if (!excess.amount.greaterThan(tolerance)) {
                continue;
            }
            const withinRelative = !allocated.isZero() && excess.amount.dividedBy(allocated.amount).times(HUNDRED).lessThanOrEqualTo(relative.value);
            const services = [...group.services];
            const parts = valued.map(v => `${v.party.name} ${v.value.format()}`).join(' + ');
            ctx.report({
                code: IssueCodes.ValueExceedsAllocation,
                node: items[0]!.node,
                property: 'amount',
                message: `Subcontracts ${subcontracts.format()} exceed ${allocated.format()} allocated to ${services.join(', ')} `
                    + `in ${block.year ?? 'each year'} by ${excess.format()} (${parts})`,
                figures: {
                    subcontracts: subcontracts.toJsonAmount(),
                    allocated: allocated.toJsonAmount(),
                    excess: excess.toJsonAmount(),
                    year: block.year ?? null,
                    services,
                    subcontractors: valued.map(v => v.party.name)
                },
                severity: withinRelative ? 'info' : 'error',
                parameter: withinRelative ? 'money_tolerance_relative' : undefined
            });
        }
    }
}

/** The block's items for every one of the services, or undefined when it does not allocate them all. */
function allocatedTo(block: AllocationModel, services: Set<string>): AllocationModel['items'] | undefined {
    const items = block.items.filter(i => i.service !== undefined && services.has(i.service));
    const covered = new Set(items.map(i => i.service));
    if ([...services].some(s => !covered.has(s)) || items.some(i => !i.amount)) {
        return undefined;
    }
    return items;
}

/** V-54: outcome liability passed down to a subcontractor comes with a back-to-back outcome clause. */
export function passThroughMustBeBackToBack(ctx: CheckContext): void {
    for (const party of ctx.model.contract.members.filter(isParty)) {
        for (const clause of clausesOf(party, isPassesThroughClause)) {
            if (clause.backToBack) {
                continue;
            }
            ctx.report({
                code: IssueCodes.LiabilityPassThrough,
                node: clause,
                message: `${party.name} passes outcomes through without a back_to_back clause`,
                figures: { party: party.name, insert: 'back_to_back' }
            });
        }
    }
}

export const subcontractChecks: ContractCheck[] = [subcontractsMustAgree, subcontractsMustFitAllocation, passThroughMustBeBackToBack];
