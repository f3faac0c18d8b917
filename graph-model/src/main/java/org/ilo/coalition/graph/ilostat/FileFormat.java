package org.ilo.coalition.graph.ilostat;

/**
 * The layouts of observation file that {@link ObservationFileReader} reads, told apart by the header's column names
 * (see {@code docs/ilostat-formats.md}).
 */
public enum FileFormat {

	/** A file of ILOSTAT's bulk download facility: lower-case columns {@code ref_area, source, indicator, ...}. */
	ILOSTAT_BULK,

	/** SDMX-CSV 1.0 or 2.0 as ILOSTAT's SDMX REST API returns it: upper-case columns {@code REF_AREA, ...}. */
	SDMX_CSV,

	/** The snapshot shipped with the platform: {@code ref_area,indicator,sdg,sex,time,obs_value,unit,source}. */
	PLATFORM_SNAPSHOT

}
