package org.ilo.coalition.graph.workstream;

import org.ilo.coalition.graph.taxonomy.PriorityProgramme;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * A group of partners working on one priority (paper §28); partners point to it with {@code LEADS} or
 * {@code SUPPORTS}.
 */
@Node("WorkStream")
public record WorkStream(@Id String id, @Version Long version, String name, String description,
		@Relationship(type = "ON_PROGRAMME", direction = Relationship.Direction.OUTGOING) PriorityProgramme programme) {
}
