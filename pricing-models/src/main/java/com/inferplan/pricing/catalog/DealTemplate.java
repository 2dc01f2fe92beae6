package com.inferplan.pricing.catalog;

import com.inferplan.pricing.basis.CommittedCapacity;
import com.inferplan.pricing.basis.DealFinancing;
import com.inferplan.pricing.basis.HardwareUnit;
import com.inferplan.pricing.basis.PartnerDeal;
import com.inferplan.pricing.basis.RampSchedule;
import com.inferplan.pricing.basis.VolumeDiscountTier;
import com.inferplan.pricing.explain.Provenance;
import com.inferplan.pricing.param.Parameter;
import com.inferplan.pricing.uncertainty.Distribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A reported partner deal mapped to a catalog hardware id and {@link PartnerDeal} parameters. Every
 * parameter carries whether it is reported or assumed; {@code uncertainty} spreads the disputed ones.
 */
public record DealTemplate(String id, String title, String buyer, String supplier, String announced,
                           String hardwareId, String hardwareNote, DealScope scope, HardwareUnit unit,
                           Capacity capacity, double pue, double contractValueUsd, int termYears,
                           List<Double> rampByYear, double takeOrPayShare, DealFinancing financing,
                           List<VolumeDiscountTier> volumeDiscounts, Map<String, ParameterNote> parameters,
                           Map<String, Distribution> uncertainty, List<Source> sources, String notes) {

    static final Set<String> DOCUMENTED_PARAMETERS = Set.of("contractValueUsd", "committedQuantity", "kwPerUnit",
            "pue", "termYears", "rampByYear", "takeOrPayShare", "financing", "volumeDiscounts");

    /** How the capacity is stated in the sources. */
    public record Capacity(CommittedCapacity.Measure measure, double quantity) {
    }

    public DealTemplate {
        parameters = Map.copyOf(parameters);
        uncertainty = Map.copyOf(uncertainty);
        sources = List.copyOf(sources);
        if (!parameters.keySet().equals(DOCUMENTED_PARAMETERS)) {
            throw new PricingDataException(id, "every deal parameter needs a reported/assumed note; expected "
                    + DOCUMENTED_PARAMETERS + " but got " + parameters.keySet());
        }
    }

    public PartnerDeal deal() {
        return new PartnerDeal(contractValueUsd, new CommittedCapacity(capacity.quantity(), capacity.measure(), unit,
                pue), termYears, new RampSchedule(rampByYear), takeOrPayShare, financing, volumeDiscounts);
    }

    /** Status of each formula input, for relabelling computed results ("open the formula"). */
    public Map<String, Provenance> provenance() {
        Map<String, Provenance> byInput = new HashMap<>();
        parameters.forEach((name, note) -> byInput.put(name, note.status()));
        Provenance ramp = parameters.get("rampByYear").status();
        byInput.put("rampYearsSum", ramp);
        for (int year = 1; year <= termYears; year++) {
            byInput.put("rampYear" + year, ramp);
        }
        Provenance financingStatus = parameters.get("financing").status();
        List.of("prepaidFraction", "financedFraction", "financingRateAnnual")
                .forEach(name -> byInput.put(name, financingStatus));
        byInput.put("volumeDiscountFraction", parameters.get("volumeDiscounts").status());
        byInput.put("netContractValueUsd", parameters.get("contractValueUsd").status());
        byInput.put("facilityMegawatts", capacity.measure() == CommittedCapacity.Measure.MEGAWATTS
                ? parameters.get("committedQuantity").status() : Provenance.DERIVED);
        return byInput;
    }

    /** Checks that the parameters build a valid deal and that uncertainty names real deal inputs. */
    void validate() {
        PartnerDeal deal = deal();
        Set<String> names = deal.parameters().stream().map(Parameter::name).collect(Collectors.toSet());
        for (String name : uncertainty.keySet()) {
            if (!names.contains(name)) {
                throw new PricingDataException(id, "uncertainty names unknown input " + name + "; inputs: " + names);
            }
        }
    }
}
