// Summary statistics shared by the benchmark driver (run.mjs) and its worker (worker.mjs).

export function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median, range and the samples (rounded to `digits` decimals) of a series of timings. */
export function summary(samples, cpuSamples, digits) {
    return {
        median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs: samples.length,
        cpuMedian: cpuSamples ? median(cpuSamples) : undefined,
        samples: samples.map(v => Number(v.toFixed(digits)))
    };
}
