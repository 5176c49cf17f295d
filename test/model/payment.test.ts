import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { SIZE_BASED_MSR_TABLE, sizeBasedRate, type PaymentModel } from '../../src/model/payment.js';
import { CANONICAL, check, modelOf, readRepoFile, variant } from '../helpers.js';

const ACO = readRepoFile('test/fixtures/payment/aco.care');

async function paymentOf(text: string): Promise<PaymentModel> {
    return modelOf(await check(text)).payment;
}

const plain = (m: { toJsonAmount(): string } | undefined) => m?.toJsonAmount();

describe('size-based MSR (LANGUAGE.md §8)', () => {
    const rate = (n: number) => sizeBasedRate(new Decimal(n)).rate.value.toString();

    it('interpolates 7,500 lives to exactly 3.3%', () => {
        expect(rate(7_500)).toBe('3.3');
    });

    it('reads each row from its low end towards the next row', () => {
        expect(rate(5_000)).toBe('3.9');
        expect(rate(5_500)).toBe('3.75');
        expect(rate(6_000)).toBe('3.6');
        expect(rate(10_000)).toBe('3');
        expect(rate(12_400)).toBe('2.856');
        expect(rate(20_000)).toBe('2.5');
        expect(rate(35_000)).toBe('2.35');
        expect(rate(59_999)).toBe('2.00002');
    });

    it('is continuous where rows meet', () => {
        for (const [i, row] of SIZE_BASED_MSR_TABLE.entries()) {
            const next = SIZE_BASED_MSR_TABLE[i + 1];
            if (next) {
                expect(row.hi).toBe(next.lo);
                expect(row.to.value.equals(next.from.value)).toBe(true);
            }
        }
    });

    it('floors at 2.0% from 60,000 lives', () => {
        expect(rate(60_000)).toBe('2');
        expect(rate(250_000)).toBe('2');
    });

    it('reads the 5,000 value below the table, and says so', () => {
        const below = sizeBasedRate(new Decimal(4_650));
        expect(below.belowTable).toBe(true);
        expect(below.at.toString()).toBe('5000');
        expect(below.rate.value.toString()).toBe('3.9');
    });
});

describe('Contract A payment model', () => {
    it('has corridor bands with Percent bounds and per-year money edges (2% £354,244.80, 5% £885,612.00)', async () => {
        const corridor = (await paymentOf(CANONICAL)).corridor!;
        expect(corridor.on).toBe('budget');
        expect(corridor.symmetric).toBe(true);
        expect(corridor.deficit.every((band, i) => band === corridor.surplus[i])).toBe(true);
        const [first, second, third] = corridor.deficit;
        expect(first!.lo!.value.toString()).toBe('0');
        expect(first!.hi!.format()).toBe('2%');
        expect(first!.share!.format()).toBe('100%');
        expect(third!.open).toBe(true);
        expect(third!.hi).toBeUndefined();
        const edges = (band: typeof second, label: string) => band!.edges.find(e => e.label === label)!;
        expect(edges(second, '2026/27').lo.format()).toBe('£354,244.80');
        expect(edges(second, '2026/27').hi!.format()).toBe('£885,612.00');
        expect(edges(third, '2026/27').lo.format()).toBe('£885,612.00');
        expect(corridor.targets.map(t => t.label)).toEqual(['2025/26', '2026/27', '2027/28', '2028/29', '2029/30']);
        // An open band with a 10% share leaves the provider part of any deficit, however large.
        expect(corridor.maxProviderDeficit[0]!.amount).toBeUndefined();
    });

    it('caps the provider deficit when the open band shares nothing', async () => {
        const corridor = (await paymentOf(variant('band above 5% provider 10%', 'band above 5% provider 0%'))).corridor!;
        // 100% × 2% + 50% × 3% = 3.5% of £17,712,240.00
        expect(plain(corridor.maxProviderDeficit.find(m => m.label === '2026/27')!.amount)).toBe('619928.40');
    });

    it('lists every withhold year and the at-risk total per year', async () => {
        const payment = await paymentOf(CANONICAL);
        expect(payment.withholds[0]!.missingYears).toEqual([]);
        const year2 = payment.atRisk.find(a => a.label === '2026/27')!;
        expect(year2.base).toBe('capitation');
        expect(year2.total.format()).toBe('6%');
        expect(plain(payment.withholds[0]!.years[1]!.amount)).toBe('1062734.40');
        const without = await paymentOf(variant('            2029/30 6%\n', ''));
        expect(without.withholds[0]!.missingYears.map(y => y.label)).toEqual(['2029/30']);
    });

    it('settles each year 6 months after year end, within run-off', async () => {
        const settle = (await paymentOf(CANONICAL)).settle!;
        expect(settle.after?.text).toBe('6 months');
        const year2 = settle.years.find(y => y.year.label === '2026/27')!;
        expect(year2.yearEnd.toString()).toBe('2027-03-31');
        expect(year2.due.toString()).toBe('2027-09-30');
        expect(year2.data.map(d => `${d.outcome.name} ${d.arrives}`)).toEqual([
            'M1 2027-05-15', 'M2 2027-05-30', 'M3 2027-05-30', 'M4 2027-03-31', 'M5 2027-06-29'
        ]);
        expect(settle.years[0]!.data).toEqual([]);
        expect(settle.final!.due.toString()).toBe('2030-09-30');
        expect(settle.runOffEnds!.toString()).toBe('2030-09-30');
    });

    it('reads the gate, the unearned rule and the base', async () => {
        const payment = await paymentOf(CANONICAL);
        const gate = payment.gates[0]!;
        expect(gate.target).toBe('surplus');
        expect(gate.above!.format()).toBe('2%');
        expect(gate.subject).toMatchObject({ kind: 'pot', name: 'P1' });
        expect(gate.threshold!.toString()).toBe('0.5');
        expect(payment.unearned).toMatchObject({ rule: 'retained_by_commissioner', purpose: 'Reinvestment in diabetes prevention' });
        expect(payment.base).toMatchObject({ kind: 'capitation', frequency: 'monthly' });
        expect(payment.bonuses).toEqual([]);
        expect(payment.sharedSavings).toBeUndefined();
    });

    it('reads marginal rates and penalties', async () => {
        const payment = await paymentOf(variant('        unearned retained_by_commissioner',
            '        marginal_rate 30% above 1,850 admissions in 2024/25 rebase annually\n'
            + '        penalty "Late data submission" £5,000.00 per event cap £50,000.00 per year\n'
            + '        unearned retained_by_commissioner'));
        const marginal = payment.marginalRates[0]!;
        expect(marginal.rate!.format()).toBe('30%');
        expect(marginal.volume!.toString()).toBe('1850');
        expect(marginal.unit).toBe('admissions');
        expect(marginal.baselineYear!.label).toBe('2024/25');
        expect(marginal.rebase).toBe('annually');
        const penalty = payment.penalties[0]!;
        expect(penalty).toMatchObject({ title: 'Late data submission', per: 'event' });
        expect(plain(penalty.amount)).toBe('5000.00');
        expect(plain(penalty.cap)).toBe('50000.00');
    });
});

describe('ACO payment model', () => {
    it('computes the benchmark per year from per-capita × lives × trend', async () => {
        const savings = (await paymentOf(ACO)).sharedSavings!;
        expect(savings.sided).toBe('two_sided');
        expect(savings.basis).toBe('first_dollar');
        expect(savings.qualityScaling).toBe(true);
        expect(savings.lives!.toString()).toBe('12400');
        const benchmark = savings.benchmark!;
        expect(benchmark.perCapita).toBe(true);
        expect(plain(benchmark.total)).toBe('148800000.00');
        expect(benchmark.years.map(y => `${y.label} ${plain(y.amount)}`)).toEqual([
            'PY2026 153264000.00', 'PY2027 157861920.00', 'PY2028 162597777.60', 'PY2029 167475710.928', 'PY2030 172499982.25584'
        ]);
        expect(plain(savings.savingsCap!.years[0]!.amount)).toBe('15326400.00');
        expect(savings.lossCaps.map(c => `${c.rate!.format()} of ${c.of}: ${c.years.length}`)).toEqual(['4% of benchmark: 5', '8% of revenue: 0']);
        expect(plain(savings.lossCaps[0]!.years[0]!.amount)).toBe('6130560.00');
    });

    it('reads fixed MSR/MLR with the size-based value for comparison, and size_based at the population size', async () => {
        const fixed = (await paymentOf(ACO)).sharedSavings!;
        expect(fixed.msr).toMatchObject({ kind: 'fixed' });
        expect(fixed.msr!.rate!.format()).toBe('2%');
        expect(fixed.msr!.sizeBased!.rate.format()).toBe('2.856%');
        const sized = (await paymentOf(variant('            msr 2%\n            mlr 2%', '            msr size_based\n            mlr size_based',
            variant('size 12,400 as_at', 'size 7,500 as_at', ACO)))).sharedSavings!;
        expect(sized.msr!.kind).toBe('size_based');
        expect(sized.msr!.rate!.format()).toBe('3.3%');
        expect(sized.mlr!.rate!.format()).toBe('3.3%');
    });

    it('computes bonus amounts, caps and the incentive share of capitation per year', async () => {
        const payment = await paymentOf(variant('base fee_for_service paid per_claim',
            'base capitation paid monthly\n        bonus 7% of capitation into Q cap $9,000,000.00', ACO));
        const bonus = payment.bonuses[0]!;
        expect(bonus.rate!.format()).toBe('7%');
        expect(bonus.base).toBe('capitation');
        expect(bonus.pot?.name).toBe('Q');
        const first = bonus.years[0]!;
        expect([first.label, plain(first.amount), plain(first.cap), plain(first.maximum)])
            .toEqual(['PY2026', '10416000.00', '9000000.00', '9000000.00']);
        const incentive = payment.incentives[0]!;
        expect(plain(incentive.incentives)).toBe('9000000.00');
        expect(plain(incentive.total)).toBe('157800000.00');
    });
});
