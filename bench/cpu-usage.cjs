// Preloaded (`node --require bench/cpu-usage.cjs …`) by the benchmark into the processes it times: at exit,
// writes the process's CPU time (user + system, ms) to the file named by CAREC_BENCH_CPU_FILE, so that a
// busy machine's other processes do not count.
'use strict';
const file = process.env.CAREC_BENCH_CPU_FILE;
if (file) {
    process.on('exit', () => {
        const usage = process.cpuUsage();
        require('node:fs').writeFileSync(file, String((usage.user + usage.system) / 1000));
    });
}
