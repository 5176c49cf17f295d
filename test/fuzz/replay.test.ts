import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { checkMutant, carecInProcess, ReusedWorkspaceBuild, Scratch } from './harness.js';
import { minimise } from './minimise.js';
import { exampleSeeds, mutantBytes, type Mutant } from './mutate.js';

/**
 * Replays one counterexample from a fuzz failure, printing everything the CLI wrote; with
 * FUZZ_MINIMISE=1 also shrinks the text to the smallest one that shows the same first problem:
 *   FUZZ_REPLAY='{"seed":"…","mutations":[…]}' [FUZZ_FORCE=1] [FUZZ_MINIMISE=1] [FUZZ_SAVE=/tmp/m.care] npx vitest run test/fuzz/replay.test.ts
 */
it.runIf(process.env.FUZZ_REPLAY)('replays FUZZ_REPLAY', async () => {
    const mutant = JSON.parse(process.env.FUZZ_REPLAY!) as Mutant;
    const force = Boolean(process.env.FUZZ_FORCE);
    const bytes = mutantBytes(mutant, exampleSeeds());
    const scratch = new Scratch();
    const path = scratch.write(mutant.seed, bytes);
    const run = await carecInProcess(['build', '--format', 'human', ...(force ? ['--force'] : []), path]);
    console.log(`exit ${run.status}\n--- stderr\n${run.stderr}\n--- stdout (${run.stdout.length} chars)`);
    const builder = new ReusedWorkspaceBuild();
    const verdict = await checkMutant(scratch, mutant.seed, bytes, { force, builder });
    console.log(verdict.problems.join('\n'));
    let text = bytes.toString('utf8');
    if (process.env.FUZZ_MINIMISE && verdict.problems.length > 0) {
        const kind = (problem: string | undefined) => problem?.replace(/\d+/g, 'N').slice(0, 80);
        const wanted = kind(verdict.problems[0]);
        text = await minimise(text, async candidate => {
            const v = await checkMutant(scratch, mutant.seed, Buffer.from(candidate, 'utf8'), { force, builder });
            return v.problems.some(p => kind(p) === wanted);
        });
        console.log(`--- minimised (${text.length} chars)\n${text}\n---`);
    }
    if (process.env.FUZZ_SAVE) {
        writeFileSync(process.env.FUZZ_SAVE, text);
    }
    scratch.dispose();
}, 600_000);
