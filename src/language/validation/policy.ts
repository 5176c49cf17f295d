import { PROFILE_NAMES, type ParameterKind } from '../../model/policy.js';
import { IssueCodes } from './catalogue.js';
import type { CheckContext, ContractCheck } from './reporter.js';
import { closestNames } from './suggest.js';

/** V-23 / §6: the `policy` clause names one of the profiles, so every threshold has a source. */
export function profileMustBeKnown({ model, report }: CheckContext): void {
    const clause = model.header.policyClause;
    if (model.header.profileKnown || !clause) {
        return;
    }
    const suggestions = closestNames(clause.profile, PROFILE_NAMES);
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions[0]}?` : `; profiles: ${PROFILE_NAMES.join(', ')}`;
    report({
        code: IssueCodes.UnknownProfile,
        node: clause,
        property: 'profile',
        message: `policy '${clause.profile}' is not a profile${hint}`,
        figures: { profile: clause.profile, suggestions, replacement: suggestions[0] ?? null, fallback: model.header.profileName }
    });
}

/** §6: an override names a parameter the profiles define. */
export function overrideMustNameParameter({ model, report }: CheckContext): void {
    for (const { problem, node } of model.header.policyProblems) {
        if (problem.kind !== 'unknown-parameter') {
            continue;
        }
        const hint = problem.suggestion ? `; did you mean ${problem.suggestion}?` : '';
        report({
            code: IssueCodes.UnknownParameter,
            node,
            property: 'parameter',
            message: `'${problem.parameter}' is not a policy parameter${hint}`,
            figures: { parameter: problem.parameter, replacement: problem.suggestion ?? null }
        });
    }
}

const KIND_WORDS: Record<ParameterKind, string> = {
    percent: 'a percentage',
    count: 'a whole number',
    money: 'an amount',
    number: 'a number'
};

/** §6: an override gives a literal of the parameter's type; a bare fraction is not a percentage. */
export function overrideMustHaveParameterType({ model, report }: CheckContext): void {
    for (const { problem, node } of model.header.policyProblems) {
        if (problem.kind !== 'override-type') {
            continue;
        }
        const property = node.percent !== undefined ? 'percent' : node.money !== undefined ? 'money' : 'number';
        const written = node.percent ?? node.money ?? node.number ?? '';
        const expected = KIND_WORDS[problem.expected];
        const message = problem.converted
            ? `${problem.parameter} expects ${expected}: ${problem.converted}, not ${written}`
            : `${problem.parameter} expects ${expected}, not ${written}`;
        report({
            code: IssueCodes.OverrideType,
            node,
            property,
            message,
            figures: { parameter: problem.parameter, expected: problem.expected, given: problem.given, text: written, replacement: problem.converted ?? null }
        });
    }
}

export const policyChecks: ContractCheck[] = [profileMustBeKnown, overrideMustNameParameter, overrideMustHaveParameterType];
