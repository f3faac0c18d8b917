package org.ilo.coalition.graph.reference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.country.Region;
import org.ilo.coalition.graph.indicator.DeficitSeverities;
import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.indicator.IndicatorSeries;
import org.ilo.coalition.graph.taxonomy.Expertise;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.driver.summary.SummaryCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges the shipped reference data (regions, member States, taxonomies, indicators) into the graph, so that every
 * start can run it: a second run changes nothing, and an edited resource file updates names, descriptions and links.
 *
 * <p>Each kind of node or relationship is written by one batched {@code UNWIND} statement, and the whole load runs
 * in one transaction, so a failure leaves the previous reference data as it was. Nodes that disappeared from the files
 * are kept, because partners, requests and observations may still point at them; only a country that left the
 * member-state file loses its {@code memberState} flag. Migrations must have run first: the {@code MERGE}s rely on
 * the uniqueness constraints for both speed and safety against concurrent loads.
 */
@Component
public class ReferenceDataLoader {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private static final String MERGE_REGIONS = """
			UNWIND $rows AS row
			MERGE (r:Region {code: row.code})
			SET r.name = row.name
			""";

	private static final String MERGE_COUNTRIES = """
			UNWIND $rows AS row
			MERGE (c:Country {iso3: row.iso3})
			SET c.iso2 = row.iso2, c.name = row.name, c.memberState = true
			""";

	private static final String UNFLAG_FORMER_MEMBER_STATES = """
			MATCH (c:Country {memberState: true})
			WHERE NOT c.iso3 IN $iso3s
			SET c.memberState = false
			""";

	// A country lies in exactly one region, so a link to any other region is what remains of an earlier file.
	private static final String LINK_COUNTRIES_TO_REGIONS = """
			UNWIND $rows AS row
			MATCH (c:Country {iso3: row.iso3})
			MATCH (r:Region {code: row.region})
			WITH c, r, [(c)-[old:IN_REGION]->(other:Region) WHERE other <> r | old] AS stale
			FOREACH (rel IN stale | DELETE rel)
			MERGE (c)-[:IN_REGION]->(r)
			""";

	private static final String MERGE_THEMATIC_AREAS = """
			UNWIND $rows AS row
			MERGE (a:ThematicArea {code: row.code})
			SET a.name = row.name, a.description = row.description, a.paragraphs = row.paragraphs
			""";

	private static final String MERGE_FUNCTIONAL_AREAS = """
			UNWIND $rows AS row
			MERGE (a:FunctionalArea {code: row.code})
			SET a.name = row.name, a.description = row.description
			""";

	private static final String MERGE_PRIORITY_PROGRAMMES = """
			UNWIND $rows AS row
			MERGE (p:PriorityProgramme {code: row.code})
			SET p.name = row.name, p.description = row.description
			""";

	private static final String MERGE_EXPERTISE = """
			UNWIND $rows AS row
			MERGE (e:Expertise {code: row.code})
			SET e.name = row.name, e.description = row.description
			""";

	// IN_AREA also links offers and requests to areas; only the expertise's own links are replaced here.
	private static final String LINK_EXPERTISE_TO_AREAS = """
			UNWIND $rows AS row
			MATCH (e:Expertise {code: row.code})
			WITH e, row, [(e)-[old:IN_AREA]->(a:ThematicArea) WHERE NOT a.code IN row.areas | old] AS stale
			FOREACH (rel IN stale | DELETE rel)
			WITH e, row
			UNWIND row.areas AS areaCode
			MATCH (a:ThematicArea {code: areaCode})
			MERGE (e)-[:IN_AREA]->(a)
			""";

	private static final String MERGE_INDICATORS = """
			UNWIND $rows AS row
			MERGE (i:Indicator {code: row.code})
			SET i.ilostatId = row.ilostatId, i.name = row.name, i.unit = row.unit,
			    i.higherIsWorse = row.higherIsWorse, i.thresholds = row.thresholds
			""";

	// A series keeps its node when it leaves the file: observations may still point at it by id.
	private static final String MERGE_SERIES = """
			UNWIND $rows AS row
			MATCH (i:Indicator {code: row.indicator})
			MERGE (s:IndicatorSeries {id: row.id})
			SET s.name = row.name, s.unit = row.unit, s.higherIsWorse = row.higherIsWorse,
			    s.thresholds = row.thresholds, s.headline = row.headline, s.position = row.position
			WITH s, i, [(s)-[old:SERIES_OF]->(other:Indicator) WHERE other <> i | old] AS stale
			FOREACH (rel IN stale | DELETE rel)
			MERGE (s)-[:SERIES_OF]->(i)
			""";

	private static final String LINK_INDICATORS_TO_AREAS = """
			UNWIND $rows AS row
			MATCH (i:Indicator {code: row.code})
			MATCH (a:ThematicArea {code: row.area})
			WITH i, a, [(i)-[old:MEASURES]->(other:ThematicArea) WHERE other <> a | old] AS stale
			FOREACH (rel IN stale | DELETE rel)
			MERGE (i)-[:MEASURES]->(a)
			""";

	// What was loaded last, so that a start with unchanged files skips the merge (it took seconds of every start).
	private static final String LOADED = """
			OPTIONAL MATCH (m:__ReferenceData {id: 'current'})
			RETURN m.fingerprint AS fingerprint, COUNT { (:Country) } AS countries, COUNT { (:Region) } AS regions,
			       COUNT { (:Expertise) } AS expertise, COUNT { (:Indicator) } AS indicators,
			       COUNT { (:IndicatorSeries)-[:SERIES_OF]->(:Indicator) } AS series
			""";

	private static final String RECORD_LOADED = """
			MERGE (m:__ReferenceData {id: 'current'})
			SET m.fingerprint = $fingerprint, m.loadedAt = datetime()
			""";

	private final Neo4jClient neo4jClient;

	private final DeficitSeverities severities;

	public ReferenceDataLoader(Neo4jClient neo4jClient, DeficitSeverities severities) {
		this.neo4jClient = neo4jClient;
		this.severities = severities;
	}

	/** What the last merge left in the graph: its fingerprint (null if none) and how many nodes of each kind exist. */
	record Stored(String fingerprint, int countries, int regions, int expertise, int indicators, int series) {
	}

	private static boolean isCurrent(ReferenceData data, Stored stored) {
		return fingerprint(data).equals(stored.fingerprint()) && stored.countries() >= data.memberStates().size()
				&& stored.regions() >= data.regions().size() && stored.expertise() >= data.expertise().size()
				&& stored.indicators() >= data.indicators().size()
				&& stored.series() >= data.indicators().stream().mapToInt((i) -> i.series().size()).sum();
	}

	/** Reads the shipped resource files and merges them; a bad file fails before anything is written. */
	@Transactional
	public ReferenceDataSummary load() {
		return load(ReferenceDataReader.read());
	}

	/** Merges {@code data} into the graph, unless exactly this data was the last merged and is still there. */
	@Transactional
	public ReferenceDataSummary load(ReferenceData data) {
		long started = System.nanoTime();
		ReferenceDataSummary summary = new ReferenceDataSummary(data.regions().size(), data.memberStates().size(),
				data.thematicAreas().size(), data.functionalAreas().size(), data.priorityProgrammes().size(),
				data.expertise().size(), data.indicators().size());
		String fingerprint = fingerprint(data);
		Map<String, Object> loaded = this.neo4jClient.query(LOADED).fetch().one().orElseThrow();
		Stored stored = new Stored((String) loaded.get("fingerprint"), ((Number) loaded.get("countries")).intValue(),
				((Number) loaded.get("regions")).intValue(), ((Number) loaded.get("expertise")).intValue(),
				((Number) loaded.get("indicators")).intValue(), ((Number) loaded.get("series")).intValue());
		if (isCurrent(data, stored)) {
			log.info("Reference data unchanged since it was last merged; skipped");
			return summary;
		}
		Writes writes = new Writes();
		List<Region> regions = data.regions();
		writes.add(run(MERGE_REGIONS, "rows", regions.stream()
			.map((r) -> Map.<String, Object>of("code", r.code(), "name", r.name()))
			.toList()));
		List<Map<String, Object>> countries = data.memberStates().stream().map(ReferenceDataLoader::countryRow).toList();
		writes.add(run(MERGE_COUNTRIES, "rows", countries));
		writes.add(run(UNFLAG_FORMER_MEMBER_STATES, "iso3s", data.memberStates().stream().map(Country::iso3).toList()));
		writes.add(run(LINK_COUNTRIES_TO_REGIONS, "rows", countries));
		writes.add(run(MERGE_THEMATIC_AREAS, "rows", data.thematicAreas().stream()
			.map((a) -> Map.<String, Object>of("code", a.code(), "name", a.name(), "description", a.description(),
					"paragraphs", a.paragraphs()))
			.toList()));
		writes.add(run(MERGE_FUNCTIONAL_AREAS, "rows", data.functionalAreas().stream()
			.map((a) -> Map.<String, Object>of("code", a.code(), "name", a.name(), "description", a.description()))
			.toList()));
		writes.add(run(MERGE_PRIORITY_PROGRAMMES, "rows", data.priorityProgrammes().stream()
			.map((p) -> Map.<String, Object>of("code", p.code(), "name", p.name(), "description", p.description()))
			.toList()));
		List<Map<String, Object>> expertise = data.expertise().stream().map(ReferenceDataLoader::expertiseRow).toList();
		writes.add(run(MERGE_EXPERTISE, "rows", expertise));
		writes.add(run(LINK_EXPERTISE_TO_AREAS, "rows", expertise));
		List<Map<String, Object>> indicators = data.indicators().stream().map(ReferenceDataLoader::indicatorRow).toList();
		writes.add(run(MERGE_INDICATORS, "rows", indicators));
		writes.add(run(LINK_INDICATORS_TO_AREAS, "rows", indicators));
		writes.add(run(MERGE_SERIES, "rows", seriesRows(data.indicators())));
		this.severities.recompute();
		this.neo4jClient.query(RECORD_LOADED).bind(fingerprint).to("fingerprint").run();
		log.info("Merged reference data {} in {} ms: {} nodes and {} relationships created, {} relationships deleted, "
				+ "{} properties set", summary, (System.nanoTime() - started) / 1_000_000, writes.nodesCreated,
				writes.relationshipsCreated, writes.relationshipsDeleted, writes.propertiesSet);
		return summary;
	}

	// Records print their components in a fixed order, so equal data gives an equal text and digest.
	static String fingerprint(ReferenceData data) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(data.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ResultSummary run(String cypher, String parameter, List<?> value) {
		return this.neo4jClient.query(cypher).bind(value).to(parameter).run();
	}

	private static Map<String, Object> countryRow(Country country) {
		return Map.of("iso3", country.iso3(), "iso2", country.iso2(), "name", country.name(), "region",
				country.region().code());
	}

	private static Map<String, Object> expertiseRow(Expertise expertise) {
		return Map.of("code", expertise.code(), "name", expertise.name(), "description", expertise.description(),
				"areas", expertise.thematicAreas().stream().map(ThematicArea::code).toList());
	}

	private static List<Map<String, Object>> seriesRows(List<Indicator> indicators) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Indicator indicator : indicators) {
			for (IndicatorSeries series : indicator.series()) {
				rows.add(Map.of("id", series.id(), "indicator", indicator.code(), "name", series.name(), "unit",
						series.unit(), "higherIsWorse", series.higherIsWorse(), "thresholds", series.thresholds(),
						"headline", series.headline(), "position", (long) rows.size()));
			}
		}
		return rows;
	}

	private static Map<String, Object> indicatorRow(Indicator indicator) {
		return Map.of("code", indicator.code(), "ilostatId", indicator.ilostatId(), "name", indicator.name(), "unit",
				indicator.unit(), "higherIsWorse", indicator.higherIsWorse(), "thresholds", indicator.thresholds(),
				"area", indicator.thematicArea().code());
	}

	// SET counts a property as set even when its value is unchanged, so only creations and deletions show real change.
	private static final class Writes {

		private int nodesCreated;

		private int relationshipsCreated;

		private int relationshipsDeleted;

		private int propertiesSet;

		void add(ResultSummary result) {
			SummaryCounters counters = result.counters();
			this.nodesCreated += counters.nodesCreated();
			this.relationshipsCreated += counters.relationshipsCreated();
			this.relationshipsDeleted += counters.relationshipsDeleted();
			this.propertiesSet += counters.propertiesSet();
		}

	}

}
