// What a user does in the VS Code workbench, for the e2e steps: open files and commands through the
// quick input, move the cursor, wait for text to appear. Selectors are VS Code's own class names.

const TIMEOUT = 45_000;

export class Workbench {
    /** @param {import('playwright-core').Page} page */
    constructor(page) {
        this.page = page;
        page.setDefaultTimeout(TIMEOUT);
        this.statusItem = page.locator('[id$="carec.errors"]');
        this.activeGroup = page.locator('.editor-group-container.active');
        this.activeEditor = this.activeGroup.locator('.monaco-editor').first();
        this.activeLines = this.activeEditor.locator('.view-lines');
        this.problems = page.locator('.markers-panel');
        // The editor's hover on a capitation rate (other hovers, e.g. a quick input's hint, share the class).
        this.rateHover = page.locator('.monaco-hover:visible', { hasText: '£6,814,080.00' }).first();
    }

    activeTab(name) {
        return this.activeGroup.locator('.tab.active', { hasText: name });
    }

    async quickInput(keys, text) {
        await this.page.keyboard.press(keys);
        const box = this.page.locator('.quick-input-widget input');
        await box.waitFor();
        await box.fill(text);
    }

    /** Picks the row labelled exactly `label` in the open quick input, once it is listed. */
    async pick(label) {
        const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
        const name = this.page.locator('.label-name', { hasText: exact });
        const row = this.page.locator('.quick-input-list .monaco-list-row').filter({ has: name }).first();
        await row.waitFor();
        await row.click();
    }

    /** Opens a workspace file with Quick Open and waits until its editor has the focus. */
    async openFile(name) {
        await this.quickInput('Control+P', name);
        await this.pick(name);
        await this.activeTab(name).waitFor();
        await this.activeGroup.locator('.monaco-editor.focused').waitFor();
    }

    async runCommand(title) {
        await this.quickInput('Control+Shift+P', `>${title}`);
        await this.pick(title);
    }

    /** Closes every editor (and so the extra groups the read-only views opened) and every notification. */
    async tidy() {
        await this.runCommand('View: Close All Editors');
        await this.runCommand('Notifications: Clear All Notifications');
    }

    /** Moves the cursor to the first occurrence of `text` in `source` (plus `offset` characters). */
    async goTo(source, text, offset = 0) {
        const index = source.indexOf(text);
        if (index < 0) {
            throw new Error(`'${text}' is not in the file`);
        }
        const before = source.slice(0, index + offset);
        const line = before.split('\n').length;
        const column = index + offset - before.lastIndexOf('\n');
        await this.quickInput('Control+G', `:${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await this.page.waitForTimeout(300); // the editor scrolls the line into view
    }

    /** Shows the hover at the cursor, as Ctrl+K Ctrl+I does. */
    async hoverAtCursor() {
        await this.page.keyboard.press('Control+K');
        await this.page.keyboard.press('Control+I');
    }

    async waitForText(locator, text) {
        await this.page.waitForFunction(
            ([element, wanted]) => element?.textContent.replace(/\u00a0/g, ' ').includes(wanted),
            [await locator.elementHandle(), text], { timeout: TIMEOUT });
    }

    async waitForNoText(locator, text) {
        await this.page.waitForFunction(
            ([element, unwanted]) => element && !element.textContent.replace(/\u00a0/g, ' ').includes(unwanted),
            [await locator.elementHandle(), text], { timeout: TIMEOUT });
    }

    /** The colour of the rendered token whose text is exactly each sample, or `no token '…'`. */
    async tokenColours(samples) {
        return this.activeLines.evaluate((lines, wanted) => Object.fromEntries(Object.entries(wanted).map(([kind, text]) => {
            const span = [...lines.querySelectorAll('span > span')].find(s => s.textContent.replace(/\u00a0/g, ' ').trim() === text);
            return [kind, span ? getComputedStyle(span).color : `no token '${text}'`];
        })), samples);
    }
}
