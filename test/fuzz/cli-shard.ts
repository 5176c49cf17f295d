import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { FUZZ_EXPLORE, FUZZ_MUTANTS, FUZZ_SEED, FUZZ_SHARDS, FUZZ_TIME_LIMIT_MS, timeoutFor } from './fuzz-config.js';
import { checkMutant, ReusedWorkspaceBuild, Scratch } from './harness.js';
import { describeMutant, exampleSeeds, mutantArbitrary, mutantBytes } from './mutate.js';

/**
 * One shard of the CLI fuzz run: mutants of every example, each through `carec build` in process
 * (see harness.ts for the properties): nine in ten through `runBuild` on a reused workspace, one in
 * ten through `main` with a fresh one. Every third mutant is built with --force, which compiles
 * contracts with errors and so reaches the generator with broken models.
 */
export function cliFuzzShard(shard: number): void {
    const runs = Math.ceil(FUZZ_MUTANTS / FUZZ_SHARDS);
    const scratch = new Scratch();
    const builder = new ReusedWorkspaceBuild();
    const seeds = exampleSeeds();
    const tally = { mutants: 0, parsed: 0, built: 0, exit0: 0, exit1: 0, forced: 0, ms: 0 };
    const found = new Map<string, string>();
    afterAll(() => {
        scratch.dispose();
        console.log(`fuzz shard ${shard} (seed ${FUZZ_SEED + shard}, ${seeds.map(s => s.name).join(', ')}): ${JSON.stringify(tally)}`);
    });

    it(`${runs} mutants of ${seeds.length} examples: exit 0 or 1, ranges inside, valid JSON, whitespace-only formatting`, async () => {
        const started = performance.now();
        await fc.assert(
            fc.asyncProperty(mutantArbitrary(seeds), fc.nat(), async (mutant, n) => {
                const force = n % 3 === 0;
                // One in ten through `main` itself (fresh workspace, argument parsing); the rest reuse one workspace.
                const verdict = await checkMutant(scratch, mutant.seed, mutantBytes(mutant, seeds), { force, builder: n % 10 === 5 ? undefined : builder });
                tally.mutants++;
                tally.parsed += verdict.parsed ? 1 : 0;
                tally.built += verdict.built ? 1 : 0;
                tally.exit0 += verdict.status === 0 ? 1 : 0;
                tally.exit1 += verdict.status === 1 ? 1 : 0;
                tally.forced += force ? 1 : 0;
                if (verdict.problems.length === 0) {
                    return;
                }
                const failure = `${describeMutant(mutant)}${force ? ' --force' : ''}:\n  ${verdict.problems.join('\n  ')}`;
                if (!FUZZ_EXPLORE) {
                    throw new Error(failure);
                }
                // Exploring: collect one example of each kind of problem and carry on.
                for (const problem of verdict.problems) {
                    const kind = problem.replace(/\d+/g, 'N').slice(0, 120);
                    if (!found.has(kind)) {
                        found.set(kind, failure);
                    }
                }
            }),
            { seed: FUZZ_SEED + shard, numRuns: runs, endOnFailure: false, interruptAfterTimeLimit: FUZZ_TIME_LIMIT_MS || timeoutFor(runs) - 60_000, markInterruptAsFailure: !FUZZ_TIME_LIMIT_MS }
        );
        tally.ms = Math.round(performance.now() - started);
        if (found.size > 0) {
            writeFileSync(join(tmpdir(), `carec-fuzz-found-${shard}.txt`), [...found.values()].join('\n\n'));
            console.log([...found.values()].join('\n\n'));
        }
        expect([...found.keys()]).toEqual([]);
        if (!FUZZ_TIME_LIMIT_MS) {
            expect(tally.mutants).toBeGreaterThanOrEqual(runs);
        }
    }, timeoutFor(runs));
}
