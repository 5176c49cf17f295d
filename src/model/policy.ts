import { catalogueEntry } from '../language/validation/catalogue.js';
import type { Severity } from '../language/validation/catalogue.js';
import { formatNumber, parseDecimal, toPlain } from './decimal.js';
import type { Decimal } from './decimal.js';
import { Percent } from './money.js';
import { POLICY_PARAMETERS, PROFILES } from './policy-profiles.js';
import type { ParameterKind, PolicyParameterDef, PolicyProfile, ProfileName } from './policy-profiles.js';

export { POLICY_PARAMETERS, PROFILES, PROFILE_NAMES, THRESHOLD_CODES, isProfileName, defaultProfileFor } from './policy-profiles.js';
export type { ParameterKind, PolicyParameterDef, PolicyProfile, ProfileName } from './policy-profiles.js';

/** A parameter's value in force for one contract, and where it came from. */
export interface PolicyValue {
    name: string;
    kind: ParameterKind;
    /** For percent parameters the percentage: 20 for 20%. */
    value: Decimal;
    source: 'default' | 'override';
    /** The `because` text of an override. */
    reason?: string;
}

/** One override as written in the contract header: `withhold_max 25% because "…"`. */
export interface PolicyOverrideInput {
    parameter: string;
    /** The literal's value; for a PERCENT literal the percentage (25 for `25%`). */
    value: Decimal;
    kind: 'percent' | 'number' | 'money';
    reason: string;
}

/** Why an override was not applied; `index` is its position in the input list. */
export type OverrideProblem =
    | { index: number; kind: 'unknown-parameter'; parameter: string; suggestion?: string }
    | {
        index: number;
        kind: 'override-type';
        parameter: string;
        expected: ParameterKind;
        given: 'percent' | 'number' | 'money';
        /** The literal the author probably meant, e.g. `25%` for a bare `0.25`. */
        converted?: string;
    };

const PARAMETERS_BY_NAME: ReadonlyMap<string, PolicyParameterDef> = new Map(POLICY_PARAMETERS.map(def => [def.name, def]));

/** The definition of a policy parameter, or undefined for an unknown name. */
export function policyParameter(name: string): PolicyParameterDef | undefined {
    return PARAMETERS_BY_NAME.get(name);
}

/** The thresholds and severities in force for one contract: a profile plus its overrides. */
export class ResolvedPolicy {
    constructor(readonly profile: PolicyProfile, private readonly values: ReadonlyMap<string, PolicyValue>) {}

    /** The value in force; throws for a name that is not a policy parameter (a programming error). */
    get(name: string): PolicyValue {
        const value = this.values.get(name);
        if (!value) {
            throw new Error(`unknown policy parameter: ${name}`);
        }
        return value;
    }

    /** The decimal value; for percent parameters the percentage (20 for 20%). */
    value(name: string): Decimal {
        return this.get(name).value;
    }

    /**
     * The tag every threshold message ends with: `[nhs_england_2025.withhold_max = 20%]`, or with
     * the override's reason: `[nhs_england_2025.withhold_max = 25%, overridden: Board minute …]`.
     */
    tag(name: string): string {
        const v = this.get(name);
        const head = `${this.profile.name}.${name} = ${formatPolicyValue(v.kind, v.value)}`;
        return v.source === 'override' ? `[${head}, overridden: ${v.reason ?? ''}]` : `[${head}]`;
    }

    /** Severity of `code` under this profile, or 'off' where the rule does not apply; throws for an unknown code. */
    severityOf(code: string): Severity | 'off' {
        const override = this.profile.severities[code];
        if (override) {
            return override;
        }
        const entry = catalogueEntry(code);
        if (!entry) {
            throw new Error(`unknown diagnostic code: ${code}`);
        }
        return entry.severity;
    }

    /** The overridden values, in parameter order. */
    overrides(): PolicyValue[] {
        return this.all().filter(v => v.source === 'override');
    }

    /** Every parameter's value, in parameter order. */
    all(): PolicyValue[] {
        return [...this.values.values()];
    }
}

/** Shows a value as a message would: percent `25%`, count `5,000`, money `0.01`, number as is. */
export function formatPolicyValue(kind: ParameterKind, value: Decimal): string {
    switch (kind) {
        case 'percent':
            return new Percent(value).format();
        case 'count':
            return formatNumber(value);
        case 'money':
            return formatNumber(value, 2);
        case 'number':
            return toPlain(value);
    }
}

/**
 * Applies `overrides` to `profile`'s defaults. An override that names an unknown parameter or
 * has the wrong literal type is reported and not applied; when a parameter is overridden twice,
 * the later override wins.
 */
export function resolvePolicy(profile: ProfileName, overrides: readonly PolicyOverrideInput[]): { policy: ResolvedPolicy; problems: OverrideProblem[] } {
    const values = new Map<string, PolicyValue>(POLICY_PARAMETERS.map(def => [def.name, {
        name: def.name,
        kind: def.kind,
        value: parseDecimal(def.defaultValue),
        source: 'default'
    }]));
    const problems: OverrideProblem[] = [];
    overrides.forEach((input, index) => {
        const def = PARAMETERS_BY_NAME.get(input.parameter);
        if (!def) {
            const suggestion = closestParameter(input.parameter);
            problems.push({ index, kind: 'unknown-parameter', parameter: input.parameter, ...(suggestion ? { suggestion } : {}) });
            return;
        }
        if (!literalFits(def.kind, input)) {
            const converted = conversionFor(def.kind, input);
            problems.push({
                index,
                kind: 'override-type',
                parameter: def.name,
                expected: def.kind,
                given: input.kind,
                ...(converted ? { converted } : {})
            });
            return;
        }
        values.set(def.name, { name: def.name, kind: def.kind, value: input.value, source: 'override', reason: input.reason });
    });
    return { policy: new ResolvedPolicy(PROFILES[profile], values), problems };
}

function literalFits(kind: ParameterKind, input: PolicyOverrideInput): boolean {
    switch (kind) {
        case 'count':
            return input.kind === 'number' && input.value.isInteger() && !input.value.isNegative();
        case 'percent':
            return input.kind === 'percent';
        case 'money':
            return input.kind === 'money' || input.kind === 'number';
        case 'number':
            return input.kind === 'number';
    }
}

/**
 * The percentage a bare number in a percent slot most likely meant: a fraction (|x| ≤ 1) is
 * scaled (`0.25` → `25%`); a larger number was a percentage missing its sign (`25` → `25%`),
 * where scaling would give an absurd `2500%`.
 */
function conversionFor(kind: ParameterKind, input: PolicyOverrideInput): string | undefined {
    if (kind !== 'percent' || input.kind !== 'number') {
        return undefined;
    }
    const percentage = input.value.abs().lessThanOrEqualTo(1) ? input.value.times(100) : input.value;
    return new Percent(percentage).format();
}

const MAX_SUGGESTION_DISTANCE = 3;

function closestParameter(name: string): string | undefined {
    let best: string | undefined;
    let bestDistance = MAX_SUGGESTION_DISTANCE + 1;
    for (const def of POLICY_PARAMETERS) {
        const distance = editDistance(name, def.name);
        if (distance < bestDistance) {
            best = def.name;
            bestDistance = distance;
        }
    }
    return best;
}

/** Levenshtein distance with one rolling row. */
function editDistance(a: string, b: string): number {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0]!;
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j]!;
            const substitution = diagonal + (a[i - 1] === b[j - 1] ? 0 : 1);
            row[j] = Math.min(above + 1, row[j - 1]! + 1, substitution);
            diagonal = above;
        }
    }
    return row[b.length]!;
}
