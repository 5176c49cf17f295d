import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import type { ContractModel } from '../../model/contract-model.js';
import { formatNumber } from '../../model/decimal.js';
import type { CapitationModel, CapitationTier } from '../../model/budget.js';
import type { WithholdYearModel } from '../../model/payment.js';
import type { CareServices } from '../care-module.js';
import { isContract } from '../generated/ast.js';

/**
 * Formatting shared by hover, inlay hints and code lens. Every figure comes from the contract model;
 * these helpers only lay figures out as text, so the three features always agree.
 */

/** The model of the contract that contains `node`, if it lies in a contract. */
export function modelFor(services: CareServices, node: AstNode): ContractModel | undefined {
    const contract = AstUtils.getContainerOfType(node, isContract);
    return contract ? services.model.ContractModels.modelOf(contract) : undefined;
}

/** `13,104 × £520.00 = £6,814,080.00`; per member per month adds `× 12`. */
export function tierArithmetic(tier: CapitationTier, capitation: CapitationModel): string | undefined {
    if (!tier.count || !tier.rate || !tier.annual) {
        return undefined;
    }
    const periods = capitation.periods === 1 ? '' : ` × ${capitation.periods}`;
    return `${formatNumber(tier.count)} × ${tier.rate.format()}${periods} = ${tier.annual.format()}`;
}

/** `6% × £17,712,240.00 = £1,062,734.40`. */
export function withholdArithmetic(year: WithholdYearModel): string | undefined {
    if (!year.rate || !year.base || !year.amount) {
        return undefined;
    }
    return `${year.rate.format()} × ${year.base.format()} = ${year.amount.format()}`;
}

/** ` (indicative)` for figures that change with the next recount or index. */
export function indicative(final: boolean): string {
    return final ? '' : ' (indicative)';
}
