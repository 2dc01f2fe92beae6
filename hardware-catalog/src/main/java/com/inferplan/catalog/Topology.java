package com.inferplan.catalog;

/** Shape of the scale-up fabric; sets how many hops a collective step crosses. */
public enum Topology {
    SWITCH, TORUS_2D, TORUS_3D, MESH, WAFER, FULL_MESH, NONE
}
