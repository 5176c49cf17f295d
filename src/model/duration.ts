import type { Duration } from '../language/generated/ast.js';
import type { CalendarDate } from './period.js';

export type DurationUnit = 'hours' | 'days' | 'working_days' | 'weeks' | 'months' | 'years';

/** A duration as written (`45 days`, `15 working_days`), unit normalised to its plural. */
export interface DurationValue {
    value: number;
    unit: DurationUnit;
    text: string;
}

export function readDuration(node: Duration | undefined): DurationValue | undefined {
    if (!node?.value || !node.unit || !/^\d+$/.test(node.value)) {
        return undefined;
    }
    const unit = (node.unit.endsWith('s') ? node.unit : `${node.unit}s`) as DurationUnit;
    return { value: Number(node.value), unit, text: `${node.value} ${node.unit}` };
}

/**
 * The date a duration after `date` falls on. Working days skip Saturdays and Sundays (bank holidays are
 * not modelled); hours round up to whole days, since settlement and data dates are whole days.
 */
export function addDuration(date: CalendarDate, duration: DurationValue): CalendarDate {
    switch (duration.unit) {
        case 'hours': return date.addDays(Math.ceil(duration.value / 24));
        case 'days': return date.addDays(duration.value);
        case 'weeks': return date.addDays(duration.value * 7);
        case 'months': return date.addMonths(duration.value);
        case 'years': return date.addMonths(duration.value * 12);
        case 'working_days': {
            let result = date;
            let left = duration.value;
            while (left > 0) {
                result = result.addDays(1);
                const weekday = new Date(result.dayNumber * 86_400_000).getUTCDay();
                if (weekday !== 0 && weekday !== 6) {
                    left--;
                }
            }
            return result;
        }
    }
}
