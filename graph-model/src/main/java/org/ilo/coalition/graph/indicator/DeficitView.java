package org.ilo.coalition.graph.indicator;

/**
 * An observation of one ILOSTAT series in one member State and year, as the directory shows it.
 *
 * @param id {@code ISO3:SERIES:YEAR}, see {@link #idOf}
 * @param severity 1 to 5, {@code null} when the series gives no severity
 * @param obsStatus ILOSTAT's status flag (such as {@code U} unreliable, {@code B} break in series), {@code null} when
 * none
 * @param source where the figure comes from, as the imported file says it
 * @param importId the import that wrote this figure, {@code null} for figures written otherwise (test fixtures)
 */
public record DeficitView(String id, String countryIso3, String indicatorCode, String series, int year, double value,
		Integer severity, String obsStatus, String source, String importId) {

	/** An observation's id: one per member State, series and year, so that re-importing never duplicates one. */
	public static String idOf(String iso3, String series, int year) {
		return iso3 + ":" + series + ":" + year;
	}

}
