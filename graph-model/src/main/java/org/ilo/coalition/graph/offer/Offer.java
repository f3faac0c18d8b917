package org.ilo.coalition.graph.offer;

import java.time.LocalDate;
import java.util.List;

import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.country.Region;
import org.ilo.coalition.graph.taxonomy.SupportKind;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * A resource a partner offers: an amount in a unit (an ISO 4217 currency, {@code PERSON_DAYS}, {@code PLACES} or
 * {@code PRODUCTS}) over an availability window, for at most {@code capacity} support requests at once.
 */
@Node("Offer")
public record Offer(@Id String id, @Version Long version, String title, String description, SupportKind kind,
		double amount, String unit, int capacity, LocalDate availableFrom, LocalDate availableUntil,
		List<String> languages, OfferStatus status,
		@Relationship(type = "IN_AREA", direction = Relationship.Direction.OUTGOING) List<ThematicArea> thematicAreas,
		@Relationship(type = "SERVES_COUNTRY", direction = Relationship.Direction.OUTGOING) List<Country> countries,
		@Relationship(type = "SERVES_REGION", direction = Relationship.Direction.OUTGOING) List<Region> regions) {
}
