package org.ilo.coalition.graph.indicator;

import java.util.Locale;
import java.util.Map;

/**
 * The status flag an ILOSTAT figure carries ({@code obs_status} in bulk files, {@code OBS_STATUS} in SDMX-CSV), with
 * what it means. The codes and labels are ILOSTAT's {@code obs_status} dictionary; codes that dictionary does not list
 * take the meaning of the SDMX code list {@code CL_OBS_STATUS}, which SDMX files use. docs/indicators.md,
 * "Observation status", names the sources.
 *
 * @param code the flag as the file gives it, such as {@code U}
 * @param description what it means, such as {@code Unreliable}
 */
public record ObservationStatus(String code, String description) {

	private static final Map<String, String> KNOWN = Map.ofEntries(
			// ILOSTAT's obs_status dictionary
			Map.entry("A", "Adjusted"),
			Map.entry("B", "Break in series"),
			Map.entry("I", "Imputation"),
			Map.entry("M", "Model-based extrapolation"),
			Map.entry("R", "Real value"),
			Map.entry("U", "Unreliable"),
			// SDMX CL_OBS_STATUS, for codes the ILOSTAT dictionary does not list
			Map.entry("D", "Definition differs"),
			Map.entry("E", "Estimated value"),
			Map.entry("F", "Forecast value"),
			Map.entry("N", "Not significant"),
			Map.entry("P", "Provisional value"));

	/** The status of a stored flag, {@code null} when the figure has none. */
	public static ObservationStatus of(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String known = KNOWN.get(code.strip().toUpperCase(Locale.ROOT));
		return new ObservationStatus(code, (known != null) ? known
				: "Status '" + code + "' as the file gives it; not a code of ILOSTAT's or SDMX's lists that the platform knows");
	}

}
