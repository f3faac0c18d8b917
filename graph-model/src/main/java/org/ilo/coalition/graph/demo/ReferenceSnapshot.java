package org.ilo.coalition.graph.demo;

import java.util.ArrayList;
import java.util.List;

import org.ilo.coalition.graph.indicator.SeverityScale;

/**
 * The reference data the generator builds on, read from the graph once and ordered by key so that a seed always
 * yields the same graph.
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
			missing.add("Indicator-[:MEASURES]->ThematicArea with four thresholds");
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Reference data must be loaded before demo data; missing: "
					+ String.join(", ", missing));
		}
	}

	/** A member State and the code of its ILO region. */
	record CountryRef(String iso3, String name, String region) {
	}

	/** An expertise entry and the thematic areas it applies to. */
	record ExpertiseRef(String code, List<String> areas) {

		ExpertiseRef {
			areas = List.copyOf(areas);
		}

	}

	/** An indicator, the thematic area it measures and its severity scale. */
	record IndicatorRef(String code, String name, String area, SeverityScale scale) {
	}

}
