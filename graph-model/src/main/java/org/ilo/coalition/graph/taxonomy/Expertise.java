package org.ilo.coalition.graph.taxonomy;

import java.util.List;

/** An entry of the expertise taxonomy, linked to the thematic areas where it applies. */
public record Expertise(String code, String name, String description,
		List<ThematicArea> thematicAreas) {
}
