/** Edit distance between two names, case-insensitive (so `riskTier` finds `RiskTier`). */
export function editDistance(a: string, b: string): number {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
    for (let i = 1; i <= s.length; i++) {
        const current = [i];
        for (let j = 1; j <= t.length; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
        }
        previous = current;
    }
    return previous[t.length]!;
}

/** The candidates close enough to be what was meant, best first (at most three). */
export function closestNames(name: string, candidates: Iterable<string>): string[] {
    const limit = Math.max(2, Math.floor(name.length / 3));
    return [...new Set(candidates)]
        .map(candidate => ({ candidate, distance: editDistance(name, candidate) }))
        .filter(c => c.distance <= limit && c.candidate !== name)
        .sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate))
        .slice(0, 3)
        .map(c => c.candidate);
}
