package org.ilo.coalition.graph.taxonomy;

/** A priority action programme of the Coalition (paper, footnote 4), such as {@code CRISIS_RESPONSE}. */
public record PriorityProgramme(String code, String name, String description) {
}
