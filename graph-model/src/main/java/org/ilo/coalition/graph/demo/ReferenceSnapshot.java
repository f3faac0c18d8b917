package org.ilo.coalition.graph.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference data the generator builds on, read from the graph once and ordered by key so that a seed always
 * yields the same graph. It includes each member State's current deficits, from the real observations loaded before
 * demo data.
 */
record ReferenceSnapshot(List<CountryRef> countries, List<String> regions, List<String> thematicAreas,
		List<String> functionalAreas, List<String> programmes, List<ExpertiseRef> expertise,
		List<IndicatorRef> indicators) {

	ReferenceSnapshot {
		countries = List.copyOf(countries);
		regions = List.copyOf(regions);
		thematicAreas = List.copyOf(thematicAreas);
		functionalAreas = List.copyOf(functionalAreas);
		programmes = List.copyOf(programmes);
		expertise = List.copyOf(expertise);
		indicators = List.copyOf(indicators);
	}

	/** Throws when any taxonomy the generator links to is empty, naming each one. */
	void requireComplete() {
		List<String> missing = new ArrayList<>();
		if (this.countries.isEmpty()) {
			missing.add("member States (Country {memberState: true})-[:IN_REGION]->(Region)");
		}
		if (this.regions.isEmpty()) {
			missing.add("Region");
		}
		if (this.thematicAreas.isEmpty()) {
			missing.add("ThematicArea");
		}
		if (this.functionalAreas.isEmpty()) {
			missing.add("FunctionalArea");
		}
		if (this.programmes.isEmpty()) {
			missing.add("PriorityProgramme");
		}
		if (this.expertise.isEmpty()) {
			missing.add("Expertise-[:IN_AREA]->ThematicArea");
		}
		if (this.indicators.isEmpty()) {
			missing.add("Indicator-[:MEASURES]->ThematicArea");
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Reference data must be loaded before demo data; missing: "
					+ String.join(", ", missing));
		}
	}

	/**
	 * A member State, the code of its ILO region and its current deficits by indicator code, only indicators whose
	 * observations give a severity.
	 */
	record CountryRef(String iso3, String name, String region, Map<String, DeficitRef> deficits) {

		CountryRef {
			// Sorted, so that iterating over it never depends on hashing.
			deficits = Collections.unmodifiableMap(new TreeMap<>(deficits));
		}

		/** A member State without any observation that gives a severity. */
		CountryRef(String iso3, String name, String region) {
			this(iso3, name, region, Map.of());
		}

	}

	/**
	 * The current severity of an indicator in a member State and the observation it comes from: the latest observation
	 * of the indicator that has a severity, the more severe of two from the same year (8.8.1 fatal and non-fatal).
	 *
	 * @param series the ILOSTAT series of the observation, such as {@code SDG_0852_SEX_AGE_RT}
	 * @param seriesName the series' name, {@code null} when the graph has no such series
	 * @param unit the series' unit, {@code null} when the graph has no such series
	 */
	record DeficitRef(String series, String seriesName, String unit, int year, double value, int severity) {
	}

	/** An expertise entry and the thematic areas it applies to. */
	record ExpertiseRef(String code, List<String> areas) {

		ExpertiseRef {
			areas = List.copyOf(areas);
		}

	}

	/** An indicator and the thematic area it measures. */
	record IndicatorRef(String code, String name, String area) {
	}

}
