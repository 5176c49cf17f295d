import type { PolicyOverride } from '../language/generated/ast.js';
import { isCurrencyClause, isFormClause, isJurisdictionClause, isRoundingClause, isStatusClause } from '../language/generated/ast.js';
import { readMoney, readNumber, readPercent } from '../model/literals.js';
import type { ParameterKind, PolicyValue } from '../model/policy.js';
import type { ContractHeaderJson, PolicyJson, PolicyOverrideJson, PolicyValueJson, RoundingJson } from './contract-json.js';
import { docOf, located, type GenerateContext } from './generate-context.js';
import { Percent } from '../model/money.js';
import { countJson, decimalString, percentJson } from './json-values.js';

/** When a contract states no `rounding` (an error, seen only in unchecked builds): the minor unit, half-up, per line. */
const DEFAULT_ROUNDING: RoundingJson = { mode: 'half_up', unit: '0.01', applyAt: 'line' };

/** `contract {id, title, doc, version, status, jurisdiction, form, currency, rounding}`. */
export function generateHeader(ctx: GenerateContext): ContractHeaderJson {
    const { header, contract } = ctx.model;
    const members = contract.members;
    const rounding = header.rounding;
    return located(ctx, contract, {
        id: header.name,
        title: header.title ?? null,
        doc: docOf(contract),
        version: header.version !== undefined ? countJson(readNumber(header.version)!) : 0,
        status: (members.find(isStatusClause)?.value ?? 'draft'),
        jurisdiction: members.find(isJurisdictionClause)?.value ?? 'other',
        form: members.find(isFormClause)?.value ?? 'lead_provider',
        currency: members.find(isCurrencyClause)?.value ?? ctx.currency,
        rounding: rounding && members.some(isRoundingClause)
            ? { mode: rounding.mode, unit: decimalString(rounding.unit), applyAt: rounding.applyAt }
            : DEFAULT_ROUNDING
    });
}

/** `policy {profile, parameters, overrides}`: every parameter in force, then the overrides as written. */
export function generatePolicy(ctx: GenerateContext): PolicyJson {
    const { header } = ctx.model;
    const parameters: Record<string, PolicyValueJson> = {};
    for (const value of header.policy.all()) {
        parameters[value.name] = policyValueJson(value.kind, value);
    }
    const rejected = new Set(header.policyProblems.map(p => p.node));
    const overrides = (header.policyClause?.overrides ?? [])
        .filter(node => !rejected.has(node))
        .map(node => overrideJson(ctx, node));
    return located(ctx, header.policyClause, { profile: header.profileName, parameters, overrides });
}

function overrideJson(ctx: GenerateContext, node: PolicyOverride): PolicyOverrideJson {
    const kind = ctx.model.header.policy.get(node.parameter).kind;
    const value = node.percent ? readPercent(node.percent)!.value : node.money ? readMoney(node.money)!.amount : readNumber(node.number)!;
    return located(ctx, node, {
        parameter: node.parameter,
        value: policyValueJson(kind, { value }),
        reason: node.reason
    });
}

/** Counts as integers, percents as fractions, money and plain numbers as decimal strings (in the contract currency). */
function policyValueJson(kind: ParameterKind, { value }: Pick<PolicyValue, 'value'>): PolicyValueJson {
    switch (kind) {
        case 'count':
            return countJson(value);
        case 'percent':
            return percentJson(new Percent(value));
        case 'money':
        case 'number':
            return decimalString(value);
    }
}
