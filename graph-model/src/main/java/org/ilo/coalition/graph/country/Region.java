package org.ilo.coalition.graph.country;

/** One of the five ILO regions used by ILOSTAT, identified by a stable code such as {@code ARAB_STATES}. */
public record Region(String code, String name) {
}
