import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Diagnostic, TextEdit } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { CareFile } from '../generated/ast.js';
import type { CareServices } from '../care-module.js';
import type { ContractModelProvider } from '../care-model-provider.js';
import { catalogueEntry } from '../validation/catalogue.js';
import type { Fix, FixContext } from './fixes/fix-kit.js';
import { mergeFixEdits } from './fixes/merge-edits.js';
import { QUICK_FIXES } from './fixes/quick-fixes.js';

const FIX_ALL_KIND = 'source.fixAll.care';

/**
 * Quick fixes (LANGUAGE.md §5 ✔, §10): for each diagnostic of the request, the fixes of its code, one
 * small function per code reading the figures the validator put in `data`; then, when the file has
 * several diagnostics of that code, one action fixing them all. A `source.fixAll` request gets every
 * preferred fix of the file in one action.
 */
export class CareCodeActionProvider implements CodeActionProvider {
    private readonly models: ContractModelProvider;

    constructor(services: CareServices) {
        this.models = services.model.ContractModels;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const doc = document as LangiumDocument<CareFile>;
        const only = params.context.only;
        const actions: CodeAction[] = [];
        if (wants(only, 'quickfix')) {
            const codes = new Set<string>();
            for (const diagnostic of params.context.diagnostics) {
                actions.push(...this.fixesOf(doc, diagnostic).map((fix, i) => toAction(doc, fix, [diagnostic], i === 0 && fix.preferred)));
                const code = codeOf(diagnostic);
                if (code && !codes.has(code)) {
                    codes.add(code);
                    actions.push(...this.fixAllOfCode(doc, code));
                }
            }
        }
        if (only && wants(only, FIX_ALL_KIND)) {
            actions.push(...this.fixAllPreferred(doc));
        }
        return actions;
    }

    /** The fixes of one diagnostic, best first; none for codes without a fix or figures that allow none. */
    private fixesOf(document: LangiumDocument<CareFile>, diagnostic: Diagnostic, session = new Set<string>()): Fix[] {
        const code = codeOf(diagnostic);
        const fix = code ? QUICK_FIXES[code as keyof typeof QUICK_FIXES] : undefined;
        if (!fix) {
            return [];
        }
        return fix(this.contextOf(document, diagnostic, session)).filter(f => f.edits.length > 0);
    }

    private contextOf(document: LangiumDocument<CareFile>, diagnostic: Diagnostic, session: Set<string>): FixContext {
        const contract = document.parseResult.value.contract;
        return {
            document,
            diagnostic,
            data: (diagnostic.data ?? {}) as Record<string, unknown>,
            contract,
            model: () => (contract ? this.models.modelOf(contract) : undefined),
            session
        };
    }

    /** "Fix all of this kind": the first fix of every diagnostic of `code` in the file, when at least two merge. */
    private fixAllOfCode(document: LangiumDocument<CareFile>, code: string): CodeAction[] {
        const diagnostics = inOrder((document.diagnostics ?? []).filter(d => codeOf(d) === code));
        if (diagnostics.length < 2) {
            return [];
        }
        const session = new Set<string>();
        const fixed = diagnostics.map(d => ({ diagnostic: d, fix: this.fixesOf(document, d, session)[0] }))
            .filter((f): f is { diagnostic: Diagnostic; fix: Fix } => !!f.fix);
        const { edits, applied } = mergeFixEdits(fixed.map(f => f.fix.edits));
        if (applied < 2) {
            return [];
        }
        const title = `${catalogueEntry(code)?.fix ?? 'Fix'}: all ${applied} ${code} in the file`;
        return [toAction(document, { title, edits }, fixed.map(f => f.diagnostic))];
    }

    /**
     * `source.fixAll`: the preferred (unambiguous) fix of every error and warning in the file, as far as
     * they do not overlap. Infos are suggestions; they are never applied wholesale.
     */
    private fixAllPreferred(document: LangiumDocument<CareFile>): CodeAction[] {
        const session = new Set<string>();
        const problems = (document.diagnostics ?? []).filter(d => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning);
        const fixed = inOrder(problems)
            .map(d => ({ diagnostic: d, fix: this.fixesOf(document, d, session).find(f => f.preferred) }))
            .filter((f): f is { diagnostic: Diagnostic; fix: Fix } => !!f.fix);
        const { edits, applied } = mergeFixEdits(fixed.map(f => f.fix.edits));
        if (applied === 0) {
            return [];
        }
        return [{ ...toAction(document, { title: `Fix all auto-fixable problems (${applied})`, edits }, fixed.map(f => f.diagnostic)), kind: FIX_ALL_KIND }];
    }
}

function toAction(document: LangiumDocument, fix: { title: string; edits: TextEdit[] }, diagnostics: Diagnostic[], preferred?: boolean): CodeAction {
    return {
        title: fix.title,
        kind: 'quickfix',
        diagnostics,
        ...(preferred ? { isPreferred: true } : {}),
        edit: { changes: { [document.textDocument.uri]: fix.edits } }
    };
}

/** The catalogue code of a diagnostic: `data.code`, as every carec diagnostic carries it, else `code`. */
function codeOf(diagnostic: Diagnostic): string | undefined {
    const data = diagnostic.data as { code?: unknown } | undefined;
    const code = typeof data?.code === 'string' ? data.code : diagnostic.code;
    return typeof code === 'string' ? code : undefined;
}

function inOrder(diagnostics: Diagnostic[]): Diagnostic[] {
    return [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Whether a request limited to `only` kinds accepts an action of `kind` (LSP: a kind covers its sub-kinds). */
function wants(only: string[] | undefined, kind: string): boolean {
    return !only || only.some(k => kind === k || kind.startsWith(`${k}.`));
}
