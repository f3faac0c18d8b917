package org.ilo.coalition.graph.strategy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ilo.coalition.graph.paging.Records;
import org.ilo.coalition.graph.taxonomy.SupportKind;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Read queries for national strategies and their objectives, each one statement whatever the number of keys. */
@Repository
public class NationalStrategyRepository {

	private static final String STRATEGY = """
			s { .id, .title, .summary, .dialogueDate, .periodStart, .periodEnd, country: c.iso3 }""";

	private static final String STRATEGIES_BY_COUNTRIES = """
			MATCH (s:NationalStrategy)-[:FOR_COUNTRY]->(c:Country) WHERE c.iso3 IN $keys
			WITH s, c ORDER BY s.dialogueDate DESC, s.id
			RETURN %s AS row
			""".formatted(STRATEGY);

	private static final String STRATEGIES_BY_IDS = """
			MATCH (s:NationalStrategy)-[:FOR_COUNTRY]->(c:Country) WHERE s.id IN $keys
			RETURN %s AS row
			""".formatted(STRATEGY);

	private static final String OBJECTIVE = """
			o {
			  .id, .title, .description, .supportKinds, .alignedWithCooperationFramework, strategyId: s.id,
			  indicators: COLLECT { MATCH (o)-[:ADDRESSES]->(i:Indicator) RETURN i.code ORDER BY i.code },
			  expertise: COLLECT { MATCH (o)-[:NEEDS_EXPERTISE]->(e:Expertise) RETURN e.code ORDER BY e.code },
			  programmes: COLLECT { MATCH (o)-[:ALIGNED_WITH]->(g:PriorityProgramme) RETURN g.code ORDER BY g.code }
			}""";

	private static final String OBJECTIVES_BY_STRATEGIES = """
			MATCH (s:NationalStrategy)-[:HAS_OBJECTIVE]->(o:Objective) WHERE s.id IN $keys
			WITH s, o ORDER BY o.title, o.id
			RETURN %s AS row
			""".formatted(OBJECTIVE);

	private static final String OBJECTIVES_BY_IDS = """
			MATCH (s:NationalStrategy)-[:HAS_OBJECTIVE]->(o:Objective) WHERE o.id IN $keys
			RETURN %s AS row
			""".formatted(OBJECTIVE);

	private final Neo4jClient client;

	NationalStrategyRepository(Neo4jClient client) {
		this.client = client;
	}

	/** Strategies of each country, newest dialogue first; every requested ISO3 is a key. */
	public Map<String, List<StrategyView>> findViewsByCountries(Collection<String> iso3s) {
		return Records.groupBy(iso3s, fetch(STRATEGIES_BY_COUNTRIES, iso3s, StrategyView.class, NationalStrategyRepository::strategy),
				StrategyView::countryIso3);
	}

	/** Strategies with these ids; unknown ids are skipped. */
	public List<StrategyView> findViewsByIds(Collection<String> ids) {
		return fetch(STRATEGIES_BY_IDS, ids, StrategyView.class, NationalStrategyRepository::strategy);
	}

	/** Objectives of each strategy, by title; every requested strategy id is a key. */
	public Map<String, List<ObjectiveView>> findObjectivesByStrategies(Collection<String> strategyIds) {
		return Records.groupBy(strategyIds,
				fetch(OBJECTIVES_BY_STRATEGIES, strategyIds, ObjectiveView.class, NationalStrategyRepository::objective),
				ObjectiveView::strategyId);
	}

	/** Objectives with these ids; unknown ids are skipped. */
	public List<ObjectiveView> findObjectivesByIds(Collection<String> ids) {
		return fetch(OBJECTIVES_BY_IDS, ids, ObjectiveView.class, NationalStrategyRepository::objective);
	}

	private <T> List<T> fetch(String cypher, Collection<String> keys, Class<T> type, Function<Value, T> mapper) {
		return List.copyOf(this.client.query(cypher).bind(List.copyOf(keys)).to("keys").fetchAs(type)
			.mappedBy((types, record) -> mapper.apply(record.get("row"))).all());
	}


	private static StrategyView strategy(Value s) {
		return new StrategyView(s.get("id").asString(), s.get("country").asString(), s.get("title").asString(),
				Records.string(s.get("summary")), Records.date(s.get("dialogueDate")), s.get("periodStart").asInt(),
				s.get("periodEnd").asInt());
	}

	private static ObjectiveView objective(Value o) {
		return new ObjectiveView(o.get("id").asString(), o.get("strategyId").asString(), o.get("title").asString(),
				Records.string(o.get("description")),
				Records.strings(o.get("supportKinds")).stream().map(SupportKind::valueOf).toList(),
				Records.bool(o.get("alignedWithCooperationFramework")), Records.strings(o.get("indicators")),
				Records.strings(o.get("expertise")), Records.strings(o.get("programmes")));
	}

}
