package org.ilo.coalition.graph.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.ilo.coalition.graph.cypher.Where;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.report.ResourcesMobilized.Mobilized;
import org.ilo.coalition.graph.report.ResourcesMobilized.PartnerKindMobilized;
import org.ilo.coalition.graph.report.ResourcesMobilized.TripartiteShare;
import org.ilo.coalition.graph.report.ResourcesMobilized.UnitMobilized;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resources-mobilized report (docs/reports.md): one statement reads every confirmed (or later) match that passes
 * the filters, with its confirmation time, what it holds and its deliveries; the period and the sums by support kind,
 * partner kind, region and unit are applied here, regions and names from the reference catalog.
 */
@Component
public class ResourcesMobilizedReport {

	/** States of a match that both parties confirmed, whatever became of it since (as coverage's "confirmed"). */
	static final List<String> CONFIRMED = List.of("CONFIRMED", "IN_DELIVERY", "DELIVERED", "CANCELLED");

	// Matches that hold part of their request (ActiveMatch: a cancelled one without deliveries holds nothing and has
	// lost the label). The period is applied in Java, because a match counts for its confirmation in the period or for
	// a delivery in it, which may fall in different periods.
	private static final String MATCHES = """
			MATCH (c:Country)<-[:FOR_COUNTRY]-(r:SupportRequest)<-[:FOR_REQUEST]-(m:ActiveMatch)-[:FROM_PARTNER]->(p:Partner)
			WHERE m.matchStatus IN $confirmed AND $$filter
			RETURN r.kind AS kind, r.unit AS unit, c.iso3 AS country, p.kind AS partnerKind,
			       coalesce(m.heldAmount, 0.0) AS held, coalesce(m.confirmedAt, m.decidedAt) AS confirmedAt,
			       COLLECT { MATCH (m)-[:HAS_DELIVERY]->(d:Delivery) RETURN {amount: d.amount, on: d.deliveredOn} }
			         AS deliveries
			""";

	private static final Map<String, String> SUPPORT_KIND_NAMES = Map.of("FUNDING", "Funding", "TECHNICAL_ASSISTANCE",
			"Technical assistance", "TRAINING", "Training", "KNOWLEDGE", "Knowledge products", "DIALOGUE_FACILITATION",
			"Dialogue facilitation");

	private final Neo4jClient client;

	private final ReferenceCatalog catalog;

	public ResourcesMobilizedReport(Neo4jClient client, ReferenceCatalog catalog) {
		this.client = client;
		this.catalog = catalog;
	}

	/** The report for these criteria. */
	@Transactional(readOnly = true)
	public ResourcesMobilized mobilized(ResourcesMobilizedQuery query) {
		Where where = RequestFilters.byPlaceAndArea(query.countries(), query.regions(), query.thematicAreas())
			.and("partnerKinds", RequestFilters.nullIfEmpty(query.partnerKinds()), "p.kind IN $partnerKinds");
		Map<String, Object> parameters = new HashMap<>(where.parameters());
		parameters.put("confirmed", CONFIRMED);
		List<MatchRow> matches = this.client.query(MATCHES.replace("$$filter", where.conditions()))
			.bindAll(parameters)
			.fetch()
			.all()
			.stream()
			.map(ResourcesMobilizedReport::matchRow)
			.toList();
		return aggregate(query, matches);
	}

	/** Applies the period and sums the matches by breakdown and unit. */
	ResourcesMobilized aggregate(ResourcesMobilizedQuery query, List<MatchRow> matches) {
		Instant since = query.from() == null ? null : query.from().atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant until = query.to() == null ? null : query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		Map<List<String>, Sums> byKind = new TreeMap<>(BY_CODES);
		Map<List<String>, Sums> byPartnerKind = new TreeMap<>(BY_CODES);
		Map<List<String>, Sums> byRegion = new TreeMap<>(BY_CODES);
		Map<List<String>, Sums> total = new TreeMap<>(BY_CODES);
		Map<List<String>, Sums> tripartite = new TreeMap<>(BY_CODES);
		for (MatchRow match : matches) {
			// A match without a confirmation time counts only when the period is open on both ends.
			boolean confirmedIn = (since == null && until == null) || (match.confirmedAt() != null
					&& (since == null || !match.confirmedAt().isBefore(since))
					&& (until == null || match.confirmedAt().isBefore(until)));
			double delivered = 0;
			boolean deliveredIn = false;
			for (Delivery d : match.deliveries()) {
				if ((query.from() == null || !d.on().isBefore(query.from()))
						&& (query.to() == null || !d.on().isAfter(query.to()))) {
					delivered += d.amount();
					deliveredIn = true;
				}
			}
			if (!confirmedIn && !deliveredIn) {
				continue;
			}
			double confirmed = confirmedIn ? match.held() : 0;
			String region = region(match.country());
			add(byKind, List.of(match.kind(), match.unit()), confirmedIn, confirmed, deliveredIn, delivered);
			add(byPartnerKind, List.of(match.partnerKind(), match.unit()), confirmedIn, confirmed, deliveredIn,
					delivered);
			add(byRegion, List.of(region, match.unit()), confirmedIn, confirmed, deliveredIn, delivered);
			add(total, List.of(match.unit()), confirmedIn, confirmed, deliveredIn, delivered);
			if (tripartite(match.partnerKind())) {
				add(tripartite, List.of(match.unit()), confirmedIn, confirmed, deliveredIn, delivered);
			}
		}
		List<TripartiteShare> shares = new ArrayList<>();
		total.forEach((unit, all) -> {
			Sums t = tripartite.getOrDefault(unit, new Sums());
			shares.add(new TripartiteShare(unit.get(0), t.confirmed, t.delivered, t.confirmedMatches,
					t.deliveredMatches, share(t.confirmed, all.confirmed), share(t.delivered, all.delivered)));
		});
		return new ResourcesMobilized(query.from(), query.to(),
				rows(byKind, (code) -> SUPPORT_KIND_NAMES.getOrDefault(code, code)),
				byPartnerKind.entrySet().stream().map((e) -> {
					String code = e.getKey().get(0);
					Sums s = e.getValue();
					return new PartnerKindMobilized(code, CoverageReports.KIND_NAMES.getOrDefault(code, code),
							tripartite(code), e.getKey().get(1), s.confirmed, s.delivered, s.confirmedMatches,
							s.deliveredMatches);
				}).toList(),
				rows(byRegion, (code) -> this.catalog.region(code).map((r) -> r.name()).orElse("None")),
				total.entrySet().stream().map((e) -> new UnitMobilized(e.getKey().get(0), e.getValue().confirmed,
						e.getValue().delivered, e.getValue().confirmedMatches, e.getValue().deliveredMatches)).toList(),
				shares);
	}

	/** Governments, employers' and workers' organizations: the ILO's constituents ({@link PartnerKind}). */
	static boolean tripartite(String partnerKind) {
		for (PartnerKind kind : PartnerKind.values()) {
			if (kind.name().equals(partnerKind)) {
				return kind.isConstituent();
			}
		}
		return false;
	}

	private static List<Mobilized> rows(Map<List<String>, Sums> sums, Function<String, String> name) {
		return sums.entrySet().stream().map((e) -> new Mobilized(e.getKey().get(0), name.apply(e.getKey().get(0)),
				e.getKey().get(1), e.getValue().confirmed, e.getValue().delivered, e.getValue().confirmedMatches,
				e.getValue().deliveredMatches)).toList();
	}

	private static void add(Map<List<String>, Sums> sums, List<String> key, boolean confirmedIn, double confirmed,
			boolean deliveredIn, double delivered) {
		Sums s = sums.computeIfAbsent(key, (k) -> new Sums());
		s.confirmed += confirmed;
		s.confirmedMatches += confirmedIn ? 1 : 0;
		s.delivered += delivered;
		s.deliveredMatches += deliveredIn ? 1 : 0;
	}

	private static Double share(double part, double whole) {
		return whole > 0 ? part / whole : null;
	}

	private String region(String iso3) {
		return this.catalog.country(iso3)
			.map((c) -> c.region() == null ? CoverageReports.NONE : c.region().code())
			.orElse(CoverageReports.NONE);
	}

	private static final Comparator<List<String>> BY_CODES = (a, b) -> {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = String.valueOf(a.get(i)).compareTo(String.valueOf(b.get(i)));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	};


	private static MatchRow matchRow(Map<String, Object> r) {
		List<Delivery> deliveries = new ArrayList<>();
		for (Object item : (List<?>) r.get("deliveries")) {
			Map<?, ?> d = (Map<?, ?>) item;
			deliveries.add(new Delivery(((Number) d.get("amount")).doubleValue(), (LocalDate) d.get("on")));
		}
		Object confirmedAt = r.get("confirmedAt");
		return new MatchRow((String) r.get("kind"), (String) r.get("unit"), (String) r.get("country"),
				(String) r.get("partnerKind"), ((Number) r.get("held")).doubleValue(),
				confirmedAt == null ? null : Instant.from((TemporalAccessor) confirmedAt), deliveries);
	}

	/** A delivery: its amount (in the match's unit) and the day it was made. */
	record Delivery(double amount, LocalDate on) {
	}

	/** A confirmed (or later) match as the statement reads it; {@code confirmedAt} may be null. */
	record MatchRow(String kind, String unit, String country, String partnerKind, double held, Instant confirmedAt,
			List<Delivery> deliveries) {
	}

	/** The sums of one breakdown value in one unit. */
	private static final class Sums {

		private double confirmed;

		private double delivered;

		private int confirmedMatches;

		private int deliveredMatches;

	}

}
