package com.inferplan.pricing.basis;

import com.inferplan.pricing.Require;

/**
 * What a deal or a facility counts: a chip, or a system holding {@code chipsPerUnit} chips, with its
 * IT power in kW including its share of host and network.
 */
public record HardwareUnit(String name, int chipsPerUnit, double kwPerUnit) {

    public HardwareUnit {
        Require.text("name", name);
        Require.positive("chipsPerUnit", chipsPerUnit);
        Require.positive("kwPerUnit", kwPerUnit);
    }

    public static HardwareUnit chip(String name, double kwPerChip) {
        return new HardwareUnit(name, 1, kwPerChip);
    }
}
