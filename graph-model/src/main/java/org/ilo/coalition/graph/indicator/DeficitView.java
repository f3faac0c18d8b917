package org.ilo.coalition.graph.indicator;

import java.time.OffsetDateTime;

/**
 * An observation of one ILOSTAT series in one member State and year, as the directory shows it.
 *
 * @param id {@code ISO3:SERIES:YEAR}, see {@link #idOf}
 * @param severity 1 to 5, {@code null} when the series gives no severity
 * @param obsStatus ILOSTAT's status flag (such as {@code U} unreliable, {@code B} break in series), {@code null} when
 * none
 * @param source where the figure comes from, as the imported file says it
 * @param importId the import that wrote this figure, {@code null} for figures written otherwise (test fixtures)
 * @param importedAt when that import ended, {@code null} without one
 * @param importedFrom the name of the file that import read, {@code null} without one
 * @param attribution the licence attribution to keep with the figure ({@link SourceAttribution}), {@code null}
 * without an import
 */
public record DeficitView(String id, String countryIso3, String indicatorCode, String series, int year, double value,
		Integer severity, String obsStatus, String source, String importId, OffsetDateTime importedAt,
		String importedFrom, String attribution) {

	/** An observation's id: one per member State, series and year, so that re-importing never duplicates one. */
	public static String idOf(String iso3, String series, int year) {
		return iso3 + ":" + series + ":" + year;
	}

	/** ILOSTAT's status flag with its meaning, {@code null} when the figure has none. */
	public ObservationStatus status() {
		return ObservationStatus.of(this.obsStatus);
	}

}
