package com.inferplan.db.support;

import java.time.LocalDateTime;

/** One save of a document: what it was, who saved it and when. */
public record DocumentVersionRow(String documentId, int version, String name, String stateJson, String savedBy,
                                 LocalDateTime savedAt) {
}
