package org.ilo.coalition.graph.taxonomy;

/** A means by which partners help (paper §21-24), such as {@code KNOWLEDGE}. */
public record FunctionalArea(String code, String name, String description) {
}
