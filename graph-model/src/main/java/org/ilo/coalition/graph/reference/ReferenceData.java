package org.ilo.coalition.graph.reference;

import java.util.Arrays;
import java.util.List;

import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.country.IloRegion;
import org.ilo.coalition.graph.country.Region;
import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.taxonomy.Expertise;
import org.ilo.coalition.graph.taxonomy.FunctionalArea;
import org.ilo.coalition.graph.taxonomy.PriorityProgramme;
import org.ilo.coalition.graph.taxonomy.ThematicArea;

/** The reference data read and validated from the resource files, ready to be merged into the graph. */
public record ReferenceData(List<Country> memberStates, List<ThematicArea> thematicAreas,
		List<FunctionalArea> functionalAreas, List<PriorityProgramme> priorityProgrammes, List<Expertise> expertise,
		List<Indicator> indicators) {

	public ReferenceData {
		memberStates = List.copyOf(memberStates);
		thematicAreas = List.copyOf(thematicAreas);
		functionalAreas = List.copyOf(functionalAreas);
		priorityProgrammes = List.copyOf(priorityProgrammes);
		expertise = List.copyOf(expertise);
		indicators = List.copyOf(indicators);
	}

	/** All five ILO regions, whether or not a member State of the file lies in them. */
	public List<Region> regions() {
		return Arrays.stream(IloRegion.values()).map(ReferenceData::regionOf).toList();
	}

	static Region regionOf(IloRegion region) {
		return new Region(region.name(), region.displayName());
	}

}
