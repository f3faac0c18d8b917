package org.ilo.coalition.graph.taxonomy;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A means by which partners help (paper §21-24), such as {@code KNOWLEDGE}. */
@Node("FunctionalArea")
public record FunctionalArea(@Id String code, String name, String description) {
}
