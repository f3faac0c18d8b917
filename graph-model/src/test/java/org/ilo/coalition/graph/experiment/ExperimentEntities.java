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
import org.springframework.data.neo4j.repository.query.Query;
import org.springframework.data.repository.query.Param;

/**
 * Test-only Spring Data Neo4j entities over the real labels (Offer, Partner, ThematicArea, Country), for
 * {@link SdnWritePathExperimentIT}.
 *
 * <p>The experiment (written when graph-model still had {@code @Node} records under the same labels, which it no longer
 * has) keeps them out of every other context: the entity scan
 * of the api application (package {@code org.ilo.coalition}, test jar on its class path) skips them by the
 * condition below, and the repositories are nested interfaces, which no other {@code @EnableNeo4jRepositories}
 * considers.
 */
public final class ExperimentEntities {

	/** The property that turns the experiment (and the entities' visibility to entity scans) on. */
	public static final String ENABLED = "coalition.experiment.sdn";

	private ExperimentEntities() {
	}

	@Node("Offer")
	@ConditionalOnProperty(name = ENABLED, havingValue = "true")
	public static class OfferNode {

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
		private List<AreaNode> thematicAreas = new ArrayList<>();

		@Relationship(type = "SERVES_COUNTRY", direction = Relationship.Direction.OUTGOING)
		private List<CountryNode> countries = new ArrayList<>();

		@Relationship(type = "OFFERS", direction = Relationship.Direction.INCOMING)
		private PartnerNode partner;

		public String getId() {
			return this.id;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getDescription() {
			return this.description;
		}

		public Double getAmount() {
			return this.amount;
		}

		public void setAmount(Double amount) {
			this.amount = amount;
		}

		public String getUnit() {
			return this.unit;
		}

		public Integer getCapacity() {
			return this.capacity;
		}

		public String getStatus() {
			return this.status;
		}

		public void setStatus(String status) {
			this.status = status;
		}

		public List<String> getLanguages() {
			return this.languages;
		}

		public OffsetDateTime getWithdrawnAt() {
			return this.withdrawnAt;
		}

		public void setWithdrawnAt(OffsetDateTime withdrawnAt) {
			this.withdrawnAt = withdrawnAt;
		}

		public List<AreaNode> getThematicAreas() {
			return this.thematicAreas;
		}

		public List<CountryNode> getCountries() {
			return this.countries;
		}

		public PartnerNode getPartner() {
			return this.partner;
		}

	}

	@Node("ThematicArea")
	@ConditionalOnProperty(name = ENABLED, havingValue = "true")
	public static class AreaNode {

		@Id
		private String code;

		private String name;

		public String getCode() {
			return this.code;
		}

		public String getName() {
			return this.name;
		}

	}

	@Node("Country")
	@ConditionalOnProperty(name = ENABLED, havingValue = "true")
	public static class CountryNode {

		@Id
		private String iso3;

		private String name;

		public String getIso3() {
			return this.iso3;
		}

		public String getName() {
			return this.name;
		}

	}

	@Node("Partner")
	@ConditionalOnProperty(name = ENABLED, havingValue = "true")
	public static class PartnerNode {

		@Id
		private String id;

		@Version
		private Long version;

		private String name;

		private String description;

		private String membershipStatus;

		@Relationship(type = "BASED_IN", direction = Relationship.Direction.OUTGOING)
		private CountryNode country;

		public String getId() {
			return this.id;
		}

		public Long getVersion() {
			return this.version;
		}

		public String getName() {
			return this.name;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getMembershipStatus() {
			return this.membershipStatus;
		}

		public CountryNode getCountry() {
			return this.country;
		}

	}

	/** What {@code saveAs} writes for a change of title and amount. */
	public interface OfferTitleAmount {

		String getTitle();

		Double getAmount();

	}

	/** What {@code saveAs} writes for a withdrawal. */
	public interface OfferStatusChange {

		String getStatus();

		OffsetDateTime getWithdrawnAt();

	}

	/** What {@code saveAs} writes for a partner's description. */
	public interface PartnerDescription {

		String getDescription();

	}

	public interface OfferNodes extends Neo4jRepository<OfferNode, String> {

		/** A custom write without a lock: the version is compared before the node's write lock is held. */
		@Query("""
				MATCH (o:Offer {id: $id}) WHERE o.version = $version
				SET o.title = $title, o.amount = $amount, o.version = o.version + 1
				RETURN count(o)""")
		long updateTitleAndAmount(@Param("id") String id, @Param("version") long version, @Param("title") String title,
				@Param("amount") double amount);

	}

	public interface PartnerNodes extends Neo4jRepository<PartnerNode, String> {

	}

}
