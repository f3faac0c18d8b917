package org.ilo.coalition.graph.ilostat;

/**
 * One data row of an observation file, as read and checked but before any filtering (other sexes, breakdowns and
 * countries are all returned). Strings are {@code null} where the cell is empty or the layout has no such column.
 *
 * @param line the 1-based physical line where the record starts (the header is line 1)
 * @param refArea the reference area: an ISO3 code, or an ILOSTAT aggregate such as {@code X01}; never null
 * @param series the ILOSTAT indicator id, e.g. {@code SDG_0852_SEX_AGE_RT}; never null
 * @param sex {@code SEX_T}, {@code SEX_M}, {@code SEX_F}, ...
 * @param classif1 the first breakdown, e.g. {@code AGE_YTHADULT_YGE15}
 * @param classif2 the second breakdown
 * @param period the reference period; never null
 * @param value the observed value; null where the file gives only a status
 * @param obsStatus ILOSTAT's observation status flag, e.g. {@code B} (break in series)
 * @param source the source: a code such as {@code BA:453} in bulk files, a label in SDMX-CSV, a provenance text in
 * the platform snapshot
 */
public record ObservationRow(long line, String refArea, String series, String sex, String classif1, String classif2,
		Period period, Double value, String obsStatus, String source) {
}
