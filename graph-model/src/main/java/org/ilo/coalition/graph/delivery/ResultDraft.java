package org.ilo.coalition.graph.delivery;

/**
 * A validated result of a match against one indicator.
 *
 * @param indicatorCode an indicator of the reference data; that the request's objective addresses it is checked
 * against the graph
 * @param baseline the stated baseline, or {@code null} for the country's latest observation of the indicator (on an
 * update: keep the stored one)
 * @param baselineYear the year of a stated baseline; {@code null} exactly when {@code baseline} is
 */
public record ResultDraft(String indicatorCode, Double baseline, Integer baselineYear, double target, int targetYear) {
}
