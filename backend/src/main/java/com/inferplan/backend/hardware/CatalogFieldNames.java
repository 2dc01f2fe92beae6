package com.inferplan.backend.hardware;

import java.util.LinkedHashMap;
import java.util.Map;

/** Maps the catalog validator's field paths onto the draft's form fields a person filled in. */
final class CatalogFieldNames {

    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("denseFlopsPerSecond.bf16", "bf16Tflops");
        PREFIXES.put("denseFlopsPerSecond.fp8", "fp8Tflops");
        PREFIXES.put("denseFlopsPerSecond.fp4", "fp4Tflops");
        PREFIXES.put("scaleUp.bandwidthBytesPerSecond", "scaleUpGbPerSecond");
        PREFIXES.put("scaleUp.domainChips", "scaleUpDomainChips");
        PREFIXES.put("chipPowerWatts", "powerWatts");
        PREFIXES.put("id", "id");
        PREFIXES.put("vendor", "vendor");
        PREFIXES.put("name", "name");
        PREFIXES.put("year", "year");
    }

    private CatalogFieldNames() {
    }

    static String draftField(String catalogField) {
        if (catalogField.endsWith(".derivation")) {
            return "derivation";
        }
        if (catalogField.contains(".source")) {
            return catalogField.endsWith(".url") ? "sourceUrl" : "sourceTitle";
        }
        if (catalogField.startsWith("memoryTiers.")) {
            return catalogField.contains("bandwidth") ? "memoryTbPerSecond" : "memoryGb";
        }
        return PREFIXES.entrySet().stream()
                .filter(e -> catalogField.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(catalogField);
    }
}
