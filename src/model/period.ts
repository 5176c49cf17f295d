/** A calendar date without time zone, compared and counted by its day number. */
export class CalendarDate {
    private constructor(readonly year: number, readonly month: number, readonly day: number) {}

    /** Returns undefined when the date does not exist (`2026-02-29`, or any day of year 0000, which the Gregorian calendar lacks). */
    static of(year: number, month: number, day: number): CalendarDate | undefined {
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return undefined;
        }
        return new CalendarDate(year, month, day);
    }

    /** Parses `YYYY-MM-DD`; undefined when malformed or not a real date. */
    static parse(text: string): CalendarDate | undefined {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
        if (!m) {
            return undefined;
        }
        return CalendarDate.of(Number(m[1]), Number(m[2]), Number(m[3]));
    }

    static fromDayNumber(dayNumber: number): CalendarDate {
        // Proleptic Gregorian calendar in whole days (H. Hinnant's civil_from_days): no Date, whose
        // UTC constructor reads years 0–99 as 1900–1999.
        const z = dayNumber + 719_468;
        const era = Math.floor(z / 146_097);
        const doe = z - era * 146_097;
        const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
        const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
        const mp = Math.floor((5 * doy + 2) / 153);
        const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
        const month = mp < 10 ? mp + 3 : mp - 9;
        return new CalendarDate(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
    }

    /** Days since 1970-01-01 (negative before it). */
    get dayNumber(): number {
        const y = this.month <= 2 ? this.year - 1 : this.year;
        const era = Math.floor(y / 400);
        const yoe = y - era * 400;
        const doy = Math.floor((153 * (this.month + (this.month > 2 ? -3 : 9)) + 2) / 5) + this.day - 1;
        const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
        return era * 146_097 + doe - 719_468;
    }

    addDays(days: number): CalendarDate {
        return CalendarDate.fromDayNumber(this.dayNumber + days);
    }

    /** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
    addMonths(months: number): CalendarDate {
        const index = this.year * 12 + (this.month - 1) + months;
        const year = Math.floor(index / 12);
        const month = (index % 12) + 1;
        return new CalendarDate(year, month, Math.min(this.day, daysInMonth(year, month)));
    }

    compare(other: CalendarDate): number {
        return this.dayNumber - other.dayNumber;
    }

    isBefore(other: CalendarDate): boolean {
        return this.compare(other) < 0;
    }

    isAfter(other: CalendarDate): boolean {
        return this.compare(other) > 0;
    }

    equals(other: CalendarDate): boolean {
        return this.compare(other) === 0;
    }

    toString(): string {
        return `${String(this.year).padStart(4, '0')}-${pad2(this.month)}-${pad2(this.day)}`;
    }
}

/** A half-open interval of days `[start, end)`. */
export class Period {
    constructor(readonly start: CalendarDate, readonly end: CalendarDate) {}

    /** Inclusive dates as authors write them: `2025-04-01 to 2030-03-31` → `[2025-04-01, 2030-04-01)`. */
    static inclusive(first: CalendarDate, last: CalendarDate): Period {
        return new Period(first, last.addDays(1));
    }

    get days(): number {
        return this.end.dayNumber - this.start.dayNumber;
    }

    /** The last day inside the period, as authors would write it. */
    get lastDay(): CalendarDate {
        return this.end.addDays(-1);
    }

    contains(date: CalendarDate): boolean {
        return !date.isBefore(this.start) && date.isBefore(this.end);
    }

    within(outer: Period): boolean {
        return !this.start.isBefore(outer.start) && !this.end.isAfter(outer.end);
    }

    overlaps(other: Period): boolean {
        return this.start.isBefore(other.end) && other.start.isBefore(this.end);
    }

    intersect(other: Period): Period | undefined {
        const start = this.start.isAfter(other.start) ? this.start : other.start;
        const end = this.end.isBefore(other.end) ? this.end : other.end;
        return start.isBefore(end) ? new Period(start, end) : undefined;
    }

    equals(other: Period): boolean {
        return this.start.equals(other.start) && this.end.equals(other.end);
    }

    toString(): string {
        return `[${this.start}, ${this.end})`;
    }
}

export type YearKind = 'april_to_march' | 'calendar';

/** A year label as written: `2025/26` (April–March) or `PY2026` (calendar performance year). */
export interface YearLabel {
    label: string;
    kind: YearKind;
    /** The calendar year in which the year starts. */
    startYear: number;
    period: Period;
}

export type YearLabelProblem = { kind: 'malformed' } | { kind: 'bad-suffix'; suggestion: string };

/** Parses a YEAR token; reports a wrong `YY` (it must be `YYYY + 1`) with the label meant. */
export function parseYearLabel(text: string): YearLabel | YearLabelProblem {
    const fy = /^(\d{4})\/(\d{2})$/.exec(text);
    if (fy) {
        const startYear = Number(fy[1]);
        const expected = pad2((startYear + 1) % 100);
        if (fy[2] !== expected) {
            return { kind: 'bad-suffix', suggestion: `${fy[1]}/${expected}` };
        }
        return yearOf('april_to_march', startYear) ?? { kind: 'malformed' };
    }
    const py = /^PY(\d{4})$/.exec(text);
    if (py) {
        const startYear = Number(py[1]);
        return yearOf('calendar', startYear) ?? { kind: 'malformed' };
    }
    return { kind: 'malformed' };
}

export function isYearLabel(value: YearLabel | YearLabelProblem): value is YearLabel {
    return 'label' in value;
}

/** The label of the contract year of `kind` starting in `startYear`. */
export function yearLabelFor(kind: YearKind, startYear: number): string {
    const yyyy = String(startYear).padStart(4, '0');
    return kind === 'calendar' ? `PY${yyyy}` : `${yyyy}/${pad2((startYear + 1) % 100)}`;
}

/** The contract year of `kind` starting in `startYear`; undefined outside 0001–9999, which a label cannot write. */
export function yearOf(kind: YearKind, startYear: number): YearLabel | undefined {
    if (!Number.isInteger(startYear) || startYear < 1 || startYear > 9999) {
        return undefined;
    }
    const month = kind === 'calendar' ? 1 : 4;
    return {
        label: yearLabelFor(kind, startYear),
        kind,
        startYear,
        period: new Period(CalendarDate.of(startYear, month, 1)!, CalendarDate.of(startYear + 1, month, 1)!)
    };
}

/** The year of `kind` whose period contains `date`; undefined before 0001/02 (January–March 0001). */
export function yearContaining(kind: YearKind, date: CalendarDate): YearLabel | undefined {
    const startYear = kind === 'calendar' ? date.year : date.month >= 4 ? date.year : date.year - 1;
    return yearOf(kind, startYear);
}

export function daysInMonth(year: number, month: number): number {
    if (month === 2) {
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    }
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad2(n: number): string {
    return String(n).padStart(2, '0');
}
