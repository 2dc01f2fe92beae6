package com.inferplan.engine.perf;

import com.inferplan.engine.serving.validation.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The schema of {@code perf/efficiencies.json}, read through {@link DataFileReader}; beyond each
 * entry's own checks, a family's parent must be a family and its default stack a stack of the file.
 */
record EfficiencyFile(@JsonProperty("version") String version, @JsonProperty("about") String about,
                      @JsonProperty("families") Map<String, FamilyEntry> families,
                      @JsonProperty("frameworks") Map<String, FrameworkEntry> frameworks) {

    EfficiencyFile {
        DataChecks.required("version", version);
        DataChecks.required("about", about);
        DataChecks.required("families", families);
        DataChecks.required("frameworks", frameworks);
        frameworks.forEach((id, stack) -> {
            try {
                stack.checkStack();
            } catch (InvalidInputException e) {
                throw DataChecks.within("frameworks." + id, e);
            }
        });
        families.forEach((id, family) -> {
            checkParents(families, id);
            if (family.defaultFramework() != null && !frameworks.containsKey(family.defaultFramework())) {
                throw new InvalidInputException("families." + id + ".defaultFramework",
                        family.defaultFramework(), "not a stack of this file; stacks: " + frameworks.keySet());
            }
        });
    }

    /** The parent chain ends at a family without a parent. */
    private static void checkParents(Map<String, FamilyEntry> families, String id) {
        String current = id;
        for (int hops = 0; families.get(current).parent() != null; hops++) {
            String parent = families.get(current).parent();
            if (!families.containsKey(parent)) {
                throw new InvalidInputException("families." + current + ".parent", parent,
                        "not a family of this file; families: " + families.keySet());
            }
            if (hops == families.size()) {
                throw new InvalidInputException("families." + id + ".parent", parent, "parents form a cycle");
            }
            current = parent;
        }
    }
}
