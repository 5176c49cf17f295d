import type { LangiumDocument } from 'langium';
import type { CareFile, Contract } from '../language/generated/ast.js';
import { buildBudget, type BudgetModel } from './budget.js';
import { buildHeader, type HeaderModel } from './header.js';
import { buildPots, type OutcomeModel, type PotModel } from './outcomes.js';
import { buildPayment, type PaymentModel } from './payment.js';
import type { ProfileName } from './policy.js';
import { buildPopulation, type PopulationModel } from './population.js';
import { buildTerm, type TermModel } from './term.js';
import { buildRisk, type RiskModel } from './risk.js';

/**
 * The semantic model of one contract: every value read once from the AST into exact decimals, money,
 * percentages and periods, with every computed figure the rules need. Validation, hover, inlay hints,
 * code lens, the JSON generator and settlement all read it; none of them recomputes a figure.
 */
export interface ContractModel {
    contract: Contract;
    header: HeaderModel;
    term?: TermModel;
    population: PopulationModel;
    budget: BudgetModel;
    pots: PotModel[];
    outcomes: OutcomeModel[];
    payment: PaymentModel;
    risk: RiskModel;
}

export interface ModelOptions {
    /** `--policy <profile>`: evaluate against another profile (what-if). */
    profile?: ProfileName;
}

export function buildContractModel(contract: Contract, options: ModelOptions = {}): ContractModel {
    const header = buildHeader(contract, options.profile);
    const term = buildTerm(contract);
    const population = buildPopulation(contract);
    const budget = buildBudget(contract, population, term, header.rounding);
    const pots = buildPots(contract, population, term);
    const payment = buildPayment(contract, budget, pots, term, header.rounding, population);
    return {
        contract,
        header,
        term,
        population,
        budget,
        pots,
        outcomes: pots.flatMap(p => p.outcomes),
        payment,
        risk: buildRisk(contract, population, budget)
    };
}

/** The contract of a parsed document, if the file holds one. */
export function contractOf(document: LangiumDocument): Contract | undefined {
    return (document.parseResult.value as CareFile).contract;
}
