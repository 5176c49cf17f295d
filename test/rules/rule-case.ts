import type { DiagnosticSeverity } from 'vscode-languageserver-types';

/**
 * One fixture for one catalogue code: a contract text (usually a close variant of the canonical contract,
 * built with `variant()`), and whether the code must appear in it or must not.
 */
export interface RuleCase {
    code: string;
    /** What the case shows, e.g. 'RiskTier sums to 21,800 against 21,840'. */
    name: string;
    text: string;
    expect: 'trigger' | 'clean';
    /** For trigger cases: the figures `data` must carry (a subset match), e.g. { computed: '17712240.00' }. */
    figures?: Record<string, unknown>;
    /** For trigger cases: the severity expected (1 error, 2 warning, 3 information). */
    severity?: DiagnosticSeverity;
    /** For trigger cases: text the message must contain, e.g. '21,800 ≠ 21,840 (−40)'. */
    message?: string;
    /** Extra files the case needs (imports), by path relative to the case file's URI. */
    files?: Record<string, string>;
}
