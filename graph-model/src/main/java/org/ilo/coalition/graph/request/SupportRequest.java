package org.ilo.coalition.graph.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.strategy.Objective;
import org.ilo.coalition.graph.taxonomy.SupportKind;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * A member State's request for support towards one objective of its national strategy.
 *
 * @param language ISO 639-1 code of the language the support must be given in
 */
@Node("SupportRequest")
public record SupportRequest(@Id String id, @Version Long version, String title, String description, SupportKind kind,
		double amount, String unit, String language, LocalDate deadline, RequestStatus status, Instant createdAt,
		@Relationship(type = "FOR_COUNTRY", direction = Relationship.Direction.OUTGOING) Country country,
		@Relationship(type = "FOR_OBJECTIVE", direction = Relationship.Direction.OUTGOING) Objective objective,
		@Relationship(type = "IN_AREA", direction = Relationship.Direction.OUTGOING) List<ThematicArea> thematicAreas) {
}
