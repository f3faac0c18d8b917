package org.ilo.coalition.graph.request;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Support requests as entities for writes, plus read queries. */
public interface SupportRequestRepository extends Neo4jRepository<SupportRequest, String>, SupportRequestQueries {
}
