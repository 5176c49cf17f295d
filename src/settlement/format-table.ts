/**
 * `formatStatementTable(statement)`: the statement as plain text for people, showing every
 * intermediate value with its arithmetic, in the order of LANGUAGE.md §8 (bases, outcomes, pots,
 * gates, bonuses, shared savings, corridor, marginal rates, penalties, flows, net).
 */
import type { FractionJson, MoneyJson } from '../generator/contract-json.js';
import { formatNumber, parseDecimal } from '../model/decimal.js';
import { Percent } from '../model/money.js';
import { toFraction, toMoney } from './json-values.js';
import type { OutcomeStatementJson, StatementJson } from './statement-json.js';

const money = (m: MoneyJson): string => toMoney(m).format();
const pct = (f: FractionJson): string => Percent.fromFraction(toFraction(f)).format(3);
const num = (text: string): string => formatNumber(parseDecimal(text));
const arrow = (direction: 'higher' | 'lower'): string => (direction === 'higher' ? '↑' : '↓');

/** Renders a statement as a plain-text table. */
export function formatStatementTable(s: StatementJson): string {
    const out: string[] = [];
    out.push(`Settlement statement · ${s.contract} · ${s.year} · ${s.currency}${s.shadow ? ' · SHADOW YEAR (information only, all flows 0)' : ''}`);
    out.push(`Rounding: ${s.rounding.mode} to ${s.rounding.unit} per ${s.rounding.applyAt}`, '');
    bases(s, out);
    outcomes(s, out);
    pots(s, out);
    rest(s, out);
    out.push('', 'Flows');
    for (const f of s.flows) {
        out.push(`  ${f.from} → ${f.to}`.padEnd(30) + `${f.item}`.padEnd(60) + money(f.amount).padStart(18));
    }
    out.push(`  Net to provider: ${money(s.net.toProvider)}`);
    if (s.diagnostics.length > 0) {
        out.push('', 'Diagnostics');
        for (const d of s.diagnostics) {
            out.push(`  ${d.severity} ${d.code}${d.pointer ? ' ' + d.pointer : ''}: ${d.message}`);
        }
    }
    return out.join('\n') + '\n';
}

function bases(s: StatementJson, out: string[]): void {
    const b = s.bases;
    out.push('1. Bases');
    const cap = b.capitation;
    if (cap) {
        const monthly = cap.exposure.kind === 'member_months';
        out.push(`  Capitation from ${monthly ? 'member-months' : 'head-years'} (${num(cap.exposure.total)} in total)`);
        for (const t of cap.exposure.tiers) {
            out.push(`    ${t.cohort}: ${num(t.units)} × ${money(t.rate)}${monthly ? ' / 12' : ''} = ${money(t.amount)}`);
        }
        const uplift = cap.uplift ? ` × (1 + ${pct(cap.uplift)})` : '';
        const partial = cap.partial ? ` × ${cap.partial.fraction} (partial year)` : '';
        out.push(`    ${money(cap.subtotal)}${uplift}${partial} = ${money(cap.amount)}`);
    }
    out.push(`  Base (${b.kind}, ${b.source}): ${money(b.amount)}`);
    for (const w of b.withholds) {
        out.push(`  Withhold into ${w.pot}: ${pct(w.rate)} × ${money(b.amount)} = ${money(w.amount)}`);
    }
}

function outcomes(s: StatementJson, out: string[]): void {
    out.push('', '2–3. Outcomes');
    for (const o of s.outcomes) {
        const withheld = s.pots.find(p => p.id === o.pot)?.withheld;
        out.push(`  ${o.id} (${o.pot}) ${o.method.replace(/_/g, '-')} ${arrow(o.direction)}: ${inputs(o)}`);
        const fallback = o.fallback ? ` [${o.fallback.reason.replace(/_/g, ' ')} → ${o.fallback.rule}]` : '';
        out.push(`      s = ${scoreArithmetic(o)}${fallback}`);
        const weight = o.effectiveWeight.fraction === o.weight.fraction
            ? pct(o.weight) : `${pct(o.weight)} re-normalised to ${pct(o.effectiveWeight)}`;
        out.push(`      w = ${weight}; w·s = ${o.contribution}; amount = ${withheld ? money(withheld) : '?'} × ${o.contribution} = ${money(o.amount)}`);
    }
}

function inputs(o: OutcomeStatementJson): string {
    const i = o.inputs;
    const parts = [i.value !== null ? `A ${i.value}` : 'A –'];
    if (i.denominator !== null) {
        parts.push(`denominator ${formatNumber(parseDecimal(String(i.denominator)))}`);
    }
    if (i.events !== null) {
        parts.push(`events ${i.events}`);
    }
    if (o.method === 'relative_improvement' && i.baseline !== null) {
        parts.push(`B ${i.baseline}`);
    }
    if (i.threshold !== null) {
        parts.push(`T0 ${i.threshold}`);
    }
    if (i.full !== null) {
        parts.push(`T1 ${i.full}`);
    }
    if (i.tiers.length > 0) {
        parts.push(`tiers ${i.tiers.map(t => `${t.level} → ${pct(t.payout)}`).join(', ')}`);
    }
    if (!i.dataComplete) {
        parts.push('data incomplete');
    }
    return parts.join(', ');
}

function scoreArithmetic(o: OutcomeStatementJson): string {
    const i = o.inputs;
    if (o.score === null) {
        return 'excluded';
    }
    if (o.fallback !== null || i.value === null) {
        return o.score;
    }
    const a = i.value;
    const t0 = o.method === 'relative_improvement' ? i.baseline : i.threshold;
    const sign = o.direction === 'higher' ? '≥' : '≤';
    switch (o.method) {
        case 'linear':
        case 'relative_improvement':
            return o.direction === 'higher'
                ? `clamp((${a} − ${t0}) / (${i.full} − ${t0})) = ${o.score}`
                : `clamp((${t0} − ${a}) / (${t0} − ${i.full})) = ${o.score}`;
        case 'all_or_nothing':
            return `${a} ${sign} ${i.full}? = ${o.score}`;
        case 'tiered':
            return `highest tier with ${a} ${sign} level = ${o.score}`;
    }
}

function pots(s: StatementJson, out: string[]): void {
    out.push('', '4–5. Pots');
    for (const p of s.pots) {
        const terms = s.outcomes.filter(o => o.pot === p.id).map(o => o.contribution).join(' + ');
        out.push(`  ${p.id}: S = ${terms} = ${p.composite}`);
        if (p.mustPassFailed.length > 0) {
            out.push(`    must_pass failed: ${p.mustPassFailed.join(', ')}`);
        }
        out.push(`    per line: Σ amounts = ${money(p.lineSum)}; per total: round(${money(p.withheld)} × ${p.composite}) = ${money(p.totalRounded)}`);
        const difference = toMoney(p.lineSum).minus(toMoney(p.totalRounded)).format();
        out.push(`    earned (per ${s.rounding.applyAt}) = ${money(p.earned)}; line − total difference = ${difference}`);
        const fate = p.unearned ? ` (${p.unearned.rule.replace(/_/g, ' ')}${p.unearned.purpose ? ': ' + p.unearned.purpose : ''})` : '';
        out.push(`    forfeited = ${money(p.withheld)} − ${money(p.earned)} = ${money(p.forfeited)}${fate}`);
    }
}

function rest(s: StatementJson, out: string[]): void {
    if (s.gates.length > 0) {
        out.push('', 'Gates');
        for (const g of s.gates) {
            const above = g.above ? ` above ${pct(g.above)}` : '';
            out.push(`  ${g.target}${above} requires ${g.subject} ${g.measure} ${g.op} ${g.required}: actual ${g.actual ?? '–'} → ${g.passed ? 'passed' : 'FAILED'}`);
        }
    }
    for (const b of s.bonuses) {
        const cap = b.cap ? `, cap ${money(b.cap)}` : '';
        out.push('', `Bonus into ${b.pot}: min(${money(b.pool)} × ${b.composite}${cap}) = ${money(b.amount)}${b.blocked ? ' (blocked)' : ''}`);
    }
    const ss = s.sharedSavings;
    if (ss) {
        out.push('', 'Shared savings');
        out.push(`  benchmark ${money(ss.benchmark)} (${ss.benchmarkSource}) − expenditure ${money(ss.expenditure)} = ${money(ss.savings)} (${pct(ss.rate)})`);
        out.push(`  MSR ${ss.msr ? pct(ss.msr) : '–'}, MLR ${ss.mlr ? pct(ss.mlr) : '–'}${ss.lives !== null ? ` (${formatNumber(parseDecimal(String(ss.lives)))} lives)` : ''}: ${ss.qualifies ? ss.side : 'inside the corridor, nothing shared'}`);
        if (ss.qualifies) {
            const quality = ss.qualityFactor ? ` × quality ${ss.qualityFactor}` : '';
            const cap = ss.cap ? `, cap ${money(ss.cap)}` : '';
            out.push(`  min(${money(ss.shareable)} × ${pct(ss.share)}${quality}${cap}) = ${money(ss.amount)}${ss.blocked ? ' (blocked by a gate)' : ''}`);
        }
    }
    const c = s.corridor;
    if (c) {
        out.push('', `Corridor on ${c.on}`);
        out.push(`  expenditure ${money(c.expenditure)} − target ${money(c.target)} = ${money(c.deviation)} (${pct(c.deviationFraction)}): ${c.side}`);
        if (c.gatedAbove) {
            out.push(`  gate failed: provider share 0 beyond ${pct(c.gatedAbove)}`);
        }
        for (const band of c.bands) {
            const range = band.hi ? `${pct(band.lo)} to ${pct(band.hi)}` : `above ${pct(band.lo)}`;
            out.push(`  band ${range}: ${money(band.amountInBand)} × ${pct(band.providerShare)} = provider ${money(band.provider)}, commissioner ${money(band.commissioner)}`);
        }
        const [providerVerb, commissionerVerb] = c.side === 'deficit' ? ['bears', 'funds'] : ['keeps', 'recovers'];
        out.push(`  provider ${providerVerb} ${money(c.provider)}; commissioner ${commissionerVerb} ${money(c.commissioner)}`);
    }
    for (const m of s.marginalRates) {
        const price = m.price ? ` × ${money(m.price)}` : '';
        out.push('', `Marginal rate ${pct(m.rate)} above ${m.baseline} ${m.unit}: excess ${m.excess}${price} × (1 − ${pct(m.rate)}) = ${money(m.reduction)}`);
    }
    for (const p of s.penalties) {
        const cap = p.cap ? `, cap ${money(p.cap)}` : '';
        out.push('', `Penalty "${p.title}": ${p.events} × ${money(p.amount)} per ${p.per} = ${money(p.uncapped)}${cap} → ${money(p.total)}`);
    }
}
