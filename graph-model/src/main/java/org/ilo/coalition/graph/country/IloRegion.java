package org.ilo.coalition.graph.country;

import java.util.Arrays;
import java.util.Optional;

/** The five ILO regions, with the English names used by ILOSTAT and the member-state reference file. */
public enum IloRegion {

	AFRICA("Africa"), AMERICAS("Americas"), ARAB_STATES("Arab States"), ASIA_PACIFIC("Asia and the Pacific"),
	EUROPE_CENTRAL_ASIA("Europe and Central Asia");

	private final String displayName;

	IloRegion(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return this.displayName;
	}

	public static Optional<IloRegion> fromDisplayName(String name) {
		return Arrays.stream(values()).filter((r) -> r.displayName.equalsIgnoreCase(name.trim())).findFirst();
	}

}
