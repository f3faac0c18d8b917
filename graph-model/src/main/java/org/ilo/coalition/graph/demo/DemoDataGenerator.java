package org.ilo.coalition.graph.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.ilo.coalition.graph.demo.DemoDataPlan.ObjectivePlan;
import org.ilo.coalition.graph.demo.DemoDataPlan.OfferPlan;
import org.ilo.coalition.graph.demo.DemoDataPlan.PartnerPlan;
import org.ilo.coalition.graph.demo.DemoDataPlan.RequestPlan;
import org.ilo.coalition.graph.demo.DemoDataPlan.StrategyPlan;
import org.ilo.coalition.graph.demo.DemoDataPlan.WorkStreamPlan;
import org.ilo.coalition.graph.demo.ReferenceSnapshot.CountryRef;
import org.ilo.coalition.graph.demo.ReferenceSnapshot.DeficitRef;
import org.ilo.coalition.graph.demo.ReferenceSnapshot.ExpertiseRef;
import org.ilo.coalition.graph.demo.ReferenceSnapshot.IndicatorRef;
import org.ilo.coalition.graph.indicator.LatestSeverity;
import org.ilo.coalition.graph.partner.PartnerNames;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.summary.SummaryCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes a fictional but plausible coalition (partners, offers, national strategies, support requests and work
 * streams, every node flagged {@code demo: true}) over the reference data and the real deficit observations already in
 * the graph, the same graph for the same seed and data. Objectives address the indicators their country's observations
 * show most severe; observations are only read, never written or deleted.
 *
 * <p>Rows are built in memory first, then written label by label and relationship type by relationship type, each
 * relationship statement matching its two ends by their unique keys. Every batch is its own transaction: a run that
 * fails halfway leaves the batches written so far, and the generator then refuses to run again until they are
 * removed. A relationship that cannot find one of its ends fails the run rather than being silently dropped.
 */
@Component
public class DemoDataGenerator {

	/** The instant that dates and timestamps of the demo data are relative to, unless another one is given. */
	public static final Instant REFERENCE_INSTANT = Instant.parse("2026-01-01T00:00:00Z");

	/** Rows per {@code UNWIND} statement. */
	static final int BATCH_SIZE = 5_000;

	private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);

	private final Neo4jClient neo4jClient;

	public DemoDataGenerator(Neo4jClient neo4jClient) {
		this.neo4jClient = neo4jClient;
	}

	/**
	 * Whether the graph already holds nodes of any kind this generator writes, partners above all; deficit
	 * observations do not count, since real ones are loaded before demo data.
	 */
	public boolean hasData() {
		return existingCount() > 0;
	}

	/** Generates demo data relative to {@link #REFERENCE_INSTANT}. */
	public DemoDataReport generate(DemoDataSize size, long seed) {
		return generate(size, seed, REFERENCE_INSTANT);
	}

	/**
	 * Generates demo data of {@code size} from {@code seed}, with creation timestamps before and deadlines after
	 * {@code referenceInstant}.
	 *
	 * @throws IllegalStateException when the graph already holds generated nodes or lacks reference data
	 */
	public DemoDataReport generate(DemoDataSize size, long seed, Instant referenceInstant) {
		return generate(size, seed, referenceInstant, BATCH_SIZE);
	}

	/** The same, {@code batchSize} rows per statement (1 for the benchmark of what batching saves). */
	DemoDataReport generate(DemoDataSize size, long seed, Instant referenceInstant, int batchSize) {
		Objects.requireNonNull(size, "size");
		Objects.requireNonNull(referenceInstant, "referenceInstant");
		long started = System.nanoTime();
		long existing = existingCount();
		if (existing > 0) {
			throw new IllegalStateException(("The graph already holds %d partner, offer, strategy, objective, request or "
					+ "work-stream nodes; demo data is never written over existing data").formatted(existing));
		}
		ReferenceSnapshot reference = readReference();
		if (size.strategies() > reference.countries().size()) {
			log.warn("Asked for {} national strategies but the graph has {} member States; writing one per member State",
					size.strategies(), reference.countries().size());
		}
		DemoDataPlan plan = DemoDataPlanner.plan(reference, size, seed, referenceInstant);
		long planned = System.nanoTime();
		Writer writer = new Writer(batchSize);
		writeNodes(writer, plan);
		writeRelationships(writer, plan);
		long elapsed = (System.nanoTime() - started) / 1_000_000;
		log.info("Generated demo data (seed {}, {} rows per statement) in {} ms, {} ms of it planning: {} nodes {}, relationships {}", seed,
				batchSize, elapsed, (planned - started) / 1_000_000, writer.nodes.values().stream().mapToLong(Long::longValue).sum(),
				writer.nodes, writer.relationships);
		return new DemoDataReport(writer.nodes, writer.relationships, elapsed);
	}

	private long existingCount() {
		return this.neo4jClient.query("""
				MATCH (n)
				WHERE n:Partner OR n:Offer OR n:NationalStrategy OR n:Objective OR n:SupportRequest OR n:WorkStream
				RETURN count(n) AS existing
				""").fetchAs(Long.class).one().orElse(0L);
	}

	ReferenceSnapshot readReference() {
		// A member State's current deficit per indicator: its latest observation with a severity, the more severe of
		// two from the same year (8.8.1 fatal and non-fatal injuries), by the severity rule (LatestSeverity).
		List<CountryRef> countries = List.copyOf(this.neo4jClient.query("""
				MATCH (c:Country {memberState: true})-[:IN_REGION]->(r:Region)
				RETURN c.iso3 AS iso3, c.name AS name, r.code AS region,
				       COLLECT {
				         MATCH (i:Indicator)
				         WITH i, $$latest AS latest
				         WHERE latest IS NOT NULL
				         OPTIONAL MATCH (i)<-[:SERIES_OF]-(s:IndicatorSeries {id: latest.series})
				         RETURN latest {indicator: i.code, .series, .year, .value, .severity, seriesName: s.name,
				                        unit: s.unit}
				       } AS deficits
				ORDER BY iso3
				""".replace("$$latest", LatestSeverity.OBSERVATION)).fetchAs(CountryRef.class).mappedBy((types, row) -> {
			Map<String, DeficitRef> deficits = new HashMap<>();
			for (Value d : row.get("deficits").values()) {
				deficits.put(d.get("indicator").asString(), new DeficitRef(d.get("series").asString(null),
						d.get("seriesName").asString(null), d.get("unit").asString(null), d.get("year").asInt(),
						d.get("value").asDouble(), d.get("severity").asInt()));
			}
			return new CountryRef(row.get("iso3").asString(), row.get("name").asString(), row.get("region").asString(),
					deficits);
		}).all());
		List<ExpertiseRef> expertise = List.copyOf(this.neo4jClient.query("""
				MATCH (e:Expertise)-[:IN_AREA]->(a:ThematicArea)
				WITH e, a ORDER BY a.code
				RETURN e.code AS code, collect(a.code) AS areas
				ORDER BY code
				""").fetchAs(ExpertiseRef.class)
			.mappedBy((types, row) -> new ExpertiseRef(row.get("code").asString(),
					row.get("areas").asList((v) -> v.asString())))
			.all());
		List<IndicatorRef> indicators = List.copyOf(this.neo4jClient.query("""
				MATCH (i:Indicator)-[:MEASURES]->(a:ThematicArea)
				RETURN i.code AS code, i.name AS name, min(a.code) AS area
				ORDER BY code
				""").fetchAs(IndicatorRef.class)
			.mappedBy((types, row) -> new IndicatorRef(row.get("code").asString(), row.get("name").asString(null),
					row.get("area").asString()))
			.all());
		return new ReferenceSnapshot(countries, codes("Region"), codes("ThematicArea"), codes("FunctionalArea"),
				codes("PriorityProgramme"), expertise, indicators);
	}

	private List<String> codes(String label) {
		String cypher = switch (label) {
			case "Region" -> "MATCH (n:Region) RETURN n.code AS code ORDER BY code";
			case "ThematicArea" -> "MATCH (n:ThematicArea) RETURN n.code AS code ORDER BY code";
			case "FunctionalArea" -> "MATCH (n:FunctionalArea) RETURN n.code AS code ORDER BY code";
			case "PriorityProgramme" -> "MATCH (n:PriorityProgramme) RETURN n.code AS code ORDER BY code";
			default -> throw new IllegalArgumentException(label);
		};
		return List.copyOf(this.neo4jClient.query(cypher).fetchAs(String.class).all());
	}

	private void writeNodes(Writer writer, DemoDataPlan plan) {
		writer.nodes("Partner", """
				UNWIND $rows AS row
				CREATE (n:Partner)
				SET n = row
				""", plan.partners(), DemoDataGenerator::partnerRow);
		writer.nodes("Offer", """
				UNWIND $rows AS row
				CREATE (n:Offer)
				SET n = row
				""", plan.offers(), DemoDataGenerator::offerRow);
		writer.nodes("NationalStrategy", """
				UNWIND $rows AS row
				CREATE (n:NationalStrategy)
				SET n = row
				""", plan.strategies(), DemoDataGenerator::strategyRow);
		writer.nodes("Objective", """
				UNWIND $rows AS row
				CREATE (n:Objective)
				SET n = row
				""", plan.objectives(), DemoDataGenerator::objectiveRow);
		writer.nodes("SupportRequest", """
				UNWIND $rows AS row
				CREATE (n:SupportRequest)
				SET n = row
				""", plan.requests(), DemoDataGenerator::requestRow);
		writer.nodes("WorkStream", """
				UNWIND $rows AS row
				CREATE (n:WorkStream)
				SET n = row
				""", plan.workStreams(), DemoDataGenerator::workStreamRow);
	}

	private void writeRelationships(Writer writer, DemoDataPlan plan) {
		List<Link> basedIn = new ArrayList<>();
		List<Link> hasExpertise = new ArrayList<>();
		List<Link> contributesTo = new ArrayList<>();
		for (PartnerPlan partner : plan.partners()) {
			basedIn.add(new Link(partner.id(), partner.iso3()));
			partner.expertise().forEach((e) -> hasExpertise.add(new Link(partner.id(), e.code(), e.level().name())));
			partner.functionalAreas().forEach((f) -> contributesTo.add(new Link(partner.id(), f)));
		}
		writer.links("BASED_IN", """
				UNWIND $rows AS row
				MATCH (p:Partner {id: row.from})
				MATCH (c:Country {iso3: row.to})
				CREATE (p)-[:BASED_IN]->(c)
				""", basedIn);
		writer.links("HAS_EXPERTISE", """
				UNWIND $rows AS row
				MATCH (p:Partner {id: row.from})
				MATCH (e:Expertise {code: row.to})
				CREATE (p)-[:HAS_EXPERTISE {level: row.level}]->(e)
				""", hasExpertise);
		writer.links("CONTRIBUTES_TO", """
				UNWIND $rows AS row
				MATCH (p:Partner {id: row.from})
				MATCH (f:FunctionalArea {code: row.to})
				CREATE (p)-[:CONTRIBUTES_TO]->(f)
				""", contributesTo);
		basedIn.clear();
		hasExpertise.clear();
		contributesTo.clear();

		List<Link> offers = new ArrayList<>();
		List<Link> offerAreas = new ArrayList<>();
		List<Link> servesCountry = new ArrayList<>();
		List<Link> servesRegion = new ArrayList<>();
		for (OfferPlan offer : plan.offers()) {
			offers.add(new Link(offer.partnerId(), offer.id()));
			offer.areas().forEach((a) -> offerAreas.add(new Link(offer.id(), a)));
			offer.countries().forEach((c) -> servesCountry.add(new Link(offer.id(), c)));
			offer.regions().forEach((r) -> servesRegion.add(new Link(offer.id(), r)));
		}
		writer.links("OFFERS", """
				UNWIND $rows AS row
				MATCH (p:Partner {id: row.from})
				MATCH (o:Offer {id: row.to})
				CREATE (p)-[:OFFERS]->(o)
				""", offers);
		writer.links("IN_AREA", """
				UNWIND $rows AS row
				MATCH (o:Offer {id: row.from})
				MATCH (a:ThematicArea {code: row.to})
				CREATE (o)-[:IN_AREA]->(a)
				""", offerAreas);
		writer.links("SERVES_COUNTRY", """
				UNWIND $rows AS row
				MATCH (o:Offer {id: row.from})
				MATCH (c:Country {iso3: row.to})
				CREATE (o)-[:SERVES_COUNTRY]->(c)
				""", servesCountry);
		writer.links("SERVES_REGION", """
				UNWIND $rows AS row
				MATCH (o:Offer {id: row.from})
				MATCH (r:Region {code: row.to})
				CREATE (o)-[:SERVES_REGION]->(r)
				""", servesRegion);
		offers.clear();
		offerAreas.clear();
		servesCountry.clear();
		servesRegion.clear();

		List<Link> strategyCountry = plan.strategies().stream().map((s) -> new Link(s.id(), s.iso3())).toList();
		writer.links("FOR_COUNTRY", """
				UNWIND $rows AS row
				MATCH (s:NationalStrategy {id: row.from})
				MATCH (c:Country {iso3: row.to})
				CREATE (s)-[:FOR_COUNTRY]->(c)
				""", strategyCountry);
		List<Link> hasObjective = new ArrayList<>();
		List<Link> addresses = new ArrayList<>();
		List<Link> needsExpertise = new ArrayList<>();
		List<Link> alignedWith = new ArrayList<>();
		for (ObjectivePlan objective : plan.objectives()) {
			hasObjective.add(new Link(objective.strategyId(), objective.id()));
			objective.indicators().forEach((i) -> addresses.add(new Link(objective.id(), i)));
			objective.expertise().forEach((e) -> needsExpertise.add(new Link(objective.id(), e)));
			objective.programmes().forEach((p) -> alignedWith.add(new Link(objective.id(), p)));
		}
		writer.links("HAS_OBJECTIVE", """
				UNWIND $rows AS row
				MATCH (s:NationalStrategy {id: row.from})
				MATCH (o:Objective {id: row.to})
				CREATE (s)-[:HAS_OBJECTIVE]->(o)
				""", hasObjective);
		writer.links("ADDRESSES", """
				UNWIND $rows AS row
				MATCH (o:Objective {id: row.from})
				MATCH (i:Indicator {code: row.to})
				CREATE (o)-[:ADDRESSES]->(i)
				""", addresses);
		writer.links("NEEDS_EXPERTISE", """
				UNWIND $rows AS row
				MATCH (o:Objective {id: row.from})
				MATCH (e:Expertise {code: row.to})
				CREATE (o)-[:NEEDS_EXPERTISE]->(e)
				""", needsExpertise);
		writer.links("ALIGNED_WITH", """
				UNWIND $rows AS row
				MATCH (o:Objective {id: row.from})
				MATCH (p:PriorityProgramme {code: row.to})
				CREATE (o)-[:ALIGNED_WITH]->(p)
				""", alignedWith);

		List<Link> requestCountry = new ArrayList<>();
		List<Link> requestObjective = new ArrayList<>();
		List<Link> requestAreas = new ArrayList<>();
		for (RequestPlan request : plan.requests()) {
			requestCountry.add(new Link(request.id(), request.iso3()));
			requestObjective.add(new Link(request.id(), request.objectiveId()));
			request.areas().forEach((a) -> requestAreas.add(new Link(request.id(), a)));
		}
		writer.links("FOR_COUNTRY", """
				UNWIND $rows AS row
				MATCH (r:SupportRequest {id: row.from})
				MATCH (c:Country {iso3: row.to})
				CREATE (r)-[:FOR_COUNTRY]->(c)
				""", requestCountry);
		writer.links("FOR_OBJECTIVE", """
				UNWIND $rows AS row
				MATCH (r:SupportRequest {id: row.from})
				MATCH (o:Objective {id: row.to})
				CREATE (r)-[:FOR_OBJECTIVE]->(o)
				""", requestObjective);
		writer.links("IN_AREA", """
				UNWIND $rows AS row
				MATCH (r:SupportRequest {id: row.from})
				MATCH (a:ThematicArea {code: row.to})
				CREATE (r)-[:IN_AREA]->(a)
				""", requestAreas);

		List<Link> onProgramme = new ArrayList<>();
		List<Link> leads = new ArrayList<>();
		List<Link> supports = new ArrayList<>();
		for (WorkStreamPlan workStream : plan.workStreams()) {
			onProgramme.add(new Link(workStream.id(), workStream.programme()));
			leads.add(new Link(workStream.lead(), workStream.id()));
			workStream.supporters().forEach((p) -> supports.add(new Link(p, workStream.id())));
		}
		writer.links("ON_PROGRAMME", """
				UNWIND $rows AS row
				MATCH (w:WorkStream {id: row.from})
				MATCH (p:PriorityProgramme {code: row.to})
				CREATE (w)-[:ON_PROGRAMME]->(p)
				""", onProgramme);
		writer.links("LEADS", """
				UNWIND $rows AS row
				MATCH (p:Partner {id: row.from})
				MATCH (w:WorkStream {id: row.to})
				CREATE (p)-[:LEADS]->(w)
				""", leads);
		writer.links("SUPPORTS", """
				UNWIND $rows AS row
				MATCH (p:Partner {id: row.from})
				MATCH (w:WorkStream {id: row.to})
				CREATE (p)-[:SUPPORTS]->(w)
				""", supports);
	}

	private static Map<String, Object> partnerRow(PartnerPlan p) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", p.id());
		row.put("version", 0L);
		row.put("name", p.name());
		row.put("normalizedName", PartnerNames.normalize(p.name()));
		row.put("dedupKey", PartnerNames.dedupKey(p.name(), p.iso3()));
		row.put("kind", p.kind().name());
		row.put("constituent", p.kind().isConstituent());
		row.put("membershipStatus", p.membershipStatus().name());
		row.put("verified", p.verified());
		row.put("languages", p.languages());
		row.put("description", p.description());
		row.put("website", p.website());
		row.put("demo", true);
		row.put("createdAt", p.createdAt());
		return row;
	}

	private static Map<String, Object> offerRow(OfferPlan o) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", o.id());
		row.put("version", 0L);
		row.put("title", o.title());
		row.put("description", o.description());
		row.put("kind", o.kind().name());
		row.put("amount", o.amount());
		row.put("unit", o.unit());
		row.put("capacity", (long) o.capacity());
		row.put("availableFrom", o.availableFrom());
		row.put("availableUntil", o.availableUntil());
		row.put("languages", o.languages());
		row.put("status", o.status().name());
		row.put("demo", true);
		return row;
	}

	private static Map<String, Object> strategyRow(StrategyPlan s) {
		return Map.of("id", s.id(), "version", 0L, "title", s.title(), "summary", s.summary(), "dialogueDate",
				s.dialogueDate(), "periodStart", (long) s.periodStart(), "periodEnd", (long) s.periodEnd(), "demo", true);
	}

	private static Map<String, Object> objectiveRow(ObjectivePlan o) {
		return Map.of("id", o.id(), "title", o.title(), "description", o.description(), "supportKinds",
				o.supportKinds().stream().map(Enum::name).toList(), "alignedWithCooperationFramework",
				o.alignedWithCooperationFramework(), "demo", true);
	}

	private static Map<String, Object> requestRow(RequestPlan r) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", r.id());
		row.put("version", 0L);
		row.put("title", r.title());
		row.put("description", r.description());
		row.put("kind", r.kind().name());
		row.put("amount", r.amount());
		row.put("unit", r.unit());
		row.put("language", r.language());
		row.put("deadline", r.deadline());
		row.put("status", r.status().name());
		row.put("createdAt", r.createdAt());
		row.put("demo", true);
		return row;
	}

	private static Map<String, Object> workStreamRow(WorkStreamPlan w) {
		return Map.of("id", w.id(), "version", 0L, "name", w.name(), "description", w.description(), "demo", true);
	}

	/** The two keys of a relationship's ends and, for {@code HAS_EXPERTISE}, its level. */
	private record Link(String from, String to, String level) {

		Link(String from, String to) {
			this(from, to, null);
		}

		Map<String, Object> row() {
			return this.level == null ? Map.of("from", this.from, "to", this.to)
					: Map.of("from", this.from, "to", this.to, "level", this.level);
		}

	}

	/** Sends rows in batches or one by one and checks that the database created one element per row. */
	private final class Writer {

		private final int batchSize;

		private final Map<String, Long> nodes = new LinkedHashMap<>();

		private final Map<String, Long> relationships = new LinkedHashMap<>();

		Writer(int batchSize) {
			this.batchSize = batchSize;
		}

		<T> void nodes(String label, String cypher, List<T> items, Function<T, Map<String, Object>> toRow) {
			long created = write(label, cypher, items, toRow, SummaryCounters::nodesCreated);
			this.nodes.merge(label, created, Long::sum);
		}

		void links(String type, String cypher, List<Link> links) {
			long created = write(type, cypher, links, Link::row, SummaryCounters::relationshipsCreated);
			this.relationships.merge(type, created, Long::sum);
		}

		private <T> long write(String what, String cypher, List<T> items, Function<T, Map<String, Object>> toRow,
				ToIntFunction<SummaryCounters> counter) {
			long started = System.nanoTime();
			long created = 0;
			for (int from = 0; from < items.size(); from += this.batchSize) {
				// Rows are made per batch so that only one batch of maps is alive at a time.
				List<Map<String, Object>> rows = items.subList(from, Math.min(items.size(), from + this.batchSize))
					.stream()
					.map(toRow)
					.toList();
				ResultSummary summary = DemoDataGenerator.this.neo4jClient.query(cypher).bind(rows).to("rows").run();
				created += counter.applyAsInt(summary.counters());
			}
			if (created != items.size()) {
				throw new IllegalStateException("Demo data: %s created %d of %d; an end node is missing from the graph"
					.formatted(what, created, items.size()));
			}
			log.debug("Wrote {} {} in {} ms", created, what, (System.nanoTime() - started) / 1_000_000);
			return created;
		}

	}

}
