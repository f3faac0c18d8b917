package org.ilo.coalition.graph.workstream;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Work streams as entities for writes, plus read queries. */
public interface WorkStreamRepository extends Neo4jRepository<WorkStream, String>, WorkStreamQueries {
}
