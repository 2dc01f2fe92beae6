package com.inferplan.backend.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.backend.pricing.BasisSpec;
import com.inferplan.backend.pricing.CostBasisFormat;

/**
 * A cost choice's values frozen into a scenario: the basis with every parameter, the spread of the
 * uncertain ones and each input's status, in the saved-cost-basis JSON (decision 0601). A share link
 * carries them so it shows the same numbers after a deal template or a catalog price changes
 * (decision 0708). Kept as JSON trees so a scenario stays plain data that any version can read.
 *
 * @param hardware the hardware id the terms price (a deal's own hardware, or the candidate's for a default)
 */
public record PinnedTerms(String hardware, JsonNode basis, JsonNode uncertainty, JsonNode provenance) {

    static PinnedTerms of(String hardware, PricedChoice priced) {
        ObjectNode tree = CostBasisFormat.tree(new BasisSpec(priced.basis(), priced.uncertainty(), priced.provenance()));
        return new PinnedTerms(hardware, tree.get("basis"), tree.get("uncertainty"), tree.get("provenance"));
    }

    /**
     * The terms read back through the pricing library's constructors, so every rule of a saved basis
     * applies. @throws com.inferplan.backend.support.InvalidInputException naming fields under "basis" etc.
     */
    public BasisSpec spec() {
        return CostBasisFormat.fromTree(basis, uncertainty, provenance);
    }
}
