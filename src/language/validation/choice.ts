import type { Choice, Party, Service, Stage } from '../generated/ast.js';
import {
    isCategoryClause, isChoice, isChoiceAtReferralClause, isForbidsClause, isMinimumIncomeGuaranteeClause, isParty, isPathway,
    isProtectsClause, isProvisionClause, isService, isServices
} from '../generated/ast.js';
import { clauseOf, clausesOf } from '../../model/clauses.js';
import { readMoney } from '../../model/literals.js';
import type { CheckContext, ContractCheck } from './reporter.js';
import { IssueCodes } from './catalogue.js';
import { names } from './payment-format.js';

/**
 * V-48: where referral or elective services are in scope (an in-scope `acute_elective` service, or a pathway stage
 * with `choice_at_referral`), a `choice` clause protects the right the policy profile requires.
 */
export function choiceMustProtectRequiredRight({ model, report }: CheckContext): void {
    const right = model.header.policy.profile.requiredChoiceRight;
    if (!right) {
        return;
    }
    const contract = model.contract;
    const items = contract.members.filter(isServices).flatMap(s => s.items);
    const elective = items.filter(isService).filter(isElectiveInScope);
    const stages = items.filter(isPathway).flatMap(p => p.stages).filter(s => s.clauses.some(isChoiceAtReferralClause));
    if (elective.length === 0 && stages.length === 0) {
        return;
    }
    const choices = contract.members.filter(isChoice);
    if (choices.some(c => clausesOf(c, isProtectsClause).some(p => p.rights.includes(right)))) {
        return;
    }
    const reasons = [
        ...elective.map(s => `${s.name} (acute_elective)`),
        ...stages.map(s => `stage ${s.name} (choice_at_referral)`)
    ];
    const figures = { right, services: elective.map(s => s.name), stages: stages.map(s => s.name) };
    const choice = choices[0];
    if (choice) {
        report({
            code: IssueCodes.ChoiceMissing, node: choice, property: 'text',
            message: `choice does not protect ${right}, required for ${names(reasons)}`,
            figures
        });
        return;
    }
    const at: Service | Stage = elective[0] ?? stages[0]!;
    report({
        code: IssueCodes.ChoiceMissing, node: at, property: 'name',
        message: `no choice clause protects ${right} for ${names(reasons)}`,
        figures
    });
}

function isElectiveInScope(service: Service): boolean {
    return clauseOf(service, isCategoryClause)?.value === 'acute_elective' && !clauseOf(service, isProvisionClause)?.retained;
}

/**
 * V-49: no term defeats patient choice: a minimum income guarantee to a party conflicts with choice, and a `choice`
 * clause whose `forbids` list omits exclusivity while a guarantee exists leaves the guarantee's effect unchecked.
 */
export function choiceMustNotBeDefeated({ model, report }: CheckContext): void {
    const contract = model.contract;
    const choices = contract.members.filter(isChoice);
    const forbidden = (term: string) => choices.some(c => clausesOf(c, isForbidsClause).some(f => f.terms.includes(term as never)));
    const guarantors = contract.members.filter(isParty).flatMap(party => {
        const clause = clauseOf(party, isMinimumIncomeGuaranteeClause);
        return clause ? [{ party, clause }] : [];
    });
    for (const { party, clause } of guarantors) {
        const amount = readMoney(clause.amount);
        const shown = amount?.format() ?? clause.amount;
        report({
            code: IssueCodes.ChoiceDefeatingTerm, node: clause, property: 'amount',
            message: `${party.name} minimum income guarantee ${shown} conflicts with choice`
                + (forbidden('minimum_income_guarantee') ? '; the choice clause forbids minimum_income_guarantee' : ''),
            figures: { party: party.name, term: 'minimum_income_guarantee', amount: amount?.toJsonAmount() ?? null }
        });
    }
    const first = guarantors[0];
    if (first) {
        choices.forEach(choice => forbidsMustIncludeExclusivity(choice, first.party, report));
    }
}

function forbidsMustIncludeExclusivity(choice: Choice, guarantor: Party, report: CheckContext['report']): void {
    for (const forbids of clausesOf(choice, isForbidsClause)) {
        if (forbids.terms.includes('exclusivity')) {
            continue;
        }
        report({
            code: IssueCodes.ChoiceDefeatingTerm, node: forbids, property: 'terms',
            message: `choice forbids ${names(forbids.terms)} but not exclusivity while ${guarantor.name} has a minimum income guarantee`,
            figures: { party: guarantor.name, term: 'exclusivity', missing: 'exclusivity' }
        });
    }
}

/** The choice rules of LANGUAGE.md §5, each named after what it enforces. */
export const choiceChecks: ContractCheck[] = [
    choiceMustProtectRequiredRight,
    choiceMustNotBeDefeated
];
