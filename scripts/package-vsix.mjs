// Packages the VS Code extension as carec-<version>.vsix from the bundles in dist/ (run `npm run package`).
// vsce refuses a package.json that has both "files" and a .vscodeignore, and our "files" describes the
// npm package of the CLI; so the extension is staged in its own folder with its own manifest and the
// Marketplace README, and vsce packages that folder. Everything is bundled: --no-dependencies.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stage = join(root, 'dist', 'vsix');

/** What the extension needs at run time, at the same paths as in the repository. */
const shipped = [
    'dist/extension.cjs',
    'dist/server.cjs',
    'language/language-configuration.json',
    'language/snippets.json',
    'syntaxes/care.tmLanguage.json',
    'images/icon.png',
    'images/care-file.svg',
    'LICENSE',
    'CHANGELOG.md'
];

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// The CLI's npm fields mean nothing to VS Code; `type` is dropped because the bundles are .cjs anyway.
for (const key of ['files', 'bin', 'scripts', 'dependencies', 'devDependencies', 'type']) {
    delete manifest[key];
}
manifest.files = shipped;

rmSync(stage, { recursive: true, force: true });
for (const file of shipped) {
    const from = join(root, file);
    if (!existsSync(from)) {
        throw new Error(`${file} is missing; run \`npm run bundle\` first for dist/`);
    }
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    cpSync(from, join(stage, file));
}
cpSync(join(root, 'extension', 'README.md'), join(stage, 'README.md'));
writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');

const out = join(root, `${manifest.name}-${manifest.version}.vsix`);
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: stage, stdio: 'inherit' });
process.exit(result.status ?? 1);
