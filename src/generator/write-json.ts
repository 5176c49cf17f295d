import type { ContractJson } from './contract-json.js';

/** The document as `carec build` writes it: UTF-8 JSON, 2-space indent, keys in the object's order, trailing newline. */
export function serialiseContractJson(json: ContractJson): string {
    return JSON.stringify(json, null, 2) + '\n';
}
