package org.ilo.coalition.graph.country;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** One of the five ILO regions used by ILOSTAT, identified by a stable code such as {@code ARAB_STATES}. */
@Node("Region")
public record Region(@Id String code, String name) {
}
