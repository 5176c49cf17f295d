/**
 * Delta debugging (Zeller's ddmin) over lines, then over rough tokens: the smallest text, found
 * greedily, for which `fails` still holds. Used to turn a fuzz counterexample into a regression input.
 */
export async function minimise(text: string, fails: (candidate: string) => Promise<boolean>): Promise<string> {
    let current = text;
    for (const split of [(t: string) => t.split(/(?<=\n)/), (t: string) => t.match(/\s+|"(?:[^"\\\n]|\\.)*"|[^\s"]+|"/g) ?? []]) {
        let parts = split(current);
        let chunks = 2;
        while (parts.length >= 2) {
            const size = Math.ceil(parts.length / chunks);
            let reduced = false;
            for (let start = 0; start < parts.length; start += size) {
                const candidate = [...parts.slice(0, start), ...parts.slice(start + size)];
                if (await fails(candidate.join(''))) {
                    parts = candidate;
                    chunks = Math.max(chunks - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                if (chunks >= parts.length) {
                    break;
                }
                chunks = Math.min(chunks * 2, parts.length);
            }
        }
        current = parts.join('');
    }
    return current;
}
