package com.inferplan.backend.pricing;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.pricing.PricingInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A Jackson reading error as a field problem naming the JSON path, the value and the rule broken. */
final class JsonFieldErrors {

    private static final Pattern MISSING = Pattern.compile("Missing (?:required )?creator property '([^']+)'");

    private JsonFieldErrors() {
    }

    static InvalidInputException of(JsonMappingException e, String root) {
        String path = path(e, root);
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof PricingInputException p) {
                return PricingErrors.invalid(p, path);
            }
        }
        if (e instanceof InvalidTypeIdException t) {
            return new InvalidInputException(root + ".type", t.getTypeId(),
                    "must be one of on-demand, reserved, owned, partner-deal, api-price");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new InvalidInputException(path, u.getPropertyName(), "is not a field here; fields: "
                    + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        }
        if (e instanceof InvalidFormatException f) {
            return new InvalidInputException(path, f.getValue(), "must be a " + f.getTargetType().getSimpleName()
                    .toLowerCase(java.util.Locale.ROOT));
        }
        Matcher missing = MISSING.matcher(e.getOriginalMessage());
        if (missing.find()) {
            String field = path.endsWith("." + missing.group(1)) ? path : path + "." + missing.group(1);
            return new InvalidInputException(field, null, "is required");
        }
        return new InvalidInputException(path, null, e.getOriginalMessage());
    }

    private static String path(JsonMappingException e, String root) {
        StringBuilder path = new StringBuilder(root);
        for (JsonMappingException.Reference ref : e.getPath()) {
            path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
        }
        return path.toString();
    }
}
