package org.ilo.coalition.graph.country;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Countries by ISO3 code. */
public interface CountryRepository extends Neo4jRepository<Country, String> {
}
