package org.ilo.coalition.graph.offer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.cypher.KeysetPage;
import org.ilo.coalition.graph.cypher.Where;
import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.paging.Records;
import org.ilo.coalition.graph.paging.ResultPage;
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

	/** The ordering name that offer cursors carry: title, then id (index {@code offer_order}, V0005). */
	public static final String ORDERING = "offer";

	// The total and one page under the same optional filters (Where); the page adds the keyset condition.
	private static final String PAGE = """
			CALL () {
			  MATCH (p:Partner)-[:OFFERS]->(o:Offer) WHERE $$filter
			  RETURN count(o) AS total
			}
			CALL () {
			  MATCH (p:Partner)-[:OFFERS]->(o:Offer) WHERE $$filter AND $$after
			  WITH o, p ORDER BY o.title, o.id LIMIT $limit
			  RETURN collect(%s) AS page
			}
			RETURN total, page
			""".formatted(PROJECTION);

	private static final String AFTER = "(o.title > $afterTitle OR (o.title = $afterTitle AND o.id > $afterId))";

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

	/** One page of offers in (title, id) order after {@code after}, with the total count. */
	public ResultPage<OfferView> findPage(OfferFilter filter, int first, Cursor after) {
		// An offer serves a country named in it or in one of its regions, as the matching reads it.
		Where where = new Where()
			.and("status", filter.status().name(), "o.status = $status")
			.and(filter.admittedOnly(), "p.membershipStatus = 'ADMITTED'")
			.and("kind", filter.kind() == null ? null : filter.kind().name(), "o.kind = $kind")
			.and("area", filter.thematicAreaCode(), "EXISTS { (o)-[:IN_AREA]->(:ThematicArea {code: $area}) }")
			.and("country", filter.countryIso3(), """
					(EXISTS { (o)-[:SERVES_COUNTRY]->(:Country {iso3: $country}) }
					 OR EXISTS { (o)-[:SERVES_REGION]->(:Region)<-[:IN_REGION]-(:Country {iso3: $country}) })""")
			.and("region", filter.regionCode(), """
					(EXISTS { (o)-[:SERVES_REGION]->(:Region {code: $region}) }
					 OR EXISTS { (o)-[:SERVES_COUNTRY]->(:Country)-[:IN_REGION]->(:Region {code: $region}) })""")
			.and("partner", filter.partnerId(), "p.id = $partner");
		return KeysetPage.read(this.client, PAGE, where, AFTER,
				after == null ? Map.of() : Map.of("afterTitle", after.sortKey(), "afterId", after.id()), first,
				OfferRepository::toView);
	}

	/** The cursor that points at {@code offer} in the (title, id) ordering. */
	public static Cursor cursorOf(OfferView offer) {
		return new Cursor(ORDERING, offer.title(), offer.id());
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
