import { describe, expect, it } from 'vitest';
import { expectFormatting } from 'langium/test';
import { CANONICAL, check, readRepoFile, services, variant } from '../helpers.js';
import { formatEdits } from '../../src/language/lsp/care-formatter.js';

const format = expectFormatting(services.Care);
const SMALL = readRepoFile('test/fixtures/lsp/small.care');

describe('formatter', () => {
    it('leaves the canonical contract exactly as it is', async () => {
        expect(formatEdits(await check(CANONICAL))).toEqual([]);
        await format({ before: CANONICAL, after: CANONICAL, disposeAfterCheck: true });
    });

    it('restores the canonical layout from a flattened, badly indented copy, changing only whitespace', async () => {
        const messy = CANONICAL
            .replace(/\n {4}budget \{\n[\s\S]*?\n {4}\}\n/, m => m.replace(/\n\s+/g, '\n  '))
            .replace('    payment {\n        base capitation paid monthly', '  payment {   base capitation   paid monthly')
            .replace('withhold of capitation into P1 {\n            2025/26 0%', 'withhold of capitation into P1\n{ 2025/26    0%');
        expect(messy).not.toBe(CANONICAL);
        await format({ before: messy, after: CANONICAL, disposeAfterCheck: true });
        expect(messy.replace(/\s+/g, '')).toBe(CANONICAL.replace(/\s+/g, ''));
    });

    it('puts each clause of a multi-line block on its own line and keeps single-line blocks', async () => {
        await format({
            before: variant('    population Pop { size 1,000 as_at 2025-01-01 source "list" }',
                '    population Pop {   size 1,000 as_at 2025-01-01   source "list"   }', SMALL)
                .replace('    budget {\n        year 2025/26 £1,000.00\n    }', 'budget { year 2025/26 £1,000.00\n baseline_spend £900.00 in 2024/25 }'),
            after: variant('    budget {\n        year 2025/26 £1,000.00\n    }',
                '    budget {\n        year 2025/26 £1,000.00\n        baseline_spend £900.00 in 2024/25\n    }', SMALL),
            disposeAfterCheck: true
        });
    });

    it('aligns the columns of withhold phases and budget years', async () => {
        const before = variant('            2025/26 0%\n', '            2025/26 0%\n            2026/27 10%\n            2027/28 5.5%\n', SMALL)
            .replace('        year 2025/26 £1,000.00\n', '        year 2025/26 £1,000.00\n        year 2026/27 £12,000.00 uplift 2%\n        year 2027/28 capitation\n');
        const after = variant('            2025/26 0%\n', '            2025/26   0%\n            2026/27  10%\n            2027/28 5.5%\n', SMALL)
            .replace('        year 2025/26 £1,000.00\n', '        year 2025/26  £1,000.00\n        year 2026/27 £12,000.00 uplift 2%\n        year 2027/28 capitation\n');
        await format({ before, after, disposeAfterCheck: true });
        await format({ before: after, after, disposeAfterCheck: true });
    });

    it('keeps comments, continuation lines and at most one blank line', async () => {
        const before = variant('    version 1\n', '    // Variation 1, agreed 2025-03-01\n    version 1 /* first */\n\n\n\n', SMALL)
            .replace('    term 2025-04-01 to 2028-03-31', '    term 2025-04-01\n    to 2028-03-31');
        const after = variant('    version 1\n', '    // Variation 1, agreed 2025-03-01\n    version 1 /* first */\n\n', SMALL)
            .replace('    term 2025-04-01 to 2028-03-31', '    term 2025-04-01\n        to 2028-03-31');
        await format({ before, after, disposeAfterCheck: true });
    });

    it('never regroups digits or touches literals', async () => {
        const text = variant('size 1,000 as_at', 'size 1,0000    as_at', SMALL);
        await format({ before: text, after: variant('size 1,000 as_at', 'size 1,0000 as_at', SMALL), disposeAfterCheck: true });
    });

    it('leaves a document with syntax errors alone', async () => {
        const broken = variant('    version 1\n', '    version\n      1 {\n', SMALL);
        expect(formatEdits(await check(broken))).toEqual([]);
    });
});
