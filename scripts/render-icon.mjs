// Renders images/icon.svg to images/icon.png (the Marketplace requires a PNG) with the Chromium the
// e2e test uses. Run by hand after changing the SVG: node scripts/render-icon.mjs
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const svg = await readFile(new URL('../images/icon.svg', import.meta.url), 'utf8');
// A throw-away profile and home, so Chromium writes nothing to the user's.
const scratch = mkdtempSync(join(tmpdir(), 'carec-icon-'));
const browser = await chromium.launchPersistentContext(join(scratch, 'profile'), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
    viewport: { width: 128, height: 128 },
    env: { ...process.env, HOME: scratch, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_CACHE_HOME: join(scratch, 'cache') }
});
try {
    const page = browser.pages()[0] ?? await browser.newPage();
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: new URL('../images/icon.png', import.meta.url).pathname, omitBackground: true });
} finally {
    await browser.close();
}
