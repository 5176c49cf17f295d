import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { StatementJson } from '../../src/settlement/index.js';
import { check, ROOT } from '../helpers.js';
import { EXAMPLES } from '../examples/example-helpers.js';
import { schemaErrors } from '../settlement/helpers.js';
import { blocksOf, shellWords, slug, WRAPPERS, type Block } from './guide-blocks.js';

const PAGES = ['docs/guide.md', ...readdirSync(join(ROOT, 'docs/guide')).filter(f => f.endsWith('.md')).sort().map(f => `docs/guide/${f}`)];
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/**
 * Runs the real CLI entry point in `cwd`, as `carec <args>` typed there would: standard output and
 * standard error together, in the order written.
 */
async function carec(args: string[], cwd: string): Promise<{ output: string; code: number }> {
    const chunks: string[] = [];
    const capture = (text: string): void => {
        chunks.push(text);
    };
    const home = process.cwd();
    process.chdir(cwd);
    try {
        const code = await main(args, { out: capture, err: capture });
        return { output: chunks.join(''), code };
    } finally {
        process.chdir(home);
        process.exitCode = 0;
    }
}

/** A page's workspace: a temporary folder holding a copy of examples/, where its files are written. */
function workspace(): string {
    const dir = mkdtempSync(join(tmpdir(), 'carec-guide-'));
    cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
    return dir;
}

async function diagnosticCodes(file: string, dir: string): Promise<string[]> {
    const { output } = await carec(['check', '--format', 'json', file], dir);
    const report = JSON.parse(output) as { files: { diagnostics: { code: string }[] }[] };
    return report.files.flatMap(f => f.diagnostics.map(d => d.code)).sort();
}

function label(block: Block): string {
    const a = block.annotation;
    const what = !a ? '' : a.kind === 'check' || a.kind === 'variant' || a.kind === 'file' ? ` ${a.kind} ${a.file}`
        : a.kind === 'fragment' ? ` fragment in ${a.context}` : ` ${a.kind}`;
    const command = block.lang === 'text' && block.body.startsWith('$ ') ? ` ${block.body.split('\n')[0]}` : '';
    return `line ${block.line}: ${block.lang}${what}${command}`;
}

describe.each(PAGES)('%s', page => {
    const blocks = blocksOf(read(page));
    let dir = '';
    const at = (file: string): string => join(dir, file);

    test('has checked snippets, every one annotated or runnable', () => {
        dir = workspace();
        expect(blocks.length).toBeGreaterThan(0);
        const unchecked = blocks.filter(b =>
            (b.lang === 'care' && !['check', 'variant', 'fragment'].includes(b.annotation?.kind ?? '')) ||
            (b.lang === 'json' && b.annotation?.kind !== 'file') ||
            (b.lang === 'yaml' && b.annotation?.kind !== 'workflow') ||
            (b.lang === 'text' && !b.body.startsWith('$ carec ') && b.annotation?.kind !== 'not-output') ||
            !['care', 'json', 'yaml', 'text', 'sh'].includes(b.lang));
        expect(unchecked.map(label)).toEqual([]);
    });

    test.each(blocks.map(b => [label(b), b] as const))('%s', async (_, block) => {
        const a = block.annotation;
        if (block.lang === 'text' && block.body.startsWith('$ carec ')) {
            const [command, ...expected] = block.body.split('\n');
            const { output } = await carec(shellWords(command!).slice(2), dir);
            expect(output).toBe(expected.join('\n'));
            return;
        }
        switch (a?.kind) {
            case 'check': {
                writeFileSync(at(a.file), block.body);
                expect(await diagnosticCodes(a.file, dir)).toEqual(a.expects);
                return;
            }
            case 'variant': {
                const lines = readFileSync(at(a.from), 'utf8').split('\n');
                const index = lines.flatMap((l, i) => l.trim() === a.replacing ? [i] : []);
                expect(index, `"${a.replacing}" must be one line of ${a.from}`).toHaveLength(1);
                lines.splice(index[0]!, 1, ...block.body.replace(/\n$/, '').split('\n'));
                const file = join(dirname(a.from), a.file);
                writeFileSync(at(file), lines.join('\n'));
                expect(await diagnosticCodes(file, dir)).toEqual(a.expects);
                return;
            }
            case 'fragment': {
                const wrap = WRAPPERS[a.context];
                expect(wrap, `no wrapper for context '${a.context}'`).toBeDefined();
                const document = await check(wrap!(block.body));
                const { lexerErrors, parserErrors } = document.parseResult;
                expect([...lexerErrors, ...parserErrors].map(e => e.message)).toEqual([]);
                expect((document.diagnostics ?? []).map(d => String(d.code)).filter(c => c.startsWith('syntax/'))).toEqual([]);
                return;
            }
            case 'file': {
                writeFileSync(at(a.file), block.body);
                if (/actuals/.test(a.file)) {
                    expect(schemaErrors('actuals', JSON.parse(block.body))).toEqual([]);
                }
                return;
            }
            case 'workflow':
                await runWorkflow(block.body);
                return;
            default:
                // Shell snippets and annotated prose blocks are for reading.
                return;
        }
    });

    test('its links lead to files and headings that exist', () => {
        const markdown = read(page);
        const broken = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map(m => m[1]!)
            .filter(link => !/^https?:/.test(link))
            .filter(link => {
                const [path, anchor] = link.split('#');
                const target = path ? resolve(ROOT, dirname(page), path) : join(ROOT, page);
                if (!existsSync(target)) {
                    return true;
                }
                return anchor !== undefined && target.endsWith('.md')
                    && !readFileSync(target, 'utf8').split('\n').some(l => /^#+ /.test(l) && slug(l.replace(/^#+ /, '')) === anchor);
            });
        expect(broken).toEqual([]);
    });
});

/** Runs each `npx carec …` step of a workflow in a checkout whose contracts/ holds the gallery. */
async function runWorkflow(yaml: string): Promise<void> {
    const checkout = mkdtempSync(join(tmpdir(), 'carec-workflow-'));
    for (const name of readdirSync(join(ROOT, 'examples')).filter(f => f.endsWith('.care'))) {
        cpSync(join(ROOT, 'examples', name), join(checkout, 'contracts', name));
    }
    cpSync(join(ROOT, 'examples/lib'), join(checkout, 'contracts/lib'), { recursive: true });
    const steps = [...yaml.matchAll(/run: npx carec (.+)$/gm)].map(m => m[1]!);
    expect(steps.length).toBeGreaterThanOrEqual(2);
    for (const step of steps) {
        const [command, redirect] = step.split(/\s+>\s+/);
        const { output, code } = await carec(shellWords(command!), checkout);
        expect(code, step).toBe(0);
        if (redirect?.endsWith('.sarif')) {
            const sarif = JSON.parse(output) as { version: string; runs: { tool: { driver: { name: string } } }[] };
            expect(sarif.version).toBe('2.1.0');
            expect(sarif.runs[0]!.tool.driver.name).toBe('carec');
        }
    }
    expect(yaml).toContain('security-events: write');
    expect(yaml).toMatch(/uses: github\/codeql-action\/upload-sarif@v\d+/);
}

describe('the guide as a whole', () => {
    test('guide.md links every concept page, and every page links back', () => {
        const index = read('docs/guide.md');
        for (const page of PAGES.slice(1)) {
            expect(index).toContain(`](${page.replace('docs/', '')})`);
            expect(read(page)).toContain('](../guide.md)');
        }
    });

    test('covers the concepts the issue asks for', () => {
        expect(PAGES.map(p => p.replace('docs/guide/', ''))).toEqual(expect.arrayContaining([
            'populations.md', 'budgets.md', 'payment.md', 'outcomes.md', 'policy.md', 'settlement.md', 'ci.md'
        ]));
    });

    test('the tutorial shows the output of carec check after every step, and ends clean', () => {
        const tutorial = blocksOf(read('docs/guide.md'));
        const checks = tutorial.filter(b => b.annotation?.kind === 'check');
        const outputs = tutorial.filter(b => b.body.startsWith('$ carec check heart-failure.care'));
        expect(checks.length).toBeGreaterThanOrEqual(5);
        expect(outputs).toHaveLength(checks.length);
        expect(outputs.at(-1)!.body).toBe('$ carec check heart-failure.care\n1 file: 0 errors, 0 warnings, 0 infos\n');
    });

    test('the gallery page states each example\'s net settlement as its statement does', () => {
        const gallery = read('docs/guide/examples.md');
        for (const { name, year } of EXAMPLES) {
            const statement = JSON.parse(read(`test/examples/golden/${name}.statement-${year}.json`)) as StatementJson;
            const { amount, currency } = statement.net.toProvider;
            const [whole, pence] = amount.split('.');
            const figure = `${currency === 'USD' ? '$' : '£'}${Number(whole).toLocaleString('en-GB')}.${pence}`;
            const row = gallery.split('\n').find(l => l.includes(`(../../examples/${name}.care)`));
            expect(row, name).toContain(`| ${figure} |`);
        }
    });
});
