package org.ilo.coalition.matching.plan;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An objective of a national strategy: the expertise it needs and the deficits it addresses.
 *
 * @param neededExpertise expertise codes that a partner must all declare to serve it
 */
public record Objective(String id, String title, Set<String> neededExpertise, List<Deficit> deficits) {

	public Objective {
		Objects.requireNonNull(id, "id");
		title = (title != null) ? title : id;
		neededExpertise = Set.copyOf(neededExpertise);
		deficits = List.copyOf(deficits);
	}

	/**
	 * The severity of the worst measured deficit addressed; {@link Deficit#NO_DATA_SEVERITY} when none is measured, so
	 * that an unmeasured need still counts.
	 */
	public int severity() {
		return this.deficits.stream()
			.filter(Deficit::measured)
			.mapToInt(Deficit::severity)
			.max()
			.orElse(Deficit.NO_DATA_SEVERITY);
	}

	/** Whether {@link #severity()} comes from an observation rather than the no-data default. */
	public boolean severityMeasured() {
		return this.deficits.stream().anyMatch(Deficit::measured);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Objective objective && this.id.equals(objective.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

}
