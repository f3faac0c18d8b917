package org.ilo.coalition.graph.experiment;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;
import org.springframework.data.neo4j.repository.Neo4jRepository;

/**
 * The offer of {@link ExperimentEntities} again, but with Spring Data Neo4j's aggregate boundaries: seen from an
 * offer, its areas, countries and partner are references by id only, for {@link SdnAggregateBoundaryExperimentIT}.
 * Hidden from entity scans like {@link ExperimentEntities}, by a property of its own, so that the two sets (same
 * primary labels) never meet in one mapping context.
 */
public final class BoundaryEntities {

	public static final String ENABLED = "coalition.experiment.sdn-boundary";

	private BoundaryEntities() {
	}

	@Node("Offer")
	@ConditionalOnProperty(name = ENABLED, havingValue = "true")
	public static class BoundedOffer {

		@Id
		private String id;

		@Version
		private Long version;

		private String title;

		private String description;

		private Double amount;

		private String unit;

		private Integer capacity;

		private String status;

		private List<String> languages;

		private OffsetDateTime withdrawnAt;

		@Relationship(type = "IN_AREA", direction = Relationship.Direction.OUTGOING)
		private List<BoundedArea> thematicAreas = new ArrayList<>();

		@Relationship(type = "SERVES_COUNTRY", direction = Relationship.Direction.OUTGOING)
		private List<BoundedCountry> countries = new ArrayList<>();

		@Relationship(type = "OFFERS", direction = Relationship.Direction.INCOMING)
		private BoundedPartner partner;

		public Long getVersion() {
			return this.version;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public void setAmount(Double amount) {
			this.amount = amount;
		}

		public void setStatus(String status) {
			this.status = status;
		}

		public void setWithdrawnAt(OffsetDateTime withdrawnAt) {
			this.withdrawnAt = withdrawnAt;
		}

	}

	@Node(value = "ThematicArea", aggregateBoundary = BoundedOffer.class)
	@ConditionalOnProperty(name = ENABLED, havingValue = "true")
	public static class BoundedArea {

		@Id
		private String code;

		private String name;

	}

	@Node(value = "Country", aggregateBoundary = { BoundedOffer.class, BoundedPartner.class })
	@ConditionalOnProperty(name = ENABLED, havingValue = "true")
	public static class BoundedCountry {

		@Id
		private String iso3;

		private String name;

	}

	@Node(value = "Partner", aggregateBoundary = BoundedOffer.class)
	@ConditionalOnProperty(name = ENABLED, havingValue = "true")
	public static class BoundedPartner {

		@Id
		private String id;

		@Version
		private Long version;

		private String name;

		private String description;

		private String membershipStatus;

		@Relationship(type = "BASED_IN", direction = Relationship.Direction.OUTGOING)
		private BoundedCountry country;

	}

	public interface BoundedOffers extends Neo4jRepository<BoundedOffer, String> {

	}

}
