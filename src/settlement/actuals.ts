/**
 * Reads an actuals file (`urn:carec:schema:actuals:1.0`) into exact typed values. Every problem
 * is reported with the JSON pointer of the bad field and what was expected; a file with problems
 * throws a `SettlementError` (code `settle/invalid-actuals`, or `settle/currency-mismatch` for an
 * amount in another currency), never a stack trace.
 */
import { Decimal, parseDecimal } from '../model/decimal.js';
import { Money, type Currency } from '../model/money.js';
import { DiagnosticSink } from './diagnostics.js';
import { JsonReader, childPointer } from './json-reader.js';

const CURRENCIES = ['GBP', 'USD', 'EUR'] as const;
const VOLUME_UNITS = ['admissions', 'attendances', 'spells', 'contacts'] as const;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const YEAR = /^(\d{4}\/\d{2}|PY\d{4})$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const AMOUNT = /^-?\d+\.\d{2,4}$/;

const ROOT_KEYS = ['$schema', 'contract', 'year', 'currency', 'exposure', 'expenditure', 'benchmark', 'riskScore',
    'assignedLives', 'uplift', 'providerRevenue', 'outcomes', 'activity', 'penalties'] as const;

/** Units a volume marginal rate counts. */
export type VolumeUnit = typeof VOLUME_UNITS[number];

/** Exposure by capitation tier: member-months or head-years, exact. */
export interface Exposure {
    kind: 'member_months' | 'head_years';
    units: Map<string, Decimal>;
}

/** One outcome's actual; `pointer` locates it in the file for later diagnostics. */
export interface OutcomeActual {
    id: string;
    value: Decimal;
    denominator: number;
    numerator: number | null;
    dataComplete: boolean;
    pointer: string;
}

/** Activity of one unit with its average price. */
export interface ActivityActual {
    unit: VolumeUnit;
    count: number;
    price: Money;
}

/** Events of one contract penalty; `pointer` locates it in the file. */
export interface PenaltyActual {
    title: string;
    events: number;
    pointer: string;
}

/** A validated actuals file. */
export interface Actuals {
    contract: string;
    year: string;
    currency: Currency;
    exposure: Exposure | null;
    expenditure: Money;
    benchmark: Money | null;
    riskScore: Decimal | null;
    assignedLives: number | null;
    uplift: Decimal | null;
    providerRevenue: Money | null;
    outcomes: OutcomeActual[];
    activity: ActivityActual[];
    penalties: PenaltyActual[];
}

/** Parses and validates an actuals document; throws `SettlementError` listing every problem. */
export function parseActuals(input: unknown): Actuals {
    const reader = new JsonReader();
    const moneyFields: { pointer: string; money: Money }[] = [];
    const root = reader.object(input, '', ROOT_KEYS);
    const field = (key: string): unknown => root?.[key];
    const readMoney = (value: unknown, pointer: string): Money | undefined => {
        const money = readMoneyValue(reader, value, pointer);
        if (money) {
            moneyFields.push({ pointer, money });
        }
        return money;
    };

    if (root && '$schema' in root) {
        reader.string(field('$schema'), '/$schema', /^urn:carec:schema:actuals:1\.0$/, "'urn:carec:schema:actuals:1.0'");
    }
    const contract = reader.string(field('contract'), '/contract', NAME, 'the contract id, e.g. "A_DIAB_NSH_2025"');
    const year = reader.string(field('year'), '/year', YEAR, 'a contract year such as "2026/27" or "PY2026"');
    const currency = reader.oneOf(field('currency'), '/currency', CURRENCIES);
    const exposure = root && 'exposure' in root ? readExposure(reader, field('exposure')) : null;
    const expenditure = readMoney(field('expenditure'), '/expenditure');
    const benchmark = root && 'benchmark' in root ? readMoney(field('benchmark'), '/benchmark') : null;
    const riskScore = optionalDecimal(reader, root, 'riskScore', 'a decimal string such as "1.042"');
    const assignedLives = root && 'assignedLives' in root ? reader.count(field('assignedLives'), '/assignedLives') : null;
    const uplift = root && 'uplift' in root ? readFraction(reader, field('uplift'), '/uplift') : null;
    const providerRevenue = root && 'providerRevenue' in root && field('providerRevenue') !== null
        ? readMoney(field('providerRevenue'), '/providerRevenue') : null;
    const outcomes = readList(reader, field('outcomes'), '/outcomes', (v, p) => readOutcome(reader, v, p));
    const activity = root && 'activity' in root
        ? readList(reader, field('activity'), '/activity', (v, p) => readActivity(reader, v, p, readMoney)) : [];
    const penalties = readList(reader, field('penalties'), '/penalties', (v, p) => readPenalty(reader, v, p));

    const sink = new DiagnosticSink();
    for (const p of reader.problems) {
        sink.error('settle/invalid-actuals', `expected ${p.expected}, found ${p.found}`, p.pointer);
    }
    if (currency) {
        for (const { pointer, money } of moneyFields) {
            if (money.currency !== currency) {
                sink.error('settle/currency-mismatch', `amount in ${money.currency} in a ${currency} actuals file`, childPointer(pointer, 'currency'));
            }
        }
    }
    sink.throwIfErrors();
    // Every required field was read without a problem, so the assertions below hold.
    return {
        contract: contract!, year: year!, currency: currency!, exposure: exposure ?? null, expenditure: expenditure!,
        benchmark: benchmark ?? null, riskScore: riskScore ?? null, assignedLives: assignedLives ?? null,
        uplift: uplift ?? null, providerRevenue: providerRevenue ?? null, outcomes, activity, penalties
    };
}

function readList<T>(reader: JsonReader, value: unknown, pointer: string, item: (v: unknown, p: string) => T | undefined): T[] {
    const items = reader.array(value, pointer) ?? [];
    return items.map((v, i) => item(v, childPointer(pointer, i))).filter((v): v is T => v !== undefined);
}

function readMoneyValue(reader: JsonReader, value: unknown, pointer: string): Money | undefined {
    const record = reader.object(value, pointer, ['amount', 'currency']);
    if (!record) {
        return undefined;
    }
    const amount = reader.string(record['amount'], childPointer(pointer, 'amount'), AMOUNT,
        'an amount as a decimal string with 2 to 4 decimals, e.g. "17190000.00"');
    const currency = reader.oneOf(record['currency'], childPointer(pointer, 'currency'), CURRENCIES);
    return amount !== undefined && currency !== undefined ? new Money(parseDecimal(amount), currency) : undefined;
}

function readFraction(reader: JsonReader, value: unknown, pointer: string): Decimal | undefined {
    const record = reader.object(value, pointer, ['fraction']);
    const text = record && reader.string(record['fraction'], childPointer(pointer, 'fraction'), DECIMAL,
        'a fraction as a decimal string, e.g. "0.021" for 2.1%');
    return text !== undefined ? parseDecimal(text) : undefined;
}

function optionalDecimal(reader: JsonReader, root: Record<string, unknown> | undefined, key: string, expected: string): Decimal | undefined {
    if (!root || !(key in root)) {
        return undefined;
    }
    const text = reader.string(root[key], `/${key}`, DECIMAL, expected);
    return text !== undefined ? parseDecimal(text) : undefined;
}

function readExposure(reader: JsonReader, value: unknown): Exposure | undefined {
    const record = reader.object(value, '/exposure', ['memberMonths', 'headYears']);
    if (!record) {
        return undefined;
    }
    const keys = Object.keys(record).filter(k => k === 'memberMonths' || k === 'headYears');
    if (keys.length !== 1) {
        reader.problem('/exposure', "exactly one of 'memberMonths' or 'headYears'", value);
        return undefined;
    }
    const kind = keys[0] === 'memberMonths' ? 'member_months' : 'head_years';
    const pointer = `/exposure/${keys[0]}`;
    const tiers = reader.dictionary(record[keys[0]!], pointer, NAME, 'a capitation tier name');
    if (!tiers) {
        return undefined;
    }
    const units = new Map<string, Decimal>();
    for (const [tier, amount] of Object.entries(tiers)) {
        const at = childPointer(pointer, tier);
        if (kind === 'member_months') {
            const n = reader.count(amount, at, 'a whole number of member-months');
            if (n !== undefined) {
                units.set(tier, new Decimal(n));
            }
        } else {
            const text = reader.string(amount, at, DECIMAL, 'head-years as a decimal string, e.g. "13104.0"');
            if (text !== undefined) {
                units.set(tier, parseDecimal(text));
            }
        }
    }
    return { kind, units };
}

function readOutcome(reader: JsonReader, value: unknown, pointer: string): OutcomeActual | undefined {
    const record = reader.object(value, pointer, ['id', 'value', 'denominator', 'numerator', 'dataComplete']);
    if (!record) {
        return undefined;
    }
    const id = reader.string(record['id'], childPointer(pointer, 'id'), NAME, 'an outcome name such as "M1"');
    const text = reader.string(record['value'], childPointer(pointer, 'value'), DECIMAL,
        'the achieved value as a decimal string in the outcome\'s unit, e.g. "65.4"');
    const denominator = reader.count(record['denominator'], childPointer(pointer, 'denominator'));
    const numerator = 'numerator' in record ? reader.count(record['numerator'], childPointer(pointer, 'numerator')) : null;
    const dataComplete = reader.boolean(record['dataComplete'], childPointer(pointer, 'dataComplete'));
    if (id === undefined || text === undefined || denominator === undefined || numerator === undefined || dataComplete === undefined) {
        return undefined;
    }
    return { id, value: parseDecimal(text), denominator, numerator, dataComplete, pointer };
}

function readActivity(reader: JsonReader, value: unknown, pointer: string,
    readMoney: (v: unknown, p: string) => Money | undefined): ActivityActual | undefined {
    const record = reader.object(value, pointer, ['unit', 'count', 'price']);
    if (!record) {
        return undefined;
    }
    const unit = reader.oneOf(record['unit'], childPointer(pointer, 'unit'), VOLUME_UNITS);
    const count = reader.count(record['count'], childPointer(pointer, 'count'));
    const price = readMoney(record['price'], childPointer(pointer, 'price'));
    return unit !== undefined && count !== undefined && price !== undefined ? { unit, count, price } : undefined;
}

function readPenalty(reader: JsonReader, value: unknown, pointer: string): PenaltyActual | undefined {
    const record = reader.object(value, pointer, ['title', 'events']);
    if (!record) {
        return undefined;
    }
    const title = reader.string(record['title'], childPointer(pointer, 'title'), /./, 'the penalty title as written in the contract');
    const events = reader.count(record['events'], childPointer(pointer, 'events'));
    return title !== undefined && events !== undefined ? { title, events, pointer } : undefined;
}
