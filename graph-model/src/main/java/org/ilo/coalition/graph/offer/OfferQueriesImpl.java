package org.ilo.coalition.graph.offer;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.paging.Records;
import org.ilo.coalition.graph.taxonomy.SupportKind;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

/** {@link OfferQueries} over {@link Neo4jClient}. */
class OfferQueriesImpl implements OfferQueries {

	private static final String PROJECTION = """
			o {
			  .id, .version, .title, .description, .kind, .amount, .unit, .capacity, .availableFrom, .availableUntil,
			  .languages, .status, partnerId: p.id,
			  areas: COLLECT { MATCH (o)-[:IN_AREA]->(a:ThematicArea) RETURN a.code ORDER BY a.code },
			  countries: COLLECT { MATCH (o)-[:SERVES_COUNTRY]->(c:Country) RETURN c.iso3 ORDER BY c.iso3 },
			  regions: COLLECT { MATCH (o)-[:SERVES_REGION]->(r:Region) RETURN r.code ORDER BY r.code }
			}""";

	private static final String BY_PARTNERS = """
			MATCH (p:Partner)-[:OFFERS]->(o:Offer) WHERE p.id IN $ids
			WITH p, o ORDER BY o.title, o.id
			RETURN %s AS offer
			""".formatted(PROJECTION);

	private static final String BY_IDS = """
			MATCH (p:Partner)-[:OFFERS]->(o:Offer) WHERE o.id IN $ids
			RETURN %s AS offer
			""".formatted(PROJECTION);

	private final Neo4jClient client;

	OfferQueriesImpl(Neo4jClient client) {
		this.client = client;
	}

	@Override
	public Map<String, List<OfferView>> findViewsByPartners(Collection<String> partnerIds) {
		return Records.groupBy(partnerIds, fetch(BY_PARTNERS, partnerIds), OfferView::partnerId);
	}

	@Override
	public List<OfferView> findViewsByIds(Collection<String> ids) {
		return fetch(BY_IDS, ids);
	}

	private List<OfferView> fetch(String cypher, Collection<String> ids) {
		return List.copyOf(this.client.query(cypher).bind(List.copyOf(ids)).to("ids").fetchAs(OfferView.class)
			.mappedBy((types, record) -> toView(record.get("offer"))).all());
	}

	private static OfferView toView(Value o) {
		return new OfferView(o.get("id").asString(), o.get("version").asLong(0), o.get("partnerId").asString(), o.get("title").asString(),
				Records.string(o.get("description")), Records.enumOf(SupportKind.class, o.get("kind")),
				o.get("amount").asDouble(), o.get("unit").asString(), o.get("capacity").asInt(),
				Records.date(o.get("availableFrom")), Records.date(o.get("availableUntil")),
				Records.strings(o.get("languages")), Records.enumOf(OfferStatus.class, o.get("status")),
				Records.strings(o.get("areas")), Records.strings(o.get("countries")), Records.strings(o.get("regions")));
	}

}
