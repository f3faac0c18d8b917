package org.ilo.coalition.graph.indicator;

/** An observation of one indicator in one country, as the directory shows it. */
public record DeficitView(String countryIso3, String indicatorCode, int year, double value, int severity,
		String source) {
}
