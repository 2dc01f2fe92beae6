package com.inferplan.ui.portfolio;

import com.inferplan.backend.scenario.CostChoice;
import com.inferplan.catalog.Accelerator;
import com.inferplan.pricing.catalog.DealTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the portfolio inputs offer: model ids, hardware (id → name) and the partner-deal templates. A pool's
 * basis is offered per hardware, so a deal can only be chosen for its own chips (as in the explorer).
 */
record PoolChoices(List<String> modelIds, Map<String, String> hardwareNames, List<DealTemplate> deals) {

    static final String DEFAULT = "default";
    static final String ON_DEMAND = "on-demand";
    static final String DEAL_PREFIX = "deal:";

    PoolChoices {
        modelIds = List.copyOf(modelIds);
        hardwareNames = new LinkedHashMap<>(hardwareNames);
        deals = List.copyOf(deals);
    }

    static PoolChoices of(List<String> modelIds, List<Accelerator> hardware, List<DealTemplate> deals) {
        Map<String, String> names = new LinkedHashMap<>();
        hardware.forEach(a -> names.put(a.id(), a.name()));
        return new PoolChoices(modelIds, names, deals);
    }

    List<String> hardwareIds() {
        return List.copyOf(hardwareNames.keySet());
    }

    String hardwareLabel(String id) {
        String name = hardwareNames.get(id);
        return name == null ? id : name + " (" + id + ")";
    }

    List<String> costKeys(String hardwareId) {
        List<String> keys = new ArrayList<>();
        keys.add(DEFAULT);
        deals.stream().filter(d -> d.hardwareId().equals(hardwareId)).forEach(d -> keys.add(DEAL_PREFIX + d.id()));
        keys.add(ON_DEMAND);
        return keys;
    }

    String costLabel(String key) {
        if (key == null || key.equals(DEFAULT)) {
            return "Catalog default price";
        }
        if (key.equals(ON_DEMAND)) {
            return "On-demand price I state";
        }
        String id = key.substring(DEAL_PREFIX.length());
        return deals.stream().filter(d -> d.id().equals(id)).findFirst()
                .map(d -> "Deal: " + d.buyer() + "–" + d.supplier() + " (" + d.id() + ")").orElse(key);
    }

    static String key(CostChoice c) {
        return switch (c.kind()) {
            case DEFAULT -> DEFAULT;
            case DEAL -> DEAL_PREFIX + c.dealId();
            case ON_DEMAND -> ON_DEMAND;
        };
    }

    static CostChoice choice(String key, Double usdPerChipHour) {
        if (key != null && key.startsWith(DEAL_PREFIX)) {
            return CostChoice.deal(key.substring(DEAL_PREFIX.length()));
        }
        return ON_DEMAND.equals(key) ? new CostChoice(CostChoice.Kind.ON_DEMAND, null, usdPerChipHour) : CostChoice.DEFAULT;
    }
}
