package com.inferplan.catalog;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks identity fields, memory tiers, interconnect, power and deployable units. */
final class StructureRules {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private StructureRules() {
    }

    static void identity(Accelerator a, ErrorReport report) {
        if (a.id() == null || !ID.matcher(a.id()).matches()) {
            report.add("id", "id '" + a.id() + "' must be lower-case words joined by hyphens");
        }
        requireText(report, "vendor", a.vendor());
        requireText(report, "name", a.name());
        requireText(report, "form", a.form());
        if (a.kind() == null) {
            report.add("kind", "is missing");
        }
        if (a.year() < 1990 || a.year() > 2100) {
            report.add("year", "year " + a.year() + " is not between 1990 and 2100");
        }
    }

    static void memoryTiers(Accelerator a, ErrorReport report, FigureRules figures) {
        if (a.memoryTiers().isEmpty()) {
            report.add("memoryTiers", "no memory tier recorded");
        }
        Set<MemoryTierKind> seen = EnumSet.noneOf(MemoryTierKind.class);
        for (MemoryTier tier : a.memoryTiers()) {
            String path = "memoryTiers." + AcceleratorFigures.tierKey(tier);
            if (tier.kind() == null) {
                report.add(path + ".kind", "is missing");
                continue;
            }
            if (!seen.add(tier.kind())) {
                report.add(path, "more than one " + tier.kind() + " tier");
            }
            requireText(report, path + ".name", tier.name());
            figures.required(path + ".capacityBytes", tier.capacityBytes(), Units.BYTES,
                    PlausibleRange.capacityBytes(tier.kind()));
            figures.required(path + ".bandwidthBytesPerSecond", tier.bandwidthBytesPerSecond(),
                    Units.BYTES_PER_SECOND, PlausibleRange.bandwidthBytesPerSecond(tier.kind()));
        }
    }

    static void scaleUp(Accelerator a, ErrorReport report, FigureRules figures) {
        ScaleUpInterconnect up = a.scaleUp();
        if (up == null || up.topology() == null) {
            report.add("scaleUp", "is missing; use topology NONE for a chip without a scale-up fabric");
            return;
        }
        requireText(report, "scaleUp.name", up.name());
        if (up.topology() == Topology.NONE) {
            if (up.domainChips() != null && up.domainChips().value() != 1) {
                report.add("scaleUp.domainChips", "topology NONE needs a domain of 1 chip, not " + up.domainChips().value());
            }
            return;
        }
        figures.required("scaleUp.domainChips", up.domainChips(), Units.CHIPS, PlausibleRange.DOMAIN_CHIPS);
        figures.optional("scaleUp.bandwidthBytesPerSecond", up.bandwidthBytesPerSecond(), Units.BYTES_PER_SECOND,
                PlausibleRange.SCALE_UP_BYTES_PER_SECOND);
        figures.optional("scaleUp.hopLatencySeconds", up.hopLatencySeconds(), Units.SECONDS,
                PlausibleRange.HOP_LATENCY_SECONDS);
        if (up.domainChips() != null && up.domainChips().value() != Math.rint(up.domainChips().value())) {
            report.add("scaleUp.domainChips", "domain " + up.domainChips().value() + " is not a whole number of chips");
        }
    }

    static void scaleOutAndPower(Accelerator a, ErrorReport report, FigureRules figures) {
        figures.optional("scaleOutBytesPerSecond", a.scaleOutBytesPerSecond(), Units.BYTES_PER_SECOND,
                PlausibleRange.SCALE_OUT_BYTES_PER_SECOND);
        figures.optional("chipPowerWatts", a.chipPowerWatts(), Units.WATTS, PlausibleRange.POWER_WATTS);
        figures.optional("systemPowerPerChipWatts", a.systemPowerPerChipWatts(), Units.WATTS,
                PlausibleRange.POWER_WATTS);
        if (a.chipPowerWatts() != null && a.systemPowerPerChipWatts() != null
                && a.systemPowerPerChipWatts().value() < a.chipPowerWatts().value()) {
            report.add("systemPowerPerChipWatts", "system share " + a.systemPowerPerChipWatts().value()
                    + " W is below the chip's own " + a.chipPowerWatts().value() + " W");
        }
    }

    static void units(Accelerator a, ErrorReport report, FigureRules figures) {
        if (a.units().isEmpty()) {
            report.add("units", "no deployable unit recorded (add at least the single chip or system)");
        }
        Set<String> ids = new HashSet<>();
        for (DeployableUnit unit : a.units()) {
            String path = "units." + unit.id();
            if (FigureRules.blank(unit.id()) || !ids.add(unit.id())) {
                report.add(path + ".id", "unit id '" + unit.id() + "' is blank or repeated");
            }
            requireText(report, path + ".name", unit.name());
            if (unit.chips() < 1) {
                report.add(path + ".chips", "chips " + unit.chips() + " must be at least 1");
            }
            if (unit.source() != null || !a.userDefined()) {
                figures.source(path + ".source", unit.source());
            }
        }
    }

    private static void requireText(ErrorReport report, String field, String value) {
        if (FigureRules.blank(value)) {
            report.add(field, "is blank");
        }
    }
}
