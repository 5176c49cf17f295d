/**
 * How much to fuzz. CI (`npx vitest run`) runs the fixed seed and 2,000 mutants, split over the shard
 * files so the two cores share them; `npm run fuzz` (test/fuzz/run-long.mjs) sets FUZZ_MUTANTS=50000
 * and the other FUZZ_* variables below, with a fresh seed per run (printed, so a failure can be replayed).
 */
export const FUZZ_MUTANTS = Number(process.env.FUZZ_MUTANTS ?? 2000);
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20260707);
export const FUZZ_SHARDS = 2;
/** Mutants that go through the real `node bin/carec.js` process as well (~0.4 s each). */
export const FUZZ_PROCESS_MUTANTS = Number(process.env.FUZZ_PROCESS_MUTANTS ?? 100);
/** Edits streamed into one language-server document. */
export const FUZZ_LSP_EDITS = Number(process.env.FUZZ_LSP_EDITS ?? 2000);
/** Generous: a hang shows as a timeout, not as a slow pass. */
export const timeoutFor = (mutants: number): number => 120_000 + mutants * 1_000;
/** Collect every kind of problem instead of stopping (and shrinking) at the first. */
export const FUZZ_EXPLORE = process.env.FUZZ_EXPLORE === '1';
/** The long run stops each property after this long and reports how many cases ran (0: no limit). */
export const FUZZ_TIME_LIMIT_MS = Number(process.env.FUZZ_TIME_LIMIT_MIN ?? 0) * 60_000;
