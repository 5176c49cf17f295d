import { expect, test } from 'vitest';
import { formatStatementTable } from '../../src/settlement/format-table.js';
import { settle } from '../../src/settlement/settle.js';
import { actualsA, contractA, gbp } from './helpers.js';

test('the table shows every figure of §8.1 with its arithmetic', () => {
    const table = formatStatementTable(settle(contractA(), actualsA()));
    for (const line of [
        'T1: 157,248 × £520.00 / 12 = £6,814,080.00',
        'Withhold into P1: 6% × £17,712,240.00 = £1,062,734.40',
        's = clamp((65.4 − 63) / (67 − 63)) = 0.6000000000',
        's = clamp((9.5 − 9.1) / (9.5 − 8.0)) = 0.2666666667',
        'amount = £1,062,734.40 × 0.1800000000 = £191,292.19',
        '= 0.5458333333',
        'per line: Σ amounts = £580,075.86; per total: round(£1,062,734.40 × 0.5458333333) = £580,075.86',
        'forfeited = £1,062,734.40 − £580,075.86 = £482,658.54 (retained by commissioner: Reinvestment in diabetes prevention)',
        'surplus above 2% requires P1 composite >= 0.50: actual 0.5458333333 → passed',
        'expenditure £17,190,000.00 − target £17,712,240.00 = −£522,240.00 (-2.948%): surplus',
        'band 2% to 5%: £167,995.20 × 50% = provider £83,997.60, commissioner £83,997.60',
        'provider keeps £438,242.40; commissioner recovers £83,997.60',
        'Net to provider: £496,078.26'
    ]) {
        expect(table).toContain(line);
    }
    expect(table).toMatch(/commissioner → provider\s+P1 earned withhold\s+£580,075.86/);
    expect(table).toMatch(/provider → commissioner\s+corridor: commissioner recovers its share of the surplus\s+£83,997.60/);
});

test('deficit wording and diagnostics', () => {
    const actuals = { ...actualsA(), expenditure: gbp('18700000.00') };
    actuals.outcomes[3]!.denominator = 62;
    const table = formatStatementTable(settle(contractA(), actuals));
    expect(table).toContain('provider bears £630,143.20; commissioner funds £357,616.80');
    expect(table).toContain('warning settle/small-denominator /outcomes/3/denominator: M4 denominator 62 < 100 patients: score neutral (1.0)');
});
