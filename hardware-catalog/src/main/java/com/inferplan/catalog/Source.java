package com.inferplan.catalog;

/**
 * Where a figure comes from. {@code date} is the publication date where the source states one,
 * else the retrieval date, as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 */
public record Source(String title, String url, String date) {
}
