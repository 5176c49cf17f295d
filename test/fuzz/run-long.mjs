#!/usr/bin/env node
// `npm run fuzz`: the long fuzz run. 50,000 CLI mutants (in process, two shards), 500 through the real
// process, 20,000 language-server edits and 100,000 settlement cases, from a fresh seed unless
// FUZZ_SEED is given; FUZZ_TIME_LIMIT_MIN (default 40) stops each part early, reporting how many ran.
// Any FUZZ_* variable set by the caller wins. Builds first: the real-process tests run out/.
import { spawnSync } from 'node:child_process';

const env = {
    FUZZ_MUTANTS: '50000',
    FUZZ_PROCESS_MUTANTS: '500',
    FUZZ_LSP_EDITS: '20000',
    FUZZ_SETTLE_RUNS: '100000',
    FUZZ_SEED: String(Math.floor(Math.random() * 2 ** 31)),
    FUZZ_TIME_LIMIT_MIN: '40',
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('FUZZ_'))),
};
console.log(`carec fuzz: ${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')}`);
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) {
    process.exit(build.status ?? 1);
}
const started = Date.now();
const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/fuzz', 'test/robustness/settlement-oracle.test.ts'],
    { stdio: 'inherit', env: { ...process.env, ...env } });
console.log(`carec fuzz: ${run.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 60000).toFixed(1)} min (seed ${env.FUZZ_SEED})`);
process.exit(run.status ?? 1);
