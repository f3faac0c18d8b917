package org.ilo.coalition.graph.taxonomy;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A thematic area of social justice (paper §13-18), such as {@code SOCIAL_DIALOGUE}. */
@Node("ThematicArea")
public record ThematicArea(@Id String code, String name, String description, String paragraphs) {
}
