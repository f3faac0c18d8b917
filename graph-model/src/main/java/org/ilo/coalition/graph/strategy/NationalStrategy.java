package org.ilo.coalition.graph.strategy;

import java.time.LocalDate;
import java.util.List;

import org.ilo.coalition.graph.country.Country;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** A member State's national strategy, the outcome of a national social-justice dialogue (paper §23). */
@Node("NationalStrategy")
public record NationalStrategy(@Id String id, @Version Long version, String title, String summary,
		LocalDate dialogueDate, int periodStart, int periodEnd,
		@Relationship(type = "FOR_COUNTRY", direction = Relationship.Direction.OUTGOING) Country country,
		@Relationship(type = "HAS_OBJECTIVE", direction = Relationship.Direction.OUTGOING) List<Objective> objectives) {
}
