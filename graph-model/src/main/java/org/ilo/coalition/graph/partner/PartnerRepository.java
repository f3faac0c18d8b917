package org.ilo.coalition.graph.partner;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Partners as entities for writes, plus the directory's read queries. */
public interface PartnerRepository extends Neo4jRepository<Partner, String>, PartnerQueries {
}
