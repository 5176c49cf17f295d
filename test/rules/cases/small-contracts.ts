/**
 * Small complete contracts for rule cases the canonical (an English lead-provider contract) is far from:
 * an alliance and a US ACO. Each is valid in the areas its cases test; cases change them with `variant()`.
 */

export const LIBRARY_DIABETES = `/** Shared diabetes metric definitions. */
library DiabLib "Diabetes metrics" {
    metric HbA1c "HbA1c at or below 58 mmol/mol" {
        type outcome
        numerator "Register patients whose latest HbA1c is at or below 58 mmol/mol"
        unit percent
        direction higher
        source "GP data extraction" lag 45 days
    }
}
`;

export const ALLIANCE = `contract WESTDALE_MH "Westdale adult mental health alliance" {
    version 1
    jurisdiction england
    form alliance
    currency GBP
    rounding half_up to 0.01 per line

    commissioner WestdaleICB "Westdale ICB" { kind icb lead }
    provider MindTrust "Westdale Mind Trust" { legal_form nhs_trust statutory security statutory_body }
    provider Harbour "Harbour Housing Charity" { legal_form charity vat recoverable security risk_reserve £400,000.00 }
    alliance WestdaleMH "Westdale mental health alliance" {
        member MindTrust risk_share 60%
        member Harbour risk_share 15%
        member WestdaleICB risk_share 25%
        leadership_team "Alliance leadership team of the three members"
        decides unanimously
    }
    term 2026-04-01 to 2029-03-31 { years april_to_march shadow 2026/27 run_off 6 months }
    population Adults "Adults 18 to 64 registered with Westdale practices" {
        basis registered_list
        age 18 to 64
        size 180,000 as_at 2026-01-01 source "National registration list"
    }
    budget {
        year 2026/27 £35,000,000.00
        year 2027/28 £35,700,000.00
        year 2028/29 £36,400,000.00
    }
    payment {
        base block £35,000,000.00 per year paid monthly
        withhold of block into Q { 2026/27 0%  2027/28 5%  2028/29 5% }
        settle 6 months after year_end
    }
    pot Q "Mental health outcomes" {
        outcome R1 "Crisis response within 2 hours" {
            type access
            numerator "Crisis referrals seen within 2 hours"
            denominator Adults
            unit percent
            direction higher
            scoring linear
            weight 100%
            baseline 70.0 in 2025/26 n 1,200
            target 2027/28 threshold 72 full 80
            target 2028/29 threshold 74 full 82
            source "Provider crisis team records" lag 30 days
        }
    }
    reporting { report Dashboard "Quarterly outcome dashboard" every quarter due 30 days covers R1 }
    governance {
        board "Alliance board" meets monthly decides unanimously
        variations agreed_by all_parties
        disputes negotiation 20 working_days then expert_determination
    }
    termination { notice 12 months default remedy 60 days step_in exit_plan exit_costs defaulting_party partial_year pro_rata days }
}
`;

export const ACO = `contract LAKESIDE_ACO_2026 "Lakeside ACO shared savings agreement" {
    version 1
    jurisdiction us_medicare
    form aco_shared_savings
    currency USD
    rounding half_up to 0.01 per total

    commissioner CMS "Centers for Medicare & Medicaid Services" { kind cms lead }
    provider Lakeside "Lakeside ACO LLC" { legal_form aco_llc security letter_of_credit $6,000,000.00 }
    term 2026-01-01 to 2028-12-31 { years calendar run_off 6 months }
    population Assigned "Assigned Medicare FFS beneficiaries" {
        basis assigned_prospective
        size 12,400 as_at 2025-12-31 source "CMS assignment report"
    }
    budget {
        year PY2026 $148,800,000.00
        year PY2027 $152,000,000.00
        year PY2028 $155,000,000.00
    }
    payment {
        base fee_for_service paid per_claim
        shared_savings {
            benchmark per_capita $12,000.00 in PY2025 trend 2.8% per year risk_adjusted
            two_sided msr 2% mlr 2% basis first_dollar
            savings_share 50% loss_share 30% savings_cap 10% of benchmark loss_cap 4% of benchmark
        }
        gate shared_savings requires Q composite >= 0.40
        settle 6 months after year_end
    }
    pot Q "Quality" {
        outcome Q1 "Controlled blood pressure" {
            type outcome
            numerator "Beneficiaries with hypertension whose latest BP is below 140/90"
            denominator Assigned
            unit percent
            direction higher
            scoring linear
            weight 100%
            baseline 68.0 in PY2025 n 3,100
            target PY2026 threshold 69 full 73
            target PY2027 threshold 70 full 74
            target PY2028 threshold 71 full 75
            source national "CMS quality reporting" lag 90 days
        }
    }
    choice "Beneficiaries keep free choice of any Medicare provider." { protects non_network_providers }
    reporting { report Quality "Annual quality report" every year due 90 days }
    governance {
        board "ACO governing body" meets quarterly decides by majority
        variations agreed_by all_parties
        disputes negotiation 30 days then arbitration
    }
    termination { notice 6 months default remedy 60 days step_in exit_plan exit_costs defaulting_party partial_year pro_rata days }
}
`;
