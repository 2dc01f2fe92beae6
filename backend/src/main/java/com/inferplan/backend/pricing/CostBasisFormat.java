package com.inferplan.backend.pricing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.JsonFieldErrors;
import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.basis.ApiTokenPrice;
import com.inferplan.pricing.basis.CostBasis;
import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.basis.Owned;
import com.inferplan.pricing.basis.PartnerDeal;
import com.inferplan.pricing.basis.Reserved;
import com.inferplan.pricing.explain.Provenance;
import com.inferplan.pricing.uncertainty.Distribution;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON for cost bases, which the pricing library does not define (decision 0601): each record's
 * own fields plus a {@code type} tag, read through the records' constructors so every library rule
 * applies. A stored document is {@code {"basis": {...}, "uncertainty": {name: distribution},
 * "provenance": {name: status}}}.
 * Errors name the JSON path of the field, e.g. {@code basis.power.pue}.
 */
public final class CostBasisFormat {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = OnDemand.class, name = "on-demand"),
            @JsonSubTypes.Type(value = Reserved.class, name = "reserved"),
            @JsonSubTypes.Type(value = Owned.class, name = "owned"),
            @JsonSubTypes.Type(value = PartnerDeal.class, name = "partner-deal"),
            @JsonSubTypes.Type(value = ApiTokenPrice.class, name = "api-price")})
    private interface TypedBasis {
    }

    /** {@code isFixed()} is a convenience of the library, not a field of a distribution. */
    @JsonIgnoreProperties("fixed")
    private interface PlainDistribution {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addMixIn(CostBasis.class, TypedBasis.class)
            .addMixIn(Distribution.class, PlainDistribution.class)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final TypeReference<TreeMap<String, Distribution>> DISTRIBUTIONS = new TypeReference<>() { };
    private static final TypeReference<TreeMap<String, Provenance>> STATUSES = new TypeReference<>() { };

    private CostBasisFormat() {
    }

    /** The short type tag stored next to the document, e.g. "partner-deal". */
    public static String typeOf(CostBasis basis) {
        return basisTree(basis).get("type").asText();
    }

    public static ObjectNode basisTree(CostBasis basis) {
        return MAPPER.valueToTree(basis);
    }

    public static ObjectNode uncertaintyTree(Map<String, Distribution> uncertainty) {
        try {
            return (ObjectNode) MAPPER.readTree(MAPPER.writerFor(DISTRIBUTIONS).writeValueAsString(
                    new TreeMap<>(uncertainty)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("distributions are plain records and always serialize", e);
        }
    }

    public static ObjectNode tree(BasisSpec spec) {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("basis", basisTree(spec.basis()));
        node.set("uncertainty", uncertaintyTree(spec.uncertainty()));
        node.set("provenance", MAPPER.valueToTree(new TreeMap<>(spec.provenance())));
        return node;
    }

    public static String write(BasisSpec spec) {
        return tree(spec).toString();
    }

    /** A stored document; it was valid when saved, so a failure here is a defect, not bad input. */
    public static BasisSpec read(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return fromTree(node.get("basis"), node.get("uncertainty"), node.get("provenance"));
        } catch (JsonProcessingException | InvalidInputException e) {
            throw new IllegalStateException("stored cost basis cannot be read: " + e.getMessage(), e);
        }
    }

    /** A basis with optional uncertainty and statuses, sent by a client; every problem names its field. */
    public static BasisSpec fromTree(JsonNode basis, JsonNode uncertainty, JsonNode provenance) {
        if (basis == null || basis.isNull()) {
            throw new InvalidInputException("basis", null, "is required: an object with a \"type\" ("
                    + "on-demand, reserved, owned, partner-deal or api-price) and its fields");
        }
        CostBasis parsed = parse(withOptionalFields(basis), MAPPER.constructType(CostBasis.class), "basis");
        Map<String, Distribution> spread = uncertaintyFromTree(uncertainty);
        Map<String, Provenance> statuses = provenance == null || provenance.isNull()
                ? Map.of() : parse(provenance, MAPPER.getTypeFactory().constructType(STATUSES), "provenance");
        return PricingErrors.fieldsUnder("uncertainty", () -> new BasisSpec(parsed, spread, statuses));
    }

    /** Distributions by parameter name; whether the names fit a basis is checked by {@link BasisSpec}. */
    public static Map<String, Distribution> uncertaintyFromTree(JsonNode uncertainty) {
        return uncertainty == null || uncertainty.isNull()
                ? Map.of() : parse(uncertainty, MAPPER.getTypeFactory().constructType(DISTRIBUTIONS), "uncertainty");
    }

    /** Fields a client may leave out because they have an obvious neutral value. */
    private static JsonNode withOptionalFields(JsonNode basis) {
        if (!basis.isObject()) {
            return basis;
        }
        ObjectNode copy = basis.deepCopy();
        String type = copy.path("type").asText();
        if (type.equals("partner-deal") && !copy.has("volumeDiscounts")) {
            copy.putArray("volumeDiscounts");
        }
        if (type.equals("api-price") && !copy.has("usdPerMillionCachedInput") && copy.has("usdPerMillionInput")) {
            copy.set("usdPerMillionCachedInput", copy.get("usdPerMillionInput"));
        }
        return copy;
    }

    private static <T> T parse(JsonNode node, JavaType type, String root) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            if (e instanceof com.fasterxml.jackson.databind.exc.InvalidTypeIdException t) {
                throw new InvalidInputException(root + ".type", t.getTypeId(),
                        "must be one of on-demand, reserved, owned, partner-deal, api-price");
            }
            PricingInputException pricing = pricingCause(e);
            throw pricing != null ? PricingErrors.invalid(pricing, JsonFieldErrors.of(e, root).problems().get(0).field())
                    : JsonFieldErrors.of(e, root);
        } catch (JsonProcessingException e) {
            throw JsonFieldErrors.of(e, root);
        } catch (PricingInputException e) {
            throw PricingErrors.invalid(e, root);
        }
    }

    private static PricingInputException pricingCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof PricingInputException p) {
                return p;
            }
        }
        return null;
    }
}
