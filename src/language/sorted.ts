/**
 * The index of the first item whose position is at or after `offset`, in items ordered by position
 * (their count when none is): a binary search, for the token lists of the editor features.
 */
export function firstAtOrAfter<T>(items: readonly T[], position: (item: T) => number, offset: number): number {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (position(items[mid]!) < offset) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}
