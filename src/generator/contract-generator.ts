import type { ContractModel } from '../model/contract-model.js';
import type { ContractDiagnosticJson, ContractJson, CurrencyCode } from './contract-json.js';
import { generateBudget } from './generate-budget.js';
import type { GenerateContext } from './generate-context.js';
import { generateHeader, generatePolicy } from './generate-header.js';
import type { GenerateOptions } from './generate-options.js';
import { generateParties } from './generate-parties.js';
import { generatePayment } from './generate-payment.js';
import { generateCohorts, generatePopulation, generateRiskAdjustment } from './generate-population.js';
import { generatePots } from './generate-pots.js';
import { generateChoice, generateEvaluation, generateGovernance, generateReporting, generateTermination } from './generate-sections.js';
import { generateServices } from './generate-services.js';
import { generateTerm } from './generate-term.js';

export type { GenerateOptions } from './generate-options.js';
export { GenerateError } from './generate-error.js';

/** The generator's name in `generator.name`. */
export const GENERATOR_NAME = 'carec';

/**
 * Compiles a contract's semantic model to the `carec build` document (LANGUAGE.md §7). A pure function:
 * the same model and options give the same object, keys in schema order, no timestamps; every figure is
 * the model's. Throws `GenerateError` only when the contract lacks a term or a population (possible only
 * when `unchecked`).
 */
export function toContractJson(model: ContractModel, options: GenerateOptions): ContractJson {
    const ctx: GenerateContext = { model, options, currency: (model.header.currency ?? 'GBP') as CurrencyCode };
    const json: ContractJson = {
        $schema: 'urn:carec:schema:contract:1.0',
        schemaVersion: '1.0.0',
        generator: { name: GENERATOR_NAME, version: options.generatorVersion },
        source: { file: options.file, sha256: options.sha256 },
        contract: generateHeader(ctx),
        policy: generatePolicy(ctx),
        parties: generateParties(ctx),
        term: generateTerm(ctx),
        population: generatePopulation(ctx),
        cohorts: generateCohorts(ctx),
        riskAdjustment: generateRiskAdjustment(ctx),
        services: generateServices(ctx),
        budget: generateBudget(ctx),
        payment: generatePayment(ctx),
        pots: generatePots(ctx),
        choice: generateChoice(ctx),
        reporting: generateReporting(ctx),
        evaluation: generateEvaluation(ctx),
        governance: generateGovernance(ctx),
        termination: generateTermination(ctx),
        diagnostics: options.diagnostics.map(diagnosticJson)
    };
    return options.unchecked ? { ...json, unchecked: true } : json;
}

/** A copy with keys in schema order, whatever order the caller built it in. */
function diagnosticJson(d: ContractDiagnosticJson): ContractDiagnosticJson {
    return {
        code: d.code,
        severity: d.severity,
        rule: d.rule,
        message: d.message,
        range: d.range ? { line: d.range.line, column: d.range.column, endLine: d.range.endLine, endColumn: d.range.endColumn } : null
    };
}
