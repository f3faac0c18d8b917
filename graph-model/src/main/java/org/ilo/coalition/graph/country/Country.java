package org.ilo.coalition.graph.country;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** A country identified by its ISO 3166-1 alpha-3 code, usually an ILO member State, in one ILO region. */
@Node("Country")
public record Country(@Id String iso3, String iso2, String name, boolean memberState,
		@Relationship(type = "IN_REGION", direction = Relationship.Direction.OUTGOING) Region region) {
}
