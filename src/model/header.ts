import type { Contract, PolicyClause, PolicyOverride } from '../language/generated/ast.js';
import {
    isCurrencyClause, isFormClause, isJurisdictionClause, isPolicyClause, isRoundingClause, isStatusClause, isVersionClause
} from '../language/generated/ast.js';
import { Decimal } from './decimal.js';
import { readMoney, readNumber, readPercent } from './literals.js';
import type { Currency } from './money.js';
import type { RoundingModel } from './payment.js';
import { defaultProfileFor, isProfileName, resolvePolicy, type OverrideProblem, type PolicyOverrideInput, type ProfileName, type ResolvedPolicy } from './policy.js';

export interface HeaderModel {
    name: string;
    title?: string;
    version?: string;
    status: string;
    jurisdiction?: string;
    form?: string;
    currency?: Currency;
    rounding?: RoundingModel;
    policyClause?: PolicyClause;
    /** The profile named in `policy`, or the jurisdiction's default when it names none or an unknown one. */
    profileName: ProfileName;
    /** False when `policy` names a profile that does not exist (policy/unknown-profile). */
    profileKnown: boolean;
    policy: ResolvedPolicy;
    /** Overrides that name no parameter or give the wrong literal type, with the clause they came from. */
    policyProblems: { problem: OverrideProblem; node: PolicyOverride }[];
}

export function buildHeader(contract: Contract, profileOverride?: ProfileName): HeaderModel {
    const members = contract.members;
    const jurisdiction = members.find(isJurisdictionClause)?.value;
    const policyClause = members.find(isPolicyClause);
    const named = policyClause?.profile;
    const profileKnown = named === undefined || isProfileName(named);
    const profileName = profileOverride ?? (named && isProfileName(named) ? named : defaultProfileFor(jurisdiction ?? 'other'));
    const overrides = policyClause?.overrides ?? [];
    const inputs: PolicyOverrideInput[] = overrides.map(toOverrideInput);
    const { policy, problems } = resolvePolicy(profileName, inputs);
    const roundingClause = members.find(isRoundingClause);
    const unit = readNumber(roundingClause?.unit);
    return {
        name: contract.name,
        title: contract.title,
        version: members.find(isVersionClause)?.value,
        status: members.find(isStatusClause)?.value ?? 'draft',
        jurisdiction,
        form: members.find(isFormClause)?.value,
        currency: members.find(isCurrencyClause)?.value,
        rounding: roundingClause && unit && unit.greaterThan(0)
            ? { mode: roundingClause.mode, unit, applyAt: roundingClause.applyAt ?? 'line' } : undefined,
        policyClause,
        profileName,
        profileKnown,
        policy,
        policyProblems: problems.map(problem => ({ problem, node: overrides[problem.index]! }))
    };
}

function toOverrideInput(node: PolicyOverride): PolicyOverrideInput {
    if (node.percent) {
        return { parameter: node.parameter, value: readPercent(node.percent)!.value, kind: 'percent', reason: node.reason };
    }
    if (node.money) {
        return { parameter: node.parameter, value: readMoney(node.money)?.amount ?? new Decimal(0), kind: 'money', reason: node.reason };
    }
    return { parameter: node.parameter, value: readNumber(node.number) ?? new Decimal(0), kind: 'number', reason: node.reason };
}
