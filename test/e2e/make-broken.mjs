// Writes a broken copy of the canonical example for the e2e test: one partition tier 40 short
// (population/partition-mismatch, and the budget no longer reconciles) and outcome weights
// summing to 95% (outcome/weights-not-100, which has the "last = remainder" quick fix).
import { readFileSync, writeFileSync } from 'node:fs';

const [from, to] = process.argv.slice(2);
const edits = [
    ['T3 "High risk" size 2,184', 'T3 "High risk" size 2,144'],
    ['scoring all_or_nothing\n            weight 15%', 'scoring all_or_nothing\n            weight 10%']
];
let text = readFileSync(from, 'utf8');
for (const [before, after] of edits) {
    if (!text.includes(before)) {
        throw new Error(`make-broken: '${before}' is no longer in ${from}`);
    }
    text = text.replace(before, after);
}
writeFileSync(to, text);
