package com.inferplan.backend.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are read strictly (decision 0812): a misspelt or extra field, a fraction where a
 * whole number belongs, or a number written as text ("Infinity", "1e400") is a field error, never
 * silently dropped, rounded or coerced. (Omitted optional flags stay allowed: required values are
 * checked by each request's own validation.)
 */
@Configuration(proxyBeanMethods = false)
public class JsonReadingConfiguration {

    /** No field of any request holds more text than this (a config.json sent as one string included). */
    static final int MAX_STRING_CHARS = 200_000;
    /** The deepest request (a scenario's candidates' cost terms) nests 5 levels. */
    static final int MAX_NESTING = 32;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .postConfigurer(mapper -> {
                    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(MAX_STRING_CHARS).maxNestingDepth(MAX_NESTING).build());
                    mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
                });
    }
}
