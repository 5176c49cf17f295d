import { catalogueEntry } from '../language/validation/catalogue.js';
import type { Severity } from '../language/validation/catalogue.js';

/**
 * Policy profiles and their parameters (LANGUAGE.md §6, DOMAIN.md §3.0): the data only.
 * Resolution against a contract's overrides lives in `policy.ts`.
 */

/** How a parameter's value is written and shown. Money parameters are plain amounts in the contract currency. */
export type ParameterKind = 'count' | 'percent' | 'money' | 'number';

/** One policy parameter and the rules that read it. */
export interface PolicyParameterDef {
    name: string;
    kind: ParameterKind;
    /** Decimal string: `'5000'`, `'20'` for 20%, `'0.01'`. */
    defaultValue: string;
    /** Rules that read it: `['V-28']`. */
    rules: string[];
    description: string;
}

/** The 16 parameters of §6, in the order of DOMAIN.md §3.0. Defaults are the same in every profile. */
export const POLICY_PARAMETERS: readonly PolicyParameterDef[] = [
    {
        name: 'min_lives_shared_savings',
        kind: 'count',
        defaultValue: '5000',
        rules: ['V-10'],
        description: 'Minimum lives for two-sided gain/loss share or shared savings (MSSP statutory minimum assigned beneficiaries).'
    },
    {
        name: 'min_lives_full_capitation',
        kind: 'count',
        defaultValue: '100000',
        rules: ['V-10', 'V-18'],
        description: 'Minimum lives for full capitation covering acute care (Jones 2009: fixed-budget risk unacceptable below 100,000).'
    },
    {
        name: 'min_lives_mcp_style',
        kind: 'count',
        defaultValue: '30000',
        rules: ['V-10'],
        description: 'Minimum lives for an MCP-style whole-population budget (NHS MCP populations "above 30,000").'
    },
    {
        name: 'withhold_max',
        kind: 'percent',
        defaultValue: '20',
        rules: ['V-28'],
        description: 'Withhold above this share of the base is a warning (Oxfordshire 20%, UnitingCare ≤ 15%, Dudley 10%).'
    },
    {
        name: 'withhold_hard_max',
        kind: 'percent',
        defaultValue: '100',
        rules: ['V-28'],
        description: 'Withhold above this share of the base is an error.'
    },
    {
        name: 'incentive_cap_over_capitation',
        kind: 'percent',
        defaultValue: '105',
        rules: ['V-29'],
        description: 'Capitation plus incentives may not exceed this share of capitation (42 CFR 438.6(b)(2); US Medicaid profile only).'
    },
    {
        name: 'max_savings_share',
        kind: 'percent',
        defaultValue: '75',
        rules: ['V-31'],
        description: 'Largest provider share of savings without a warning (MSSP ENHANCED maximum).'
    },
    {
        name: 'min_loss_share_when_two_sided',
        kind: 'percent',
        defaultValue: '30',
        rules: ['V-32'],
        description: 'Smallest provider share of losses in a two-sided model (MSSP BASIC levels C–E).'
    },
    {
        name: 'msr_floor',
        kind: 'percent',
        defaultValue: '2.0',
        rules: ['V-31'],
        description: 'Minimum savings rate floor (MSSP floor for 60,000+ beneficiaries).'
    },
    {
        name: 'max_budget_gap_vs_baseline',
        kind: 'percent',
        defaultValue: '3',
        rules: ['V-24'],
        description: 'How far year-1 budget may fall below growth-adjusted baseline spend (UnitingCare was 3.5% below the maximum price with rising demand).'
    },
    {
        name: 'money_tolerance',
        kind: 'money',
        defaultValue: '0.01',
        rules: ['V-19', 'V-20', 'V-21', 'V-54'],
        description: 'Absolute tolerance per reconciled line, in the contract currency.'
    },
    {
        name: 'money_tolerance_relative',
        kind: 'percent',
        defaultValue: '0.01',
        rules: ['V-19', 'V-20', 'V-21', 'V-54'],
        description: 'Relative tolerance on reconciled totals; gaps up to it are info, larger ones errors.'
    },
    {
        name: 'min_denominator_patients',
        kind: 'count',
        defaultValue: '100',
        rules: ['V-43'],
        description: 'Smallest patient denominator for a reliable proportion; below it settlement applies the minimum_denominator fallback (§8).'
    },
    {
        name: 'min_denominator_events',
        kind: 'count',
        defaultValue: '30',
        rules: ['V-43'],
        description: 'Smallest expected event count for a reliable rate; below it settlement applies the minimum_denominator fallback (§8).'
    },
    {
        name: 'max_baseline_age_years',
        kind: 'count',
        defaultValue: '3',
        rules: ['V-06'],
        description: 'Oldest baseline, in years before the first performance year (MSSP uses 3 benchmark years).'
    },
    {
        name: 'capitation_stress_pct',
        kind: 'percent',
        defaultValue: '10',
        rules: ['V-27'],
        description: 'Downside exposure assumed for capitation without corridor or stop-loss, as a share of the annual budget.'
    }
];

/** Names of the §6 profiles. */
export type ProfileName = 'nhs_england_2025' | 'mssp_2026' | 'us_medicaid_2025' | 'commercial_default';

/** Every profile name, in §6 order. */
export const PROFILE_NAMES: readonly ProfileName[] = ['nhs_england_2025', 'mssp_2026', 'us_medicaid_2025', 'commercial_default'];

/** How a profile changes the applicability and severity of rules. */
export interface PolicyProfile {
    name: ProfileName;
    description: string;
    /**
     * Per-code severity where the profile differs from the catalogue default, or 'off' when the
     * rule does not apply. Where §6 scopes a change to one case of a rule (V-10 shared savings,
     * V-27 two-sided), the validator applies it to that case only.
     */
    severities: Partial<Record<string, Severity | 'off'>>;
    /** The right V-48 requires; undefined when V-48 is off. */
    requiredChoiceRight?: 'referral_choice' | 'non_network_providers';
    /** V-27: statutory providers get `party/security-statutory-exempt` (info) instead of a warning. */
    statutoryBodiesExemptFromSecurity: boolean;
    /** V-31: a two-sided model must have MSR = MLR (`payment/savings-share`, error). */
    msrMustEqualMlrWhenTwoSided: boolean;
}

/**
 * Codes raised because the contract crosses a policy threshold; `commercial_default` reports all
 * of them as warnings. Money tolerances are left out (they only absorb rounding in exact
 * reconciliations), as is `payment/savings-share`, whose threshold cases are already warnings and
 * whose errors are malformed shares.
 */
export const THRESHOLD_CODES: readonly string[] = [
    'outcome/baseline-too-old',
    'population/too-small-for-risk',
    'risk/no-outlier-protection',
    'budget/below-baseline',
    'party/no-financial-security',
    'payment/withhold-range',
    'payment/loss-cap',
    'outcome/unreliable-target',
    'settle/small-denominator'
];

// The exemption note exists only where statutory bodies are exempt.
const NO_STATUTORY_EXEMPTION = { 'party/security-statutory-exempt': 'off' } as const;

/** The four profiles of §6. */
export const PROFILES: Record<ProfileName, PolicyProfile> = {
    nhs_england_2025: {
        name: 'nhs_england_2025',
        description: 'NHS England (also Scotland, Wales): statutory NHS providers exempt from financial security '
            + '(V-27 info), patient choice means the right to choose at referral (V-48), no Medicaid incentive cap (V-29).',
        severities: {
            'payment/incentive-cap': 'off'
        },
        requiredChoiceRight: 'referral_choice',
        statutoryBodiesExemptFromSecurity: true,
        msrMustEqualMlrWhenTwoSided: false
    },
    mssp_2026: {
        name: 'mssp_2026',
        description: 'Medicare Shared Savings Program: the 5,000-life minimum for shared savings (V-10), security '
            + 'for two-sided risk (V-27), the loss cap (V-32) and MSR = MLR for two-sided models (V-31) are errors; '
            + 'beneficiaries keep access to non-network providers (V-48); no Medicaid incentive cap (V-29).',
        severities: {
            'population/too-small-for-risk': 'error',
            'party/no-financial-security': 'error',
            'payment/loss-cap': 'error',
            'payment/incentive-cap': 'off',
            ...NO_STATUTORY_EXEMPTION
        },
        requiredChoiceRight: 'non_network_providers',
        statutoryBodiesExemptFromSecurity: false,
        msrMustEqualMlrWhenTwoSided: true
    },
    us_medicaid_2025: {
        name: 'us_medicaid_2025',
        description: 'US Medicaid managed care: incentives capped at 105% of capitation (V-29, error); enrollees '
            + 'keep access to non-network providers (V-48).',
        severities: {
            'payment/incentive-cap': 'error',
            ...NO_STATUTORY_EXEMPTION
        },
        requiredChoiceRight: 'non_network_providers',
        statutoryBodiesExemptFromSecurity: false,
        msrMustEqualMlrWhenTwoSided: false
    },
    commercial_default: {
        name: 'commercial_default',
        description: 'Commercial and other contracts: threshold rules are warnings, never errors; the Medicaid '
            + 'incentive cap (V-29) and the patient-choice requirement (V-48) do not apply.',
        severities: {
            ...downgradeToWarning(THRESHOLD_CODES),
            'payment/incentive-cap': 'off',
            'choice/missing': 'off',
            ...NO_STATUTORY_EXEMPTION
        },
        statutoryBodiesExemptFromSecurity: false,
        msrMustEqualMlrWhenTwoSided: false
    }
};

/**
 * 'warning' for each code that is an error by default. Codes already warnings get no entry: a
 * profile severity wins over a finding's own case, and would turn below-baseline's info into a warning.
 */
function downgradeToWarning(codes: readonly string[]): Record<string, 'warning'> {
    return Object.fromEntries(codes.filter(code => catalogueEntry(code)?.severity === 'error').map(code => [code, 'warning']));
}

/** True when `name` is one of the §6 profiles. */
export function isProfileName(name: string): name is ProfileName {
    return (PROFILE_NAMES as readonly string[]).includes(name);
}

/** The profile §6 assigns to a `jurisdiction` keyword; `commercial_default` for anything else. */
export function defaultProfileFor(jurisdiction: string): ProfileName {
    switch (jurisdiction) {
        case 'england':
        case 'scotland':
        case 'wales':
            return 'nhs_england_2025';
        case 'us_medicare':
            return 'mssp_2026';
        case 'us_medicaid':
            return 'us_medicaid_2025';
        default:
            return 'commercial_default';
    }
}
