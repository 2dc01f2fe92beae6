package com.inferplan.ui.explorer;

import com.inferplan.catalog.Accelerator;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.pricing.catalog.DealTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the inputs offer: models and hardware (id and name) and the deal templates per hardware. */
record ExplorerChoices(Map<String, String> modelNames, Map<String, String> hardwareNames, List<DealTemplate> deals) {

    ExplorerChoices {
        modelNames = new LinkedHashMap<>(modelNames);
        hardwareNames = new LinkedHashMap<>(hardwareNames);
        deals = List.copyOf(deals);
    }

    static ExplorerChoices of(List<ModelArchitecture> models, List<Accelerator> hardware, List<DealTemplate> deals) {
        Map<String, String> modelNames = new LinkedHashMap<>();
        models.forEach(m -> modelNames.put(m.id(), m.displayName()));
        Map<String, String> names = new LinkedHashMap<>();
        hardware.forEach(a -> names.put(a.id(), a.name()));
        return new ExplorerChoices(modelNames, names, deals);
    }

    List<String> modelIds() {
        return List.copyOf(modelNames.keySet());
    }

    /** "Llama 3.3 70B (llama-3.3-70b)": the name a person knows, and the id a link or the API uses. */
    String modelLabel(String id) {
        String name = modelNames.get(id);
        return name == null || name.equals(id) ? id : name + " (" + id + ")";
    }

    List<String> hardwareIds() {
        return List.copyOf(hardwareNames.keySet());
    }

    String hardwareLabel(String id) {
        String name = hardwareNames.get(id);
        return name == null ? id : name + " (" + id + ")";
    }

    /** The default, the deals for this hardware, and a stated on-demand price. */
    List<String> costKeys(String hardwareId) {
        List<String> keys = new ArrayList<>();
        keys.add(CandidateEditor.DEFAULT);
        deals.stream().filter(d -> d.hardwareId().equals(hardwareId))
                .forEach(d -> keys.add(CandidateEditor.DEAL_PREFIX + d.id()));
        keys.add(CandidateEditor.ON_DEMAND);
        return keys;
    }

    String costLabel(String key) {
        if (key == null || key.equals(CandidateEditor.DEFAULT)) {
            return "Catalog default price";
        }
        if (key.equals(CandidateEditor.ON_DEMAND)) {
            return "On-demand price I state";
        }
        String id = key.substring(CandidateEditor.DEAL_PREFIX.length());
        return deals.stream().filter(d -> d.id().equals(id)).findFirst().map(d -> "Deal: " + d.buyer() + "–"
                + d.supplier() + " (" + d.id() + ")").orElse(key);
    }
}
