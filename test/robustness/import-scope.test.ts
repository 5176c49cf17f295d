import { describe, expect, it } from 'vitest';
import { URI } from 'langium';
import { ImportScope } from '../../src/language/import-scope.js';
import { importRoots } from '../../src/cli/load.js';

/** The rule for where imports may lead (src/language/import-scope.ts). */
describe('ImportScope', () => {
    const scope = new ImportScope();
    scope.roots = ['/work/project', '/tmp/contracts'];
    const allows = (path: string) => scope.allows(URI.file(path));

    it('allows files under a root, at any depth', () => {
        expect(allows('/work/project/lib/resp.care')).toBe(true);
        expect(allows('/work/project/a/b/c/d.care')).toBe(true);
        expect(allows('/tmp/contracts/x.care')).toBe(true);
    });

    it('refuses files outside every root, including siblings that share a prefix', () => {
        expect(allows('/work/projects/lib.care')).toBe(false);
        expect(allows('/work/lib.care')).toBe(false);
        expect(allows('/etc/passwd')).toBe(false);
        expect(allows('/work/project/../other/lib.care')).toBe(false);
    });

    it('allows a file whose name starts with two dots inside a root', () => {
        expect(allows('/work/project/..hidden.care')).toBe(true);
    });

    it('without roots (the language server) allows everything', () => {
        expect(new ImportScope().allows(URI.file('/etc/passwd'))).toBe(true);
    });

    it('the CLI roots: the working directory and the folder of each input', () => {
        expect(importRoots(['a.care', '/elsewhere/b.care', 'sub/c.care'], '/work/project'))
            .toEqual(['/work/project', '/elsewhere', '/work/project/sub']);
    });
});
