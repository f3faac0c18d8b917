package org.ilo.coalition.graph.matching;

import java.util.Collections;
import java.util.List;

/**
 * Which open requests a run considers: all given criteria must hold, an empty list does not restrict, so the empty
 * scope is everything.
 *
 * @param countries ISO3 codes of the requesting countries
 * @param thematicAreas codes of thematic areas; a request in any of them qualifies
 * @param requestIds ids of individual requests
 */
public record MatchScope(List<String> countries, List<String> thematicAreas, List<String> requestIds) {

	public static final MatchScope EVERYTHING = new MatchScope(List.of(), List.of(), List.of());

	public MatchScope {
		countries = countries == null ? List.of() : List.copyOf(countries);
		thematicAreas = thematicAreas == null ? List.of() : List.copyOf(thematicAreas);
		requestIds = requestIds == null ? List.of() : List.copyOf(requestIds);
	}

	public boolean isEverything() {
		return this.countries.isEmpty() && this.thematicAreas.isEmpty() && this.requestIds.isEmpty();
	}

	/**
	 * Whether two scopes may select a common request. Conservative: they are disjoint only when both name countries
	 * and no country in common, or both name requests and no request in common (a request may lie in several areas,
	 * so areas never prove disjointness).
	 */
	public boolean overlaps(MatchScope other) {
		if (!this.countries.isEmpty() && !other.countries.isEmpty()
				&& Collections.disjoint(this.countries, other.countries)) {
			return false;
		}
		return this.requestIds.isEmpty() || other.requestIds.isEmpty()
				|| !Collections.disjoint(this.requestIds, other.requestIds);
	}

}
