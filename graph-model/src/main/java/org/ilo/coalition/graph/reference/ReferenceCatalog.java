package org.ilo.coalition.graph.reference;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.country.Region;
import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.indicator.IndicatorSeries;
import org.ilo.coalition.graph.taxonomy.Expertise;
import org.ilo.coalition.graph.taxonomy.FunctionalArea;
import org.ilo.coalition.graph.taxonomy.PriorityProgramme;
import org.ilo.coalition.graph.taxonomy.ThematicArea;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * An in-memory snapshot of the reference data (regions, countries, taxonomies, indicators).
 *
 * <p>Reference data is small (a few hundred nodes) and changes only when the secretariat curates it, so nested
 * GraphQL fields such as a partner's country or an offer's thematic areas resolve from memory instead of costing a
 * Cypher statement per level. Call {@link #refresh()} after changing reference data.
 *
 * <p>The snapshot is read with one statement rather than one per kind: it is read at start-up, where every first
 * statement is planned on a cold JVM.
 */
@Component
public class ReferenceCatalog {

	static final String SNAPSHOT = """
			RETURN COLLECT { MATCH (r:Region) RETURN r {.code, .name} } AS regions,
			       COLLECT { MATCH (a:ThematicArea) RETURN a {.code, .name, .description, .paragraphs} } AS thematicAreas,
			       COLLECT { MATCH (c:Country)
			                 RETURN c {.iso3, .iso2, .name, .memberState,
			                           region: COLLECT { MATCH (c)-[:IN_REGION]->(r:Region) RETURN r.code }} } AS countries,
			       COLLECT { MATCH (f:FunctionalArea) RETURN f {.code, .name, .description} } AS functionalAreas,
			       COLLECT { MATCH (p:PriorityProgramme) RETURN p {.code, .name, .description} } AS programmes,
			       COLLECT { MATCH (e:Expertise)
			                 RETURN e {.code, .name, .description,
			                           areas: COLLECT { MATCH (e)-[:IN_AREA]->(a:ThematicArea) RETURN a.code }} } AS expertise,
			       COLLECT { MATCH (i:Indicator)
			                 RETURN i {.code, .name,
			                           area: COLLECT { MATCH (i)-[:MEASURES]->(a:ThematicArea) RETURN a.code },
			                           series: COLLECT { MATCH (s:IndicatorSeries)-[:SERIES_OF]->(i)
			                                             RETURN s {.id, .name, .unit, .higherIsWorse, .thresholds, .headline}
			                                             ORDER BY s.position } } } AS indicators
			""";

	private final Driver driver;

	private volatile Snapshot snapshot;

	public ReferenceCatalog(Driver driver) {
		this.driver = driver;
	}

	/** Reloads the snapshot from the graph. */
	public void refresh() {
		Record row;
		try (Session session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(
				org.neo4j.driver.AccessMode.READ).build())) {
			row = session.executeRead((tx) -> tx.run(SNAPSHOT).single());
		}
		Map<String, Region> regions = index(row.get("regions").asList((v) -> new Region(text(v, "code"), text(v, "name"))),
				Region::code, Comparator.comparing(Region::code));
		Map<String, ThematicArea> areas = index(row.get("thematicAreas").asList((v) -> new ThematicArea(text(v, "code"),
				text(v, "name"), text(v, "description"), text(v, "paragraphs"))), ThematicArea::code,
				Comparator.comparing(ThematicArea::code));
		this.snapshot = new Snapshot(regions,
				index(row.get("countries").asList((v) -> new Country(text(v, "iso3"), text(v, "iso2"), text(v, "name"),
						v.get("memberState").asBoolean(false), first(v.get("region"), regions))),
						Country::iso3, Comparator.comparing(Country::name).thenComparing(Country::iso3)),
				areas,
				index(row.get("functionalAreas").asList((v) -> new FunctionalArea(text(v, "code"), text(v, "name"),
						text(v, "description"))), FunctionalArea::code, Comparator.comparing(FunctionalArea::code)),
				index(row.get("programmes").asList((v) -> new PriorityProgramme(text(v, "code"), text(v, "name"),
						text(v, "description"))), PriorityProgramme::code, Comparator.comparing(PriorityProgramme::code)),
				index(row.get("expertise").asList((v) -> new Expertise(text(v, "code"), text(v, "name"),
						text(v, "description"), v.get("areas").asList(Value::asString).stream().sorted().map(areas::get)
							.filter(java.util.Objects::nonNull).toList())),
						Expertise::code, Comparator.comparing(Expertise::code)),
				index(row.get("indicators").asList((v) -> new Indicator(text(v, "code"), text(v, "name"),
						first(v.get("area"), areas), v.get("series").asList((s) -> new IndicatorSeries(text(s, "id"),
								text(v, "code"), text(s, "name"), text(s, "unit"), s.get("higherIsWorse").asBoolean(false),
								s.get("thresholds").isNull() ? List.of() : s.get("thresholds").asList(Value::asDouble),
								s.get("headline").isNull() ? List.of() : s.get("headline").asList(Value::asString))))),
						Indicator::code, Comparator.comparing(Indicator::code)));
	}

	private static String text(Value map, String key) {
		Value value = map.get(key);
		return value.isNull() ? null : value.asString();
	}

	private static <T> T first(Value codes, Map<String, T> byCode) {
		return codes.asList(Value::asString).stream().sorted().map(byCode::get).filter(java.util.Objects::nonNull)
			.findFirst().orElse(null);
	}

	private Snapshot snapshot() {
		Snapshot current = this.snapshot;
		if (current == null) {
			synchronized (this) {
				if (this.snapshot == null) {
					refresh();
				}
				current = this.snapshot;
			}
		}
		return current;
	}

	private static <T> Map<String, T> index(Collection<T> items, Function<T, String> key, Comparator<T> order) {
		return items.stream().sorted(order).collect(Collectors.toMap(key, Function.identity(), (a, b) -> a,
				LinkedHashMap::new));
	}

	public List<Region> regions() {
		return List.copyOf(snapshot().regions().values());
	}

	public Optional<Region> region(String code) {
		return Optional.ofNullable(snapshot().regions().get(code));
	}

	/** All countries ordered by name, then ISO3. */
	public List<Country> countries() {
		return List.copyOf(snapshot().countries().values());
	}

	public Optional<Country> country(String iso3) {
		return Optional.ofNullable(snapshot().countries().get(iso3));
	}

	public List<ThematicArea> thematicAreas() {
		return List.copyOf(snapshot().thematicAreas().values());
	}

	public Optional<ThematicArea> thematicArea(String code) {
		return Optional.ofNullable(snapshot().thematicAreas().get(code));
	}

	public List<FunctionalArea> functionalAreas() {
		return List.copyOf(snapshot().functionalAreas().values());
	}

	public Optional<FunctionalArea> functionalArea(String code) {
		return Optional.ofNullable(snapshot().functionalAreas().get(code));
	}

	public List<PriorityProgramme> priorityProgrammes() {
		return List.copyOf(snapshot().programmes().values());
	}

	public Optional<PriorityProgramme> priorityProgramme(String code) {
		return Optional.ofNullable(snapshot().programmes().get(code));
	}

	public List<Expertise> expertise() {
		return List.copyOf(snapshot().expertise().values());
	}

	public Optional<Expertise> expertise(String code) {
		return Optional.ofNullable(snapshot().expertise().get(code));
	}

	public List<Indicator> indicators() {
		return List.copyOf(snapshot().indicators().values());
	}

	public Optional<Indicator> indicator(String code) {
		return Optional.ofNullable(snapshot().indicators().get(code));
	}

	/** Resolves codes in order, skipping any that the catalog does not know. */
	public <T> List<T> resolve(Collection<String> codes, Function<String, Optional<T>> lookup) {
		return codes.stream().map(lookup).flatMap(Optional::stream).toList();
	}

	private record Snapshot(Map<String, Region> regions, Map<String, Country> countries,
			Map<String, ThematicArea> thematicAreas, Map<String, FunctionalArea> functionalAreas,
			Map<String, PriorityProgramme> programmes, Map<String, Expertise> expertise,
			Map<String, Indicator> indicators) {
	}

}
