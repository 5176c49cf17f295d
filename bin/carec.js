#!/usr/bin/env node
import { main } from '../out/cli/main.js';

// A reader that stops early (`carec check … | head`) is not an error of ours.
process.stdout.on('error', error => {
    if (error.code === 'EPIPE') {
        process.exit(process.exitCode ?? 0);
    }
    throw error;
});

process.exitCode = await main(process.argv.slice(2));
