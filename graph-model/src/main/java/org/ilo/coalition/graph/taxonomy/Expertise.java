package org.ilo.coalition.graph.taxonomy;

import java.util.List;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** An entry of the expertise taxonomy, linked to the thematic areas where it applies. */
@Node("Expertise")
public record Expertise(@Id String code, String name, String description,
		@Relationship(type = "IN_AREA", direction = Relationship.Direction.OUTGOING) List<ThematicArea> thematicAreas) {
}
