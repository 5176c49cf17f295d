// Runs `langium generate` with Object.groupBy available (Node 20 lacks it).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../node_modules/langium-cli/bin/langium.js', import.meta.url));
const polyfill = fileURLToPath(new URL('./object-groupby.cjs', import.meta.url));
const result = spawnSync(process.execPath, ['--require', polyfill, cli, 'generate', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
