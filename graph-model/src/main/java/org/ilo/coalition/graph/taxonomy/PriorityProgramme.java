package org.ilo.coalition.graph.taxonomy;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A priority action programme of the Coalition (paper, footnote 4), such as {@code CRISIS_RESPONSE}. */
@Node("PriorityProgramme")
public record PriorityProgramme(@Id String code, String name, String description) {
}
