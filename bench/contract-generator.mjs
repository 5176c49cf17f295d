// Generates realistic, valid `.care` contracts of a requested size for the benchmark: many cohorts
// (nested, partitioned by age or by criteria), services and pathways, subcontractors, several pots of
// outcomes of every scoring method with per-year targets, and a library of shared metrics some
// outcomes use. Every figure is derived so that the contract checks with no errors: partitions add up,
// the budget reconciles to the capitation formula, weights sum to 100%, targets improve on baselines
// by more than the noise band, and every locally sourced outcome is covered by a report.
// Deterministic: the same options give the same text.

const CONDITIONS = [
    'diabetes', 'COPD', 'asthma', 'heart failure', 'atrial fibrillation', 'hypertension', 'chronic kidney disease',
    'dementia', 'frailty', 'severe mental illness', 'depression', 'stroke', 'coronary heart disease', 'osteoporosis',
    'rheumatoid arthritis', 'epilepsy', 'learning disability', 'cancer survivorship', 'obesity', 'falls risk',
    'multimorbidity', 'end of life care', 'alcohol dependence', 'chronic pain', 'long COVID', 'Parkinson disease',
    'motor neurone disease', 'sickle cell disease', 'cystic fibrosis', 'psoriasis'
];
const PLACES = ['North Shire', 'Eastmoor', 'Westdale', 'Harbourside', 'Kingsford', 'Ashbury', 'Millbrook', 'Fenwick', 'Oakridge', 'Southgate'];
const MEASURES_HIGHER = [
    'with a personalised care plan reviewed in the year', 'receiving all recommended annual checks',
    'whose latest control measure is within target', 'offered structured self-management education',
    'with a medication review in the last 12 months', 'reporting confidence in managing their condition',
    'seen by the community team within two weeks of referral', 'with an agreed crisis plan',
    'completing a rehabilitation programme', 'with a recorded carer assessment'
];
const MEASURES_LOWER = [
    'emergency admissions', 'emergency department attendances', 'avoidable bed days', 'readmissions within 30 days',
    'ambulance conveyances', 'out-of-area placements', 'delayed discharges', 'falls resulting in admission'
];
const SOURCES_LOCAL = ['GP data extraction', 'Provider clinical system', 'Community services dataset extract', 'Practice audit', 'Patient-reported outcome survey'];
const SOURCES_NATIONAL = ['National Diabetes Audit extract', 'SUS', 'Mental Health Services Data Set', 'QOF', 'Hospital Episode Statistics'];
const CATEGORIES = ['primary_medical', 'community_health', 'mental_health', 'acute_elective', 'acute_non_elective', 'urgent_care', 'diagnostics', 'prescribing', 'voluntary_sector'];
const SERVICE_KINDS = ['clinic', 'hub', 'outreach team', 'virtual ward', 'rapid response', 'rehabilitation', 'navigation', 'review service', 'education programme', 'nursing team'];
const YEARS = ['2025/26', '2026/27', '2027/28', '2028/29', '2029/30'];
const PERFORMANCE_YEARS = YEARS.slice(1);

/** A small, seedable PRNG (mulberry32). */
function random(seed) {
    let a = seed >>> 0;
    const next = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
        pick: list => list[Math.floor(next() * list.length)],
        chance: p => next() < p
    };
}

/** `12,345` grouping for counts. */
function count(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `£1,234.56` from a whole number of pence. */
function pounds(pence) {
    const p = BigInt(pence);
    const whole = p / 100n;
    const frac = (p % 100n).toString().padStart(2, '0');
    return `£${count(whole.toString())}.${frac}`;
}

function one(n) {
    return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Weights as whole percents summing to exactly 100. */
function weights(n) {
    const base = Math.floor(100 / n);
    const extra = 100 - base * n;
    return Array.from({ length: n }, (_, i) => base + (i < extra ? 1 : 0));
}

/** Integer counts summing to `total`, each at least `min`. */
function split(total, parts, rng, min = 50) {
    const shares = Array.from({ length: parts }, () => 1 + rng.next() * 3);
    const sum = shares.reduce((a, b) => a + b, 0);
    const sizes = shares.map(s => Math.max(min, Math.floor((total * s) / sum)));
    sizes[sizes.length - 1] = total - sizes.slice(0, -1).reduce((a, b) => a + b, 0);
    return sizes;
}

/** How many of each section a contract of about `lines` lines holds. */
function plan(lines) {
    const outcomes = Math.max(6, Math.round((lines * 0.6) / 17));
    const perPot = Math.min(30, Math.max(3, Math.round(Math.sqrt(outcomes) * 1.6)));
    return {
        outcomes,
        pots: Math.max(2, Math.ceil(outcomes / perPot)),
        cohorts: Math.max(3, Math.round((lines * 0.14) / 8)),
        services: Math.max(8, Math.round(lines * 0.05)),
        subcontractors: Math.max(2, Math.round(lines / 250))
    };
}

export const LIBRARY_NAME = 'SharedMetrics';
const LIBRARY_METRICS = 40;

/** The library of shared metrics the generated contracts import (`import "shared-metrics.care"`). */
export function generateLibrary() {
    const rng = random(7);
    const out = ['/** Shared outcome metrics used across the region\'s contracts. */', `library ${LIBRARY_NAME} "Regional shared metrics" {`];
    for (let i = 1; i <= LIBRARY_METRICS; i++) {
        const condition = CONDITIONS[i % CONDITIONS.length];
        const measure = MEASURES_HIGHER[(i * 7) % MEASURES_HIGHER.length];
        out.push(`    metric L${i} "${capitalise(condition)}: patients ${measure}" {`);
        out.push(`        type ${rng.pick(['process', 'outcome', 'access'])}`);
        out.push(`        numerator "Patients with ${condition} ${measure}"`);
        out.push('        unit percent');
        out.push('        direction higher');
        out.push(`        source national "${rng.pick(SOURCES_NATIONAL)}" lag ${rng.pick([30, 45, 60])} days`);
        out.push('    }');
    }
    out.push('}');
    return out.join('\n') + '\n';
}

/**
 * A valid contract of about `lines` lines. `importLibrary` adds `import "shared-metrics.care"` and has
 * up to 40 outcomes use its metrics.
 */
export function generateContract({ lines, seed = 1, importLibrary = true }) {
    let counts = plan(lines);
    let text = render(counts, seed, importLibrary);
    // One proportional correction brings the line count close to the request.
    const actual = text.split('\n').length;
    if (Math.abs(actual - lines) / lines > 0.03) {
        counts = plan(Math.round((lines * lines) / actual));
        text = render(counts, seed, importLibrary);
    }
    return text;
}

function render(counts, seed, importLibrary) {
    const rng = random(seed * 7919 + 13);
    const place = PLACES[seed % PLACES.length];
    const out = [];
    const line = (indent, text) => out.push('    '.repeat(indent) + text);

    if (importLibrary) {
        out.push('import "shared-metrics.care"', '');
    }
    out.push(`/** ${place} integrated care outcomes contract ${seed}: lead provider, capitated, outcome-based. */`);
    line(0, `contract GEN_${seed}_${place.replace(/\W/g, '').toUpperCase()} "${place} integrated care outcomes contract" {`);
    line(1, `version ${rng.int(1, 4)}`);
    line(1, 'status signed');
    line(1, 'jurisdiction england');
    line(1, 'form lead_provider');
    line(1, 'policy nhs_england_2025');
    line(1, 'currency GBP');
    line(1, 'rounding half_up to 0.01 per line');
    out.push('');

    // ------------------------------------------------------------ services (planned first: parties deliver them)
    const services = [];
    for (let i = 1; i <= counts.services; i++) {
        const condition = rng.pick(CONDITIONS);
        services.push({ name: `Svc${i}`, title: `${capitalise(condition)} ${rng.pick(SERVICE_KINDS)}`, category: rng.pick(CATEGORIES), subs: [], retained: i % 17 === 0 });
    }
    const subcontractors = [];
    for (let i = 1; i <= counts.subcontractors; i++) {
        subcontractors.push({ name: `Sub${i}`, title: `${rng.pick(PLACES)} ${rng.pick(['Community Interest Company', 'Health Ltd', 'GP Federation CIC', 'Care Partnership LLP'])} ${i}`, delivers: [] });
    }
    for (const service of services) {
        if (!service.retained && rng.chance(0.3)) {
            const sub = rng.pick(subcontractors);
            service.subs.push(sub.name);
            service.direct = rng.chance(0.5);
            sub.delivers.push(service.name);
        }
    }
    const inScope = services.filter(s => !s.retained);

    // ------------------------------------------------------------ parties
    line(1, `commissioner ${place.replace(/\W/g, '')}ICB "${place} ICB" {`);
    line(2, 'kind icb');
    line(2, 'lead');
    line(1, '}');
    line(1, `provider LeadTrust "${place} Hospitals NHS Foundation Trust" {`);
    line(2, 'legal_form nhs_foundation_trust');
    line(2, 'statutory');
    line(2, 'security statutory_body');
    line(1, '}');
    for (const sub of subcontractors) {
        line(1, `subcontractor ${sub.name} "${sub.title}" {`);
        line(2, `legal_form ${rng.pick(['cic', 'company', 'llp', 'charity'])}`);
        if (sub.delivers.length > 0) {
            line(2, `delivers ${sub.delivers.join(', ')}`);
        }
        line(2, `value ${pounds(rng.int(100, 900) * 1_000_00)} per year`);
        line(2, `vat ${rng.pick(['exempt', 'borne_by_provider', 'recoverable'])}`);
        line(1, '}');
    }
    out.push('');

    // ------------------------------------------------------------ term
    line(1, 'term 2025-04-01 to 2030-03-31 {');
    line(2, 'years april_to_march');
    line(2, 'shadow 2025/26');
    line(2, 'run_off 6 months');
    line(1, '}');
    out.push('');

    // ------------------------------------------------------------ population and cohorts
    const populationSize = rng.int(800, 1200) * 1000;
    line(1, `population Registered "Registered list of ${rng.int(30, 120)} ${place} practices" {`);
    line(2, 'basis registered_list');
    line(2, `size ${count(populationSize)} as_at 2025-01-01 source "National registration list"`);
    line(1, '}');
    out.push('');

    // The capitated cohort: tiers by risk, sizes and rates chosen freely, the budget computed from them.
    const capitated = { name: 'CapitatedRegister', size: rng.int(20, 40) * 1000 };
    const tierCount = 3 + (seed % 3);
    const tierSizes = split(capitated.size, tierCount, rng, 500);
    const tiers = tierSizes.map((size, i) => ({ name: `Tier${i + 1}`, size, ratePence: (400 + i * 550 + rng.int(0, 99)) * 100 }));
    line(1, `cohort ${capitated.name} "Adults with long-term conditions on the shared care register" within Registered {`);
    line(2, 'age 18+');
    line(2, 'register "Shared long-term conditions register"');
    line(2, `size ${count(capitated.size)} as_at 2025-01-01 source "Shared care register extract"`);
    line(2, 'partition RiskTier exhaustive {');
    for (const tier of tiers) {
        line(3, `${tier.name} "${rng.pick(['Routine', 'Complex', 'High risk', 'Very high risk', 'Stable', 'Rising risk'])} tier" size ${count(tier.size)} criteria "Risk stratification band ${tier.name.slice(4)}"`);
    }
    line(2, '}');
    line(2, 'changes pro_rata member_months recount every 1 January');
    line(1, '}');
    out.push('');

    const cohorts = [{ name: capitated.name, size: capitated.size, ageLo: 18 }];
    for (let i = 1; i < counts.cohorts; i++) {
        const condition = CONDITIONS[i % CONDITIONS.length];
        const nested = i > 3 && rng.chance(0.35);
        const parent = nested ? rng.pick(cohorts.filter(c => c.size > 2000)) : { name: 'Registered', size: populationSize, ageLo: 0 };
        const size = nested ? Math.max(600, Math.floor(parent.size * (0.1 + rng.next() * 0.5))) : rng.int(3, 60) * 1000 + rng.int(0, 999);
        const ageLo = nested ? parent.ageLo : rng.pick([18, 18, 40, 65]);
        const cohort = { name: `Cohort${i}`, size, ageLo };
        cohorts.push(cohort);
        line(1, `cohort ${cohort.name} "${capitalise(condition)}${nested ? ` (${rng.pick(['complex', 'newly diagnosed', 'housebound', 'high risk'])})` : ''} register" within ${parent.name} {`);
        if (!nested) {
            line(2, `age ${ageLo}+`);
        }
        line(2, `register "${capitalise(condition)} register"`);
        line(2, `size ${count(size)} as_at 2025-01-01 source "${rng.pick(['QOF', 'Practice registers', 'Shared care record'])}"`);
        if (rng.chance(0.3)) {
            line(2, `criteria "${capitalise(condition)} recorded, ${rng.pick(['coded in the last 5 years', 'confirmed by a specialist', 'on active treatment'])}"`);
        }
        if (!nested && rng.chance(0.4)) {
            const parts = split(size, 3, rng, 100);
            const bands = ageLo >= 65 ? [[65, 74], [75, 84], [85]] : ageLo >= 40 ? [[40, 64], [65, 79], [80]] : [[18, 44], [45, 69], [70]];
            line(2, `partition Age${i} exhaustive {`);
            bands.forEach(([lo, hi], k) => {
                line(3, `C${i}A${lo} "${hi ? `${lo} to ${hi}` : `${lo} and over`}" age ${hi ? `${lo} to ${hi}` : `${lo}+`} size ${count(parts[k])}`);
            });
            line(2, '}');
        } else if (rng.chance(0.3)) {
            const parts = split(size, 2, rng, 100);
            line(2, `partition Need${i} exhaustive {`);
            line(3, `C${i}Std "Standard needs" size ${count(parts[0])} criteria "No complex needs recorded"`);
            line(3, `C${i}Cx "Complex needs" size ${count(parts[1])} criteria "Two or more complex needs recorded"`);
            line(2, '}');
        }
        line(1, '}');
    }
    out.push('');

    line(1, 'risk_adjustment tiered_capitation {');
    line(2, 'stop_loss above £40,000 per person per year commissioner_share 80%');
    line(1, '}');
    out.push('');

    // ------------------------------------------------------------ services and pathways
    line(1, 'services integration vertical {');
    for (const s of services) {
        let provision = 'provision direct';
        if (s.retained) {
            provision = 'provision commissioner_retained';
        } else if (s.subs.length > 0) {
            provision = s.direct ? `provision direct and subcontracted by ${s.subs.join(', ')}` : `provision subcontracted by ${s.subs.join(', ')}`;
        }
        const priced = rng.chance(0.1) ? ' priced national_prices' : '';
        line(2, `service ${s.name} "${s.title}" { category ${s.category} ${provision}${priced} }`);
    }
    const pathways = Math.max(1, Math.floor(services.length / 8));
    for (let p = 1; p <= pathways; p++) {
        const condition = rng.pick(CONDITIONS);
        line(2, `pathway Path${p} "${capitalise(condition)} pathway" {`);
        const stages = ['Identify', 'Assess', 'Treat', 'Support'].slice(0, rng.int(2, 4));
        for (const stage of stages) {
            const used = [rng.pick(inScope).name, rng.pick(inScope).name].filter((v, k, a) => a.indexOf(v) === k);
            line(3, `stage P${p}${stage} "${stage}" {`);
            line(4, `services ${used.join(', ')}`);
            if (rng.chance(0.5)) {
                line(4, `access "${stage} after referral" within ${rng.int(2, 8)} weeks`);
            }
            line(3, '}');
        }
        line(2, '}');
    }
    line(2, 'mechanisms single_point_of_access, mdt, shared_care_record');
    line(2, 'out_of_scope "Renal replacement therapy", "Specialised services"');
    line(1, '}');
    out.push('');

    // ------------------------------------------------------------ budget: stated years equal the capitation formula
    const annualPence = tiers.reduce((sum, t) => sum + BigInt(t.size) * BigInt(t.ratePence), 0n);
    line(1, 'budget {');
    line(2, 'capitation per person per year {');
    for (const t of tiers) {
        line(3, `${t.name} ${pounds(t.ratePence)}`);
    }
    line(2, '}');
    line(2, `year 2025/26 ${pounds(annualPence)}`);
    line(2, `year 2026/27 ${pounds(annualPence)} uplift 0%`);
    for (const y of YEARS.slice(2)) {
        line(2, `year ${y} capitation uplift national_cost_uplift less efficiency_factor`);
    }
    line(2, `baseline_spend ${pounds((annualPence * 97n) / 100n)} in 2024/25 growth 3.5% per year`);
    line(1, '}');
    out.push('');

    // ------------------------------------------------------------ outcomes (planned before payment: reports cover them)
    const pots = [];
    const potSizes = split(counts.outcomes, counts.pots, rng, 3);
    let outcomeNumber = 0;
    let metricNumber = 0;
    for (let p = 1; p <= counts.pots; p++) {
        const n = Math.min(60, potSizes[p - 1]);
        const pot = { name: `Pot${p}`, title: `${capitalise(rng.pick(CONDITIONS))} and ${rng.pick(CONDITIONS)} outcomes`, outcomes: [] };
        const ws = weights(n);
        for (let k = 0; k < n; k++) {
            outcomeNumber++;
            pot.outcomes.push(planOutcome(rng, outcomeNumber, k, ws[k], cohorts, inScope, importLibrary && metricNumber < LIBRARY_METRICS && k >= 2 && rng.chance(0.3) ? `${LIBRARY_NAME}.L${++metricNumber}` : undefined));
        }
        pots.push(pot);
    }

    // ------------------------------------------------------------ payment: withholds for the first pots, bonuses for the rest
    line(1, 'payment {');
    line(2, 'base capitation paid monthly');
    const withheld = Math.min(pots.length, 5);
    for (let p = 0; p < withheld; p++) {
        line(2, `withhold of capitation into ${pots[p].name} {`);
        YEARS.forEach((y, k) => line(3, `${y} ${k === 0 ? 0 : 1 + ((p + k) % 3)}%`));
        line(2, '}');
    }
    for (let p = withheld; p < pots.length; p++) {
        line(2, `bonus ${pounds(rng.int(20, 80) * 1000_00)} per year into ${pots[p].name}`);
    }
    line(2, 'unearned retained_by_commissioner for "Reinvestment in prevention"');
    line(2, 'corridor on budget symmetric {');
    line(3, 'band 0% to 2% provider 100%');
    line(3, 'band 2% to 5% provider 50%');
    line(3, 'band above 5% provider 10%');
    line(2, '}');
    line(2, `gate surplus above 2% requires ${pots[0].name} composite >= 0.50`);
    line(2, 'settle 6 months after year_end');
    line(1, '}');
    out.push('');

    for (const pot of pots) {
        line(1, `pot ${pot.name} "${pot.title}" {`);
        for (const o of pot.outcomes) {
            for (const text of o.lines) {
                line(2 + (text.startsWith('}') || text.startsWith('outcome') ? 0 : 1), text);
            }
        }
        line(1, '}');
    }
    out.push('');

    // ------------------------------------------------------------ choice, reporting, evaluation, governance, termination
    line(1, 'choice "Patients may choose any provider for consultant-led referral; the ICO pays at national prices." {');
    line(2, 'protects referral_choice');
    line(2, 'forbids exclusivity, minimum_income_guarantee');
    line(1, '}');
    line(1, 'reporting {');
    line(2, 'report Finance "Monthly activity and finance" every month due 15 working_days');
    for (const pot of pots) {
        const local = pot.outcomes.filter(o => o.local).map(o => o.name);
        if (local.length === 0) {
            continue;
        }
        const chunks = [];
        for (let i = 0; i < local.length; i += 8) {
            chunks.push(local.slice(i, i + 8).join(', '));
        }
        line(2, `report Dash${pot.name} "${pot.title}: quarterly dashboard" every quarter due 30 days`);
        line(3, `covers ${chunks.join(',\n' + '    '.repeat(4))}`);
    }
    line(2, 'report Settlement "Annual settlement statement" every year due 6 months');
    line(2, 'audit annually match 95%');
    line(1, '}');
    line(1, 'evaluation independent by "Independent university team" design difference_in_differences');
    line(2, 'comparator "Matched practices in two neighbouring ICBs" baseline 2022/23 to 2024/25 measures "Total cost per head", "Bed days per 1,000"');
    line(1, 'governance {');
    line(2, `board "${place} Partnership Board" meets quarterly decides by majority {`);
    line(3, `members ${place.replace(/\W/g, '')}ICB, LeadTrust, ${subcontractors.slice(0, 3).map(s => s.name).join(', ')}`);
    line(3, 'also "Two patient representatives"');
    line(2, '}');
    line(2, 'variations agreed_by board rebase when population_change above 5%');
    line(2, 'disputes negotiation 20 working_days then mediation then expert_determination');
    line(1, '}');
    line(1, 'termination {');
    line(2, 'notice 12 months after 2026/27');
    line(2, 'default remedy 60 days');
    line(2, 'step_in');
    line(2, 'exit_plan');
    line(2, 'exit_costs defaulting_party otherwise shared 50%');
    line(2, 'partial_year pro_rata last_complete_quarter');
    line(1, '}');
    line(0, '}');
    return out.join('\n') + '\n';
}

/** One outcome's clauses: a scoring method, unit and direction with baseline and per-year targets that improve. */
function planOutcome(rng, number, index, weight, cohorts, services, metric) {
    const name = `M${number}`;
    const cohort = rng.pick(cohorts);
    const kind = metric ? 'linear-up' : index === 0 ? 'lower' : rng.pick(['linear-up', 'linear-up', 'lower', 'tiered', 'all-or-nothing', 'relative']);
    const type = index === 0 ? 'outcome' : index === 1 ? 'experience' : rng.pick(['outcome', 'process', 'access', 'utilisation', 'proms']);
    const condition = rng.pick(CONDITIONS);
    const national = !metric && rng.chance(0.4);
    const source = national ? `source national "${rng.pick(SOURCES_NATIONAL)}" lag ${rng.pick([30, 60, 90])} days` : `source "${rng.pick(SOURCES_LOCAL)}" lag ${rng.pick([15, 30, 45])} days`;
    const lines = [];
    const n = Math.max(2000, cohort.size);
    if (kind === 'lower') {
        const measure = rng.pick(MEASURES_LOWER);
        lines.push(`outcome ${name} "${capitalise(measure)}: ${condition}" {`);
        lines.push(`type ${index === 1 ? 'experience' : index === 0 ? 'outcome' : 'utilisation'}`);
        lines.push(`numerator "${capitalise(measure)} of patients with ${condition}"`);
        lines.push(`denominator ${cohort.name}`);
        lines.push('unit per_1000');
        lines.push('direction lower');
        lines.push('scoring linear');
        lines.push(`weight ${weight}%`);
        const baseline = rng.int(120, 300) / 10;
        const events = rng.int(300, 900);
        lines.push(`baseline ${one(baseline)} in 2024/25 events ${events}`);
        PERFORMANCE_YEARS.forEach((y, k) => {
            const threshold = Math.round(baseline * (0.97 - k * 0.02) * 10) / 10;
            const full = Math.round(baseline * (0.82 - k * 0.02) * 10) / 10;
            lines.push(`target ${y} threshold ${one(threshold)} full ${one(full)}`);
        });
    } else {
        const measure = rng.pick(MEASURES_HIGHER);
        lines.push(`outcome ${name} "${capitalise(condition)}: patients ${measure}" {`);
        if (metric) {
            lines.push(`uses ${metric}`);
        } else {
            lines.push(`type ${type}`);
            lines.push(`numerator "Patients with ${condition} ${measure}"`);
        }
        lines.push(`denominator ${cohort.name}`);
        if (!metric) {
            lines.push('unit percent');
            lines.push('direction higher');
        }
        const method = { 'linear-up': 'linear', tiered: 'tiered', 'all-or-nothing': 'all_or_nothing', relative: 'relative_improvement' }[kind];
        lines.push(`scoring ${method}`);
        lines.push(`weight ${weight}%`);
        const baseline = rng.int(300, 700) / 10;
        lines.push(`baseline ${one(baseline)} in 2024/25 n ${count(n)}`);
        PERFORMANCE_YEARS.forEach((y, k) => {
            const base = Math.round(baseline + 2 + k * 2);
            if (kind === 'linear-up') {
                lines.push(`target ${y} threshold ${base} full ${base + 5}`);
            } else if (kind === 'tiered') {
                lines.push(`target ${y} tiers { ${base + 1} pays 50%  ${base + 4} pays 75%  ${base + 7} pays 100% }`);
            } else {
                lines.push(`target ${y} full ${base + 5}`);
            }
        });
    }
    lines.push('window contract_year');
    if (!metric) {
        lines.push(source);
    }
    if (rng.chance(0.6)) {
        const drivers = [rng.pick(services).name, rng.pick(services).name, rng.pick(services).name].filter((v, k, a) => a.indexOf(v) === k);
        lines.push(`drivers ${drivers.join(', ')}`);
    }
    lines.push('}');
    return { name, lines, local: !metric && !national };
}
