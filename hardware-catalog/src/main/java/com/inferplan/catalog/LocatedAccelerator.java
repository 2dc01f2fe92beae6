package com.inferplan.catalog;

/** An entry and the file it came from ({@value CatalogValidator#USER_ENTRY} for user entries). */
record LocatedAccelerator(String file, Accelerator accelerator) {
}
