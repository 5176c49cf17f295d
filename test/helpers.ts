import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCareServices } from '../src/language/care-module.js';
import type { CareFile } from '../src/language/generated/ast.js';
import type { ContractModel } from '../src/model/contract-model.js';

/** One set of services for every test file: building them is the expensive part. */
export const services = createCareServices(EmptyFileSystem);
const parse = parseHelper<CareFile>(services.Care);

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Reads a file from the repository (examples, fixtures). */
export function readRepoFile(path: string): string {
    return readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
}

export const CANONICAL = readRepoFile('examples/diabetes-pathway.care');

/** Parses, links and validates a text as the language server does. */
export async function check(text: string, uri?: string): Promise<LangiumDocument<CareFile>> {
    return parse(text, { validation: true, documentUri: uri });
}

export function diagnosticsOf(document: LangiumDocument): Diagnostic[] {
    return document.diagnostics ?? [];
}

/** The codes of a document's diagnostics, in order. */
export function codesOf(document: LangiumDocument): string[] {
    return diagnosticsOf(document).map(d => String(d.code));
}

export function withCode(document: LangiumDocument, code: string): Diagnostic[] {
    return diagnosticsOf(document).filter(d => d.code === code);
}

export function modelOf(document: LangiumDocument<CareFile>): ContractModel {
    return services.Care.model.ContractModels.modelOf(document.parseResult.value.contract!);
}

/** Replaces one exact piece of the canonical contract; fails loudly when the piece is not there. */
export function variant(from: string, to: string, base = CANONICAL): string {
    if (!base.includes(from)) {
        throw new Error(`variant: '${from}' not found`);
    }
    return base.replace(from, to);
}

let caseCounter = 0;

/**
 * Checks a contract that imports other files: each extra file is added to the workspace at its path
 * relative to the contract, then everything is built together as the CLI does.
 */
export async function checkWithFiles(text: string, files: Record<string, string> = {}): Promise<LangiumDocument<CareFile>> {
    const dir = `file:///cases/${++caseCounter}`;
    const shared = services.shared;
    const extra = Object.entries(files).map(([path, content]) =>
        shared.workspace.LangiumDocumentFactory.fromString(content, URI.parse(`${dir}/${path}`)));
    const main = shared.workspace.LangiumDocumentFactory.fromString<CareFile>(text, URI.parse(`${dir}/contract.care`));
    for (const doc of [...extra, main]) {
        shared.workspace.LangiumDocuments.addDocument(doc);
    }
    await shared.workspace.DocumentBuilder.build([...extra, main], { validation: true });
    return main;
}
