package org.ilo.coalition.graph.country;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** ILO regions by code. */
public interface RegionRepository extends Neo4jRepository<Region, String> {
}
