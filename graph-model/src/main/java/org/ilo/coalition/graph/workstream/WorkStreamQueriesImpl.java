package org.ilo.coalition.graph.workstream;

import java.util.Collection;
import java.util.List;

import org.ilo.coalition.graph.paging.Records;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

/** {@link WorkStreamQueries} over {@link Neo4jClient}. */
class WorkStreamQueriesImpl implements WorkStreamQueries {

	private static final String PROJECTION = """
			w {
			  .id, .name, .description,
			  programme: COLLECT { MATCH (w)-[:ON_PROGRAMME]->(g:PriorityProgramme) RETURN g.code }[0],
			  lead: COLLECT { MATCH (w)<-[:LEADS]-(p:Partner) RETURN p.id }[0],
			  supporters: COLLECT { MATCH (w)<-[:SUPPORTS]-(p:Partner) RETURN p.id ORDER BY p.normalizedName, p.id }
			}""";

	private static final String ALL = """
			MATCH (w:WorkStream)
			WHERE $programme IS NULL OR EXISTS { (w)-[:ON_PROGRAMME]->(:PriorityProgramme {code: $programme}) }
			WITH w ORDER BY w.name, w.id
			RETURN %s AS row
			""".formatted(PROJECTION);

	private static final String BY_IDS = """
			MATCH (w:WorkStream) WHERE w.id IN $ids
			RETURN %s AS row
			""".formatted(PROJECTION);

	private final Neo4jClient client;

	WorkStreamQueriesImpl(Neo4jClient client) {
		this.client = client;
	}

	@Override
	public List<WorkStreamView> findViews(String programmeCode) {
		return List.copyOf(this.client.query(ALL).bind(programmeCode).to("programme").fetchAs(WorkStreamView.class)
			.mappedBy((types, record) -> toView(record.get("row"))).all());
	}

	@Override
	public List<WorkStreamView> findViewsByIds(Collection<String> ids) {
		return List.copyOf(this.client.query(BY_IDS).bind(List.copyOf(ids)).to("ids").fetchAs(WorkStreamView.class)
			.mappedBy((types, record) -> toView(record.get("row"))).all());
	}

	private static WorkStreamView toView(Value w) {
		return new WorkStreamView(w.get("id").asString(), w.get("name").asString(), Records.string(w.get("description")),
				Records.string(w.get("programme")), Records.string(w.get("lead")), Records.strings(w.get("supporters")));
	}

}
