import type { ContractDiagnosticJson } from './contract-json.js';

/** How `toContractJson` is asked to build a document; everything that is not in the contract itself. */
export interface GenerateOptions {
    /** The contract's path as given on the command line (`source.file`, `$loc.file`). */
    file: string;
    /** SHA-256 (hex) of the source text. */
    sha256: string;
    /** `--source-map`: adds `"$loc"` as the first key of every object built from a declaration or clause. */
    sourceMap?: boolean;
    /** Warnings and infos, from the caller's check of the same document. */
    diagnostics: ContractDiagnosticJson[];
    /** `--force` on a contract with errors: the document is marked `unchecked`. */
    unchecked?: boolean;
    /** `generator.version`. */
    generatorVersion: string;
}
