import type { ChangesClause, Contract, Service } from '../language/generated/ast.js';
import { isMissingDataClause, isProvisionClause, isService, isServices } from '../language/generated/ast.js';
import { clauseOf } from './clauses.js';
import type { Decimal } from './decimal.js';
import { effectiveClauses, type OutcomeModel } from './outcomes.js';
import type { ResolvedPolicy } from './policy.js';
import type { CohortModel } from './population.js';

/**
 * The values the language fills in where a contract leaves a clause out (LANGUAGE.md §3.4, §3.9, §8):
 * what settlement and the JSON use when the author relies on a default.
 */

export type Fallback = 'neutral' | 'zero' | 'exclude';

export interface MinimumDenominator {
    value: Decimal;
    unit: 'patients' | 'events';
    fallback: Fallback;
    /** True when the outcome states no `minimum_denominator` and the policy's minimum applies. */
    fromPolicy: boolean;
}

/** Units whose values are rates of events, so a small-numbers check counts events. */
const RATE_UNITS = new Set(['per_1000', 'per_100000']);

/**
 * The small-numbers rule of an outcome: its own `minimum_denominator`, else the policy minimum with the
 * §8 default fallback `neutral`. The policy minimum counts events when the baseline is an event count
 * (or, without a stated `n`, the outcome is a rate of events) and patients otherwise.
 */
export function minimumDenominatorOf(outcome: OutcomeModel, policy: ResolvedPolicy): MinimumDenominator {
    const own = outcome.minimumDenominator;
    if (own?.value) {
        return { value: own.value, unit: own.unit, fallback: own.node.fallback, fromPolicy: false };
    }
    const baseline = outcome.baseline;
    const events = !baseline?.n && (baseline?.events !== undefined || (outcome.unit !== undefined && RATE_UNITS.has(outcome.unit)));
    return events
        ? { value: policy.value('min_denominator_events'), unit: 'events', fallback: 'neutral', fromPolicy: true }
        : { value: policy.value('min_denominator_patients'), unit: 'patients', fallback: 'neutral', fromPolicy: true };
}

/** `missing_data`, own or inherited from the library metric; default `zero` (§3.9). */
export function missingDataOf(outcome: OutcomeModel): Fallback {
    return clauseOf({ clauses: effectiveClauses(outcome.node) }, isMissingDataClause)?.fallback ?? 'zero';
}

/** Services in the provider's scope: every service that is not `commissioner_retained`, in declaration order. */
export function inScopeServices(contract: Contract): Service[] {
    return contract.members.filter(isServices)
        .flatMap(block => block.items.filter(isService))
        .filter(service => !clauseOf(service, isProvisionClause)?.retained);
}

/** The services an outcome names as `drivers`, else every in-scope service (§3.9). */
export function driversOf(outcome: OutcomeModel, contract: Contract): string[] {
    return outcome.drivers.length > 0 ? outcome.drivers : inScopeServices(contract).map(s => s.name);
}

/**
 * How joiners and leavers are paid for a cohort: its own `changes`; partition members (capitation tiers)
 * cannot state one and inherit the partitioned cohort's (§5 population/basis-mismatch).
 */
export function changesOf(cohort: CohortModel): ChangesClause | undefined {
    const seen = new Set<CohortModel>();
    let current: CohortModel | undefined = cohort;
    while (current && !seen.has(current)) {
        if (current.changes || current.kind !== 'member') {
            return current.changes;
        }
        seen.add(current);
        current = current.parent;
    }
    return undefined;
}
