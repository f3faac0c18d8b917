package org.ilo.coalition.graph.delivery;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ilo.coalition.graph.paging.Records;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the deliveries of matches. */
@Repository
public class DeliveryStore {

	/** Oldest delivery first, then in the order they were recorded. */
	static final Comparator<DeliveryView> ORDER = Comparator.comparing(DeliveryView::deliveredOn)
		.thenComparing(DeliveryView::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(DeliveryView::id);

	private static final String PROJECTION = "d {.*, match: m.id, unit: coalesce(d.unit, m.unit)}";

	// Sorted in Java: ordering beside a map projection has tripped Neo4j 5.26's planner before (DeficitObservationRepository).
	private static final String BY_MATCHES = """
			MATCH (m:MatchSuggestion)-[:HAS_DELIVERY]->(d:Delivery) WHERE m.id IN $ids
			RETURN %s AS row
			""".formatted(PROJECTION);

	private static final String BY_ID = """
			MATCH (m:MatchSuggestion)-[:HAS_DELIVERY]->(d:Delivery {id: $id})
			RETURN %s AS row
			""".formatted(PROJECTION);

	private final Neo4jClient client;

	public DeliveryStore(Neo4jClient client) {
		this.client = client;
	}

	/** The deliveries of each match, oldest first, in one statement; every id given is a key. */
	@Transactional(readOnly = true)
	public Map<String, List<DeliveryView>> findByMatches(Collection<String> matchIds) {
		if (matchIds.isEmpty()) {
			return Map.of();
		}
		List<DeliveryView> rows = this.client.query(BY_MATCHES).bind(List.copyOf(matchIds)).to("ids")
			.fetchAs(DeliveryView.class).mappedBy((types, record) -> toView(record.get("row"))).all().stream()
			.sorted(ORDER).toList();
		return Records.groupBy(matchIds, rows, DeliveryView::matchId);
	}

	@Transactional(readOnly = true)
	public Optional<DeliveryView> findById(String id) {
		return this.client.query(BY_ID).bind(id).to("id").fetchAs(DeliveryView.class)
			.mappedBy((types, record) -> toView(record.get("row"))).one();
	}

	private static DeliveryView toView(Value d) {
		return new DeliveryView(d.get("id").asString(), d.get("match").asString(), d.get("amount").asDouble(),
				Records.string(d.get("unit")), Records.date(d.get("deliveredOn")), Records.string(d.get("note")),
				Records.dateTime(d.get("recordedAt")), Records.string(d.get("recordedBy")),
				Records.dateTime(d.get("receivedAt")), Records.string(d.get("receivedBy")), d.get("version").asLong(0));
	}

}
