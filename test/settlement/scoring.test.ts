import { describe, expect, test } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import {
    allOrNothingScore, linearScore, relativeImprovementScore, scoreValue, ScoringParameterError, tieredScore
} from '../../src/settlement/scoring.js';

const d = (text: string): Decimal => new Decimal(text);
const s = (value: Decimal): string => value.toFixed(10);
const tiers = [['12', '0.5'], ['18', '0.75'], ['25', '1']].map(([level, payout]) => ({ level: d(level!), payout: d(payout!) }));
const lowerTiers = [['20', '0.5'], ['15', '0.75'], ['10', '1']].map(([level, payout]) => ({ level: d(level!), payout: d(payout!) }));

describe('linear', () => {
    test('higher is better, inside, below and above the band', () => {
        expect(s(linearScore(d('65.4'), d('63'), d('67'), 'higher'))).toBe('0.6000000000');
        expect(s(linearScore(d('60'), d('63'), d('67'), 'higher'))).toBe('0.0000000000');
        expect(s(linearScore(d('70'), d('63'), d('67'), 'higher'))).toBe('1.0000000000');
    });
    test('lower is better, inside, above and below the band', () => {
        expect(s(linearScore(d('9.1'), d('9.5'), d('8.0'), 'lower'))).toBe('0.2666666667');
        expect(s(linearScore(d('9.9'), d('9.5'), d('8.0'), 'lower'))).toBe('0.0000000000');
        expect(s(linearScore(d('7.0'), d('9.5'), d('8.0'), 'lower'))).toBe('1.0000000000');
    });
    test('a zero-width band is all-or-nothing at the target', () => {
        expect(s(linearScore(d('5'), d('5'), d('5'), 'higher'))).toBe('1.0000000000');
        expect(s(linearScore(d('4.9'), d('5'), d('5'), 'higher'))).toBe('0.0000000000');
    });
});

describe('all-or-nothing', () => {
    test('higher: at the target counts', () => {
        expect(s(allOrNothingScore(d('85'), d('85'), 'higher'))).toBe('1.0000000000');
        expect(s(allOrNothingScore(d('84.1'), d('85'), 'higher'))).toBe('0.0000000000');
    });
    test('lower: at or under the target', () => {
        expect(s(allOrNothingScore(d('8.0'), d('8.0'), 'lower'))).toBe('1.0000000000');
        expect(s(allOrNothingScore(d('8.1'), d('8.0'), 'lower'))).toBe('0.0000000000');
    });
});

describe('tiered', () => {
    test('higher: the highest tier reached pays', () => {
        expect(s(tieredScore(d('11.9'), tiers, 'higher'))).toBe('0.0000000000');
        expect(s(tieredScore(d('12'), tiers, 'higher'))).toBe('0.5000000000');
        expect(s(tieredScore(d('19.5'), tiers, 'higher'))).toBe('0.7500000000');
        expect(s(tieredScore(d('30'), tiers, 'higher'))).toBe('1.0000000000');
    });
    test('lower: levels reached from above', () => {
        expect(s(tieredScore(d('21'), lowerTiers, 'lower'))).toBe('0.0000000000');
        expect(s(tieredScore(d('20'), lowerTiers, 'lower'))).toBe('0.5000000000');
        expect(s(tieredScore(d('12'), lowerTiers, 'lower'))).toBe('0.7500000000');
        expect(s(tieredScore(d('9'), lowerTiers, 'lower'))).toBe('1.0000000000');
    });
});

describe('relative improvement', () => {
    test('higher: linear from the baseline', () => {
        expect(s(relativeImprovementScore(d('62'), d('54'), d('70'), 'higher'))).toBe('0.5000000000');
        expect(s(relativeImprovementScore(d('50'), d('54'), d('70'), 'higher'))).toBe('0.0000000000');
    });
    test('lower: linear down from the baseline', () => {
        expect(s(relativeImprovementScore(d('38.5'), d('41'), d('36'), 'lower'))).toBe('0.5000000000');
        expect(s(relativeImprovementScore(d('35'), d('41'), d('36'), 'lower'))).toBe('1.0000000000');
    });
});

test('scoreValue dispatches and reports a missing parameter', () => {
    const rule = { method: 'linear' as const, direction: 'higher' as const, baseline: null, threshold: d('63'), full: d('67'), tiers: [] };
    expect(s(scoreValue(rule, d('65')))).toBe('0.5000000000');
    expect(() => scoreValue({ ...rule, threshold: null }, d('65'))).toThrow(ScoringParameterError);
    expect(() => scoreValue({ ...rule, method: 'tiered' }, d('65'))).toThrow(ScoringParameterError);
    expect(s(scoreValue({ ...rule, method: 'relative_improvement', baseline: d('61') }, d('64')))).toBe('0.5000000000');
});
