package org.ilo.coalition.graph.indicator;

/** An observation of one indicator in one country, as the directory shows it. */
public record DeficitView(String countryIso3, String indicatorCode, int year, double value, int severity,
		String source) {

	/** An observation's id, {@code ISO3:indicator:year}, so that reloading a source never duplicates an observation. */
	public static String idOf(String iso3, String indicatorCode, int year) {
		return iso3 + ":" + indicatorCode + ":" + year;
	}

}
