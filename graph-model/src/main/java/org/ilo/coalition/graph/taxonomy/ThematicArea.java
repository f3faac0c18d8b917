package org.ilo.coalition.graph.taxonomy;

/** A thematic area of social justice (paper §13-18), such as {@code SOCIAL_DIALOGUE}. */
public record ThematicArea(String code, String name, String description, String paragraphs) {
}
