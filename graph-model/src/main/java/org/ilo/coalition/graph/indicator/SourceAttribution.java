package org.ilo.coalition.graph.indicator;

/**
 * The licence attribution that an imported figure must keep wherever it is shown, by the layout of the file it came
 * from: the platform's snapshot is the UN SDG Global Database as open-numbers repackaged it
 * ({@code reference/ilostat/PROVENANCE.md}), every other file comes from ILOSTAT itself (CC BY 4.0).
 */
public enum SourceAttribution {

	/** Figures of the snapshot shipped with the platform (the {@code PLATFORM_SNAPSHOT} layout). */
	SHIPPED_SNAPSHOT("Source: ILO / UN SDG Global Database (UNSD), via open-numbers/ddf--unstats--sdg_indicators"),

	/** Figures of an ILOSTAT bulk or SDMX-CSV file. */
	ILOSTAT("Source: ILOSTAT, International Labour Organization (CC BY 4.0)");

	private final String text;

	SourceAttribution(String text) {
		this.text = text;
	}

	/** The sentence to show with the figure. */
	public String text() {
		return this.text;
	}

	/**
	 * The attribution of figures imported from a file of {@code format} (a {@code FileFormat} name, as the import
	 * records it), {@code null} when there was no import (figures written otherwise, such as test fixtures).
	 */
	public static SourceAttribution ofImportFormat(String format) {
		if (format == null) {
			return null;
		}
		return "PLATFORM_SNAPSHOT".equals(format) ? SHIPPED_SNAPSHOT : ILOSTAT;
	}

}
