// Drives the installed extension in code-server through the UI, as a user would, step by step.
// Each step saves a screenshot in E2E_ARTIFACTS; the first failing step stops the run (exit 1).
// Started by test/e2e/run.sh, which provides code-server and the environment below.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { Workbench } from './workbench.mjs';

const { E2E_URL: url, E2E_WORKSPACE: workspace, E2E_ARTIFACTS: artifacts } = process.env;
const example = readFileSync(join(workspace, 'diabetes-pathway.care'), 'utf8');
const broken = readFileSync(join(workspace, 'broken.care'), 'utf8');

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'carec-e2e-chromium-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1600, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync']
});
const page = context.pages()[0] ?? await context.newPage();
const consoleLog = [];
page.on('console', message => consoleLog.push(`[${message.type()}] ${message.text()}`));
const ui = new Workbench(page);

let stepNumber = 0;
const shot = name => join(artifacts, `${String(stepNumber).padStart(2, '0')}-${name}.png`);

/** Runs one step; its screenshot is taken when it passes and when it fails. */
async function step(name, body) {
    stepNumber++;
    const started = Date.now();
    try {
        await body();
        await page.screenshot({ path: shot(name) });
        console.log(`e2e: ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
        await page.screenshot({ path: shot(`${name}-FAILED`) }).catch(() => undefined);
        console.error(`e2e: ✗ ${name}: ${error instanceof Error ? error.message : error}`);
        throw error;
    }
}

try {
    await step('activates', async () => {
        await page.goto(url);
        await page.locator('.monaco-workbench').waitFor();
        await ui.openFile('diabetes-pathway.care');
        await page.locator('#status\\.editor\\.mode', { hasText: 'Care' }).waitFor();
        // The status bar item appears once the server has published the contract's diagnostics.
        await ui.statusItem.filter({ hasText: 'Care: no errors' }).waitFor();
    });

    await step('highlighting', async () => {
        await ui.goTo(example, '£17,712,240.00', 1);
        const colours = await ui.tokenColours({ money: '£17,712,240.00', structure: 'payment', clause: 'baseline_spend',
            enum: 'national_cost_uplift', string: '"Reinvestment in diabetes prevention"' });
        const distinct = new Set(Object.values(colours));
        if (distinct.size < 5 || [...distinct].some(colour => colour.startsWith('no token'))) {
            throw new Error(`expected money, structure and clause keywords, enum values and strings in 5 colours, got ${JSON.stringify(colours)}`);
        }
        // VS Code's own token inspector names the TextMate scope and the semantic token type under the cursor.
        await ui.runCommand('Developer: Inspect Editor Tokens and Scopes');
        const inspector = page.locator('.token-inspect-widget');
        await ui.waitForText(inspector, 'constant.numeric.money.care');
        await ui.waitForText(inspector, 'money');
    });

    await step('inlay-hints', async () => {
        await page.keyboard.press('Escape');
        await ui.goTo(example, 'T1 £520.00');
        await ui.waitForText(ui.activeLines, '£520.00= £6,814,080.00');
        await ui.waitForText(ui.activeLines, '= £17,712,240.00');
        await ui.waitForText(ui.activeLines, '6%= £1,062,734.40');
    });

    await step('setting-inlay-hints', async () => {
        // The contract stays visible on the left while the setting is switched in the Settings editor.
        const contractLines = page.locator('.editor-group-container').first().locator('.view-lines');
        const checkbox = page.locator('.settings-editor .setting-item-bool .setting-value-checkbox:visible').first();
        await ui.runCommand('View: Split Editor Right');
        await ui.runCommand('Preferences: Open Settings (UI)');
        await page.keyboard.type('carec.inlayHints.enabled');
        await page.locator('.settings-editor', { hasText: '1 Setting Found' }).waitFor();
        await checkbox.click();
        await page.locator('.settings-editor .setting-value-checkbox[aria-checked="false"]').waitFor();
        await ui.waitForNoText(contractLines, '£6,814,080.00');
        await page.screenshot({ path: shot('setting-inlay-hints-off') });
        await checkbox.click();
        await ui.waitForText(contractLines, '£520.00= £6,814,080.00');
        await page.keyboard.press('Escape'); // this VS Code shows Settings as a modal
        await page.locator('.settings-editor').waitFor({ state: 'hidden' });
        await ui.tidy();
        await ui.openFile('diabetes-pathway.care');
    });

    await step('hover', async () => {
        await ui.goTo(example, '£520.00', 2);
        await ui.hoverAtCursor();
        await ui.waitForText(ui.rateHover, '13,104 × £520.00 = £6,814,080.00');
    });

    await step('build-json', async () => {
        await page.keyboard.press('Escape');
        await ui.runCommand('Care: Build JSON');
        await page.locator('.notifications-toasts', { hasText: 'Wrote diabetes-pathway.json' }).waitFor();
        const written = join(workspace, 'diabetes-pathway.json');
        if (!existsSync(written) || JSON.parse(readFileSync(written, 'utf8')).$schema !== 'urn:carec:schema:contract:1.0') {
            throw new Error(`${written} was not written as contract JSON`);
        }
    });

    await step('budget-summary', async () => {
        await ui.runCommand('Care: Show budget summary');
        await ui.activeTab('Budget summary').waitFor();
        await ui.waitForText(ui.activeLines, '£318,820.32');
    });

    await step('settle', async () => {
        await ui.tidy();
        await ui.openFile('diabetes-pathway.care');
        await ui.runCommand('Care: Settle with actuals…');
        await ui.pick('diabetes-pathway.actuals-2026-27.json');
        await ui.activeTab('Settlement').waitFor();
        await ui.activeEditor.click();
        await page.keyboard.press('Control+End');
        await ui.waitForText(ui.activeLines, 'Net to provider: £496,078.26');
    });

    await step('problems', async () => {
        await ui.tidy();
        await ui.openFile('broken.care');
        await ui.statusItem.filter({ hasText: 'Care: 4 errors' }).waitFor();
        await page.keyboard.press('Control+Shift+M');
        await ui.waitForText(ui.problems, 'outcome/weights-not-100');
        const text = (await ui.problems.innerText()).replace(/\u00a0/g, ' ');
        const missing = ['population/partition-mismatch', 'budget/capitation-mismatch', 'outcome/weights-not-100'].filter(code => !text.includes(code));
        if (missing.length > 0) {
            throw new Error(`Problems panel lacks ${missing.join(', ')}:\n${text}`);
        }
    });

    await step('squiggles', async () => {
        await ui.goTo(broken, 'size 2,144');
        await ui.activeEditor.locator('.squiggly-error').first().waitFor();
    });

    await step('quick-fix', async () => {
        // The diagnostic sits on the pot; its fix sets the last weight to what makes 100%.
        await ui.goTo(broken, 'pot P1');
        await page.keyboard.press('Control+.');
        const menu = page.locator('.action-widget:visible').first();
        await menu.locator('.monaco-list-row', { hasText: /last weight to the remainder/i }).first().click();
        await ui.waitForNoText(ui.problems, 'outcome/weights-not-100');
        await ui.statusItem.filter({ hasText: 'Care: 3 errors' }).waitFor();
        await page.screenshot({ path: shot('quick-fix-applied') });
        await ui.runCommand('File: Revert File');
    });

    await step('overview', async () => {
        // The Marketplace screenshot: the example with highlighting, inline figures, code lens, a hover and Problems.
        await ui.tidy();
        await page.keyboard.press('Control+Shift+M');
        await ui.openFile('diabetes-pathway.care');
        await ui.goTo(example, '£520.00', 2);
        await ui.activeEditor.locator('.codelens-decoration', { hasText: 'Reconciles £17,712,240.00' }).waitFor();
        await ui.hoverAtCursor();
        await ui.rateHover.waitFor();
        await page.waitForTimeout(600); // the hover fades in
    });
} catch {
    console.error('---- browser console (last 30 lines)\n' + consoleLog.slice(-30).join('\n'));
    process.exitCode = 1;
} finally {
    writeFileSync(join(artifacts, 'browser-console.log'), consoleLog.join('\n') + '\n');
    await context.close();
}
if (!process.exitCode) {
    console.log(`e2e: all ${stepNumber} steps passed; screenshots in ${artifacts}`);
}
