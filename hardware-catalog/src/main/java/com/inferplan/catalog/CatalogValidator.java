package com.inferplan.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks catalog entries against physical invariants and provenance rules. The same rules apply
 * to built-in files and to user-defined chips (reported with the file name {@value #USER_ENTRY}),
 * except that a user entry's sources may omit the URL.
 */
public final class CatalogValidator {
    public static final String USER_ENTRY = "user entry";

    private CatalogValidator() {
    }

    /** All errors of one entry; empty when it is valid. */
    public static List<CatalogError> validate(String file, Accelerator a) {
        ErrorReport report = new ErrorReport(file, a.id());
        FigureRules figures = new FigureRules(report, a.userDefined());
        StructureRules.identity(a, report);
        PeakRules.check(a, report, figures);
        StructureRules.memoryTiers(a, report, figures);
        StructureRules.scaleUp(a, report, figures);
        StructureRules.scaleOutAndPower(a, report, figures);
        StructureRules.units(a, report, figures);
        PhysicsRules.check(a, report);
        return report.errors();
    }

    public static List<CatalogError> validateUserEntry(Accelerator a) {
        return validateLocated(USER_ENTRY, a);
    }

    /** Throws {@link CatalogValidationException} naming every bad field of a user-defined chip. */
    public static void requireValidUserEntry(Accelerator a) {
        List<CatalogError> errors = validateUserEntry(a);
        if (!errors.isEmpty()) {
            throw new CatalogValidationException(errors);
        }
    }

    /** Entry rules for each located entry, plus ids that occur more than once. */
    static List<CatalogError> validateAll(List<LocatedAccelerator> entries) {
        List<CatalogError> errors = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        for (LocatedAccelerator entry : entries) {
            errors.addAll(validateLocated(entry.file(), entry.accelerator()));
            String firstFile = fileById.putIfAbsent(entry.accelerator().id(), entry.file());
            if (firstFile != null) {
                errors.add(new CatalogError(entry.file(), entry.accelerator().id(), "id",
                        "duplicate id '" + entry.accelerator().id() + "', already defined in " + firstFile));
            }
        }
        return errors;
    }

    /** Entry rules plus the userDefined flag, which must say whether the entry came from a user. */
    private static List<CatalogError> validateLocated(String file, Accelerator a) {
        List<CatalogError> errors = new ArrayList<>(validate(file, a));
        boolean fromUser = USER_ENTRY.equals(file);
        if (a.userDefined() != fromUser) {
            errors.add(new CatalogError(file, a.id(), "userDefined", fromUser
                    ? "a user entry must set userDefined to true"
                    : "a built-in entry must not set userDefined"));
        }
        return errors;
    }
}
