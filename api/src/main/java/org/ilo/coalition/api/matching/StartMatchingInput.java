package org.ilo.coalition.api.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.graph.matching.MatchScope;

/** The {@code StartMatchingInput} of the schema. */
public record StartMatchingInput(List<String> countries, List<String> thematicAreas, List<String> requestIds,
		Integer timeLimitSeconds) {

	/** Checks codes and ids (each failure a BAD_REQUEST naming the field) and turns them into a scope. */
	MatchScope toScope(ReferenceArguments references) {
		Set<String> isos = new LinkedHashSet<>();
		for (String country : orEmpty(this.countries)) {
			isos.add(references.country("input.countries", country));
		}
		Set<String> areas = new LinkedHashSet<>();
		for (String area : orEmpty(this.thematicAreas)) {
			areas.add(references.thematicArea("input.thematicAreas", area));
		}
		Set<String> requests = new LinkedHashSet<>();
		for (String id : orEmpty(this.requestIds)) {
			requests.add(GlobalId.keyOf("input.requestIds", "SupportRequest", id));
		}
		return new MatchScope(new ArrayList<>(isos), new ArrayList<>(areas), new ArrayList<>(requests));
	}

	private static List<String> orEmpty(List<String> values) {
		return values == null ? List.of() : values;
	}

}
