package com.inferplan.pricing.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the built-in resources under {@code pricing/}, and their loading. */
final class CatalogFiles {

    record CloudPrices(String description, String compiledFrom, String checked, List<CloudPrice> prices,
                       Map<String, String> noPrice) {
    }

    record PurchasePrices(String description, String compiledFrom, String checked, List<PurchasePrice> prices,
                          Map<String, String> noPrice) {
    }

    record PowerAssumption(AssumedValue wattsPerChip) {
    }

    record DefaultChoice(String kind, String priceId, String purchaseId, String why) {
    }

    record Assumptions(String description, String compiledFrom, String checked, OwnedAssumptions owned,
                       Map<String, PowerAssumption> power, Map<String, String> noPower,
                       Map<String, DefaultChoice> defaults, Map<String, String> noDefault) {
    }

    record NotModelledDeal(String deal, String reason) {
    }

    record Deals(String description, String compiledFrom, String checked, List<DealTemplate> templates,
                 List<NotModelledDeal> notModelled) {
    }

    record ApiPrices(String description, String compiledFrom, String checked, Map<String, List<ApiPrice>> models,
                     Map<String, String> noPrice) {
    }

    private CatalogFiles() {
    }

    static <T> T read(ObjectMapper mapper, String resource, Class<T> type) {
        String path = "/pricing/" + resource;
        try (InputStream in = CatalogFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new PricingDataException(path, "resource not found on the classpath");
            }
            return mapper.readValue(in, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new PricingDataException(path, "cannot be read: " + e.getMessage(), e);
        }
    }
}
