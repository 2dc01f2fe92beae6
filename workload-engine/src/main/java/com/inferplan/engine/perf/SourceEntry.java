package com.inferplan.engine.perf;

import com.inferplan.engine.serving.validation.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A cited source of a data-file figure. */
record SourceEntry(@JsonProperty("title") String title, @JsonProperty("url") String url,
                   @JsonProperty("date") String date, @JsonProperty("status") String status) {
    SourceEntry {
        DataChecks.required("title", title);
        DataChecks.required("url", url);
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new InvalidInputException("url", url, "must be an http(s) address");
        }
        DataChecks.required("date", date);
        DataChecks.required("status", status);
    }
}
