package org.ilo.coalition.graph.partner;

import java.time.Instant;
import java.util.List;

import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.offer.Offer;
import org.ilo.coalition.graph.taxonomy.FunctionalArea;
import org.ilo.coalition.graph.workstream.WorkStream;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * An organization that applied to or belongs to the Coalition, with what it knows and offers.
 *
 * @param normalizedName lower-case, accent-free, single-spaced name used for search and ordering
 * @param dedupKey normalized name and country ISO3, unique in the database (see {@link PartnerNames#dedupKey})
 * @param demo whether the demo-data generator made it up
 */
@Node("Partner")
public record Partner(@Id String id, @Version Long version, String name, String normalizedName, String dedupKey, PartnerKind kind,
		boolean constituent, MembershipStatus membershipStatus, boolean verified, List<String> languages,
		String description, String website, boolean demo, Instant createdAt,
		@Relationship(type = "BASED_IN", direction = Relationship.Direction.OUTGOING) Country country,
		@Relationship(type = "HAS_EXPERTISE", direction = Relationship.Direction.OUTGOING) List<DeclaredExpertise> expertise,
		@Relationship(type = "OFFERS", direction = Relationship.Direction.OUTGOING) List<Offer> offers,
		@Relationship(type = "CONTRIBUTES_TO", direction = Relationship.Direction.OUTGOING) List<FunctionalArea> functionalAreas,
		@Relationship(type = "LEADS", direction = Relationship.Direction.OUTGOING) List<WorkStream> leads,
		@Relationship(type = "SUPPORTS", direction = Relationship.Direction.OUTGOING) List<WorkStream> supports) {
}
