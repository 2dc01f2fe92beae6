package com.inferplan.catalog;

/** A figure with its field path inside an accelerator, e.g. {@code denseFlopsPerSecond.bf16}. */
public record FieldFigure(String field, Figure figure) {
}
