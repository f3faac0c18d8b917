package org.ilo.coalition.graph.offer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.paging.Records;
import org.ilo.coalition.graph.taxonomy.SupportKind;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Read queries for offers, each one Cypher statement whatever the number of keys. */
@Repository
public class OfferRepository {

	// The offer's areas and places are read in one pass over its relationships (one COLLECT each walked the chain
	// three times) and sorted in Java, as are the offers of a partner.
	private static final String PROJECTION = """
			o {
			  .id, .version, .title, .description, .kind, .amount, .unit, .capacity, .availableFrom, .availableUntil,
			  .languages, .status, partnerId: p.id,
			  links: COLLECT {
			    MATCH (o)-[l:IN_AREA|SERVES_COUNTRY|SERVES_REGION]->(x)
			    RETURN CASE type(l) WHEN 'SERVES_COUNTRY' THEN ['SERVES_COUNTRY', x.iso3] ELSE [type(l), x.code] END
			  }
			}""";

	private static final Comparator<OfferView> BY_TITLE = Comparator.comparing(OfferView::title, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(OfferView::id);

	private static final String BY_PARTNERS = """
			MATCH (p:Partner)-[:OFFERS]->(o:Offer) WHERE p.id IN $ids
			RETURN %s AS offer
			""".formatted(PROJECTION);

	private static final String BY_IDS = """
			MATCH (p:Partner)-[:OFFERS]->(o:Offer) WHERE o.id IN $ids
			RETURN %s AS offer
			""".formatted(PROJECTION);

	private final Neo4jClient client;

	OfferRepository(Neo4jClient client) {
		this.client = client;
	}

	/** Offers of each partner, by title; every requested partner id is a key. */
	public Map<String, List<OfferView>> findViewsByPartners(Collection<String> partnerIds) {
		List<OfferView> offers = new ArrayList<>(fetch(BY_PARTNERS, partnerIds));
		offers.sort(BY_TITLE);
		return Records.groupBy(partnerIds, offers, OfferView::partnerId);
	}

	/** Offers with these ids; unknown ids are skipped. */
	public List<OfferView> findViewsByIds(Collection<String> ids) {
		return fetch(BY_IDS, ids);
	}

	private List<OfferView> fetch(String cypher, Collection<String> ids) {
		return List.copyOf(this.client.query(cypher).bind(List.copyOf(ids)).to("ids").fetchAs(OfferView.class)
			.mappedBy((types, record) -> toView(record.get("offer"))).all());
	}

	private static OfferView toView(Value o) {
		List<String> areas = new ArrayList<>();
		List<String> countries = new ArrayList<>();
		List<String> regions = new ArrayList<>();
		for (Value link : o.get("links").values()) {
			String code = link.get(1).asString();
			switch (link.get(0).asString()) {
				case "IN_AREA" -> areas.add(code);
				case "SERVES_COUNTRY" -> countries.add(code);
				default -> regions.add(code);
			}
		}
		areas.sort(Comparator.naturalOrder());
		countries.sort(Comparator.naturalOrder());
		regions.sort(Comparator.naturalOrder());
		return new OfferView(o.get("id").asString(), o.get("version").asLong(0), o.get("partnerId").asString(), o.get("title").asString(),
				Records.string(o.get("description")), Records.enumOf(SupportKind.class, o.get("kind")),
				o.get("amount").asDouble(), o.get("unit").asString(), o.get("capacity").asInt(),
				Records.date(o.get("availableFrom")), Records.date(o.get("availableUntil")),
				Records.strings(o.get("languages")), Records.enumOf(OfferStatus.class, o.get("status")),
				areas, countries, regions);
	}

}
