package org.ilo.coalition.graph.ilostat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the columns that make an {@link ObservationRow} are in a file's header, and so which {@link FileFormat}
 * the file has. Column names match exactly (case-sensitive); columns may come in any order and extra ones are
 * ignored. Indexes are -1 for a column the file lacks.
 *
 * @param seriesFromDataflow whether the indicator id comes from a dataflow id ({@code ILO:DF_<indicator>(1.0)}) in
 * column {@code series} rather than from an indicator column
 * @param structure SDMX-CSV 2.0's {@code STRUCTURE} column (the kind of structure {@code STRUCTURE_ID} names), when
 * the series comes from {@code STRUCTURE_ID}
 */
record Layout(FileFormat format, String[] names, int refArea, int series, boolean seriesFromDataflow, int sex,
		int classif1, int classif2, int time, int value, int status, int source, int action, int structure) {

	private static final List<String> BULK_REQUIRED = List.of("ref_area", "indicator", "time", "obs_value");

	private static final List<String> SNAPSHOT_REQUIRED = List.of("ref_area", "indicator", "sdg", "time", "obs_value",
			"unit");

	private static final List<String> SDMX_REQUIRED = List.of("REF_AREA", "TIME_PERIOD", "OBS_VALUE");

	/** Where an SDMX-CSV file names the indicator, best first. */
	private static final List<String> SDMX_SERIES = List.of("INDICATOR", "DATAFLOW", "STRUCTURE_ID");

	/**
	 * SDMX-CSV columns that are neither a classification dimension nor read here: the 2.0 structure and key columns,
	 * ILOSTAT's other dimensions and its attributes (as its data structure definitions declare them, see
	 * {@code docs/ilostat-formats.md}). {@code NOTE_*} attributes are recognised by their prefix.
	 */
	private static final Set<String> SDMX_NOT_CLASSIFICATIONS = Set.of("DATAFLOW", "STRUCTURE", "STRUCTURE_ID",
			"STRUCTURE_NAME", "ACTION", "SERIES_KEY", "OBS_KEY", "INDICATOR", "REF_AREA", "FREQ", "MEASURE", "SEX",
			"TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "UNIT_MEASURE_TYPE", "UNIT_MEASURE", "UNIT_MULT", "SOURCE",
			"DECIMALS", "UPPER_BOUND", "LOWER_BOUND");

	/** The layout of a header, or an {@link ImportFileException} at line 1 that lists what each layout needs. */
	static Layout detect(String[] names) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < names.length; i++) {
			if (!names[i].isEmpty() && index.putIfAbsent(names[i], i) != null) {
				throw new ImportFileException(1, names[i], "the header names column " + names[i] + " twice");
			}
		}
		List<String> snapshotMissing = missing(index, SNAPSHOT_REQUIRED);
		if (snapshotMissing.isEmpty()) {
			return new Layout(FileFormat.PLATFORM_SNAPSHOT, names, index.get("ref_area"), index.get("indicator"), false,
					column(index, "sex"), -1, -1, index.get("time"), index.get("obs_value"), -1,
					column(index, "source"), -1, -1);
		}
		List<String> bulkMissing = missing(index, BULK_REQUIRED);
		if (bulkMissing.isEmpty()) {
			return new Layout(FileFormat.ILOSTAT_BULK, names, index.get("ref_area"), index.get("indicator"), false,
					column(index, "sex"), column(index, "classif1"), column(index, "classif2"), index.get("time"),
					index.get("obs_value"), column(index, "obs_status"), column(index, "source"), -1, -1);
		}
		List<String> sdmxMissing = missing(index, SDMX_REQUIRED);
		String seriesColumn = SDMX_SERIES.stream().filter(index::containsKey).findFirst().orElse(null);
		if (seriesColumn == null) {
			sdmxMissing.add("one of " + String.join(", ", SDMX_SERIES));
		}
		if (sdmxMissing.isEmpty()) {
			List<Integer> classifications = sdmxClassifications(names);
			return new Layout(FileFormat.SDMX_CSV, names, index.get("REF_AREA"), index.get(seriesColumn),
					!"INDICATOR".equals(seriesColumn), column(index, "SEX"),
					(classifications.size() > 0) ? classifications.get(0) : -1,
					(classifications.size() > 1) ? classifications.get(1) : -1, index.get("TIME_PERIOD"),
					index.get("OBS_VALUE"), column(index, "OBS_STATUS"), column(index, "SOURCE"),
					column(index, "ACTION"), "STRUCTURE_ID".equals(seriesColumn) ? structureColumn(names) : -1);
		}
		throw new ImportFileException(1, null, "the header fits none of the layouts that can be imported. Columns found: "
				+ String.join(", ", names) + ". An ILOSTAT bulk file needs " + String.join(", ", BULK_REQUIRED)
				+ " (missing " + String.join(", ", bulkMissing) + "); SDMX-CSV needs "
				+ String.join(", ", SDMX_REQUIRED) + " and one of " + String.join(", ", SDMX_SERIES) + " (missing "
				+ String.join(", ", sdmxMissing) + "); the platform snapshot needs "
				+ String.join(", ", SNAPSHOT_REQUIRED) + " (missing " + String.join(", ", snapshotMissing) + ")");
	}

	/**
	 * The classification dimensions of an SDMX-CSV header, in header order: the columns named like SDMX ids (upper
	 * case, digits, underscores) that are no other known column. More than two cannot be told from an unknown
	 * attribute, so they make the file fail rather than fill classif2 with the wrong column.
	 */
	private static List<Integer> sdmxClassifications(String[] names) {
		List<Integer> found = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			String name = names[i];
			if (sdmxId(name) && !SDMX_NOT_CLASSIFICATIONS.contains(name) && !name.startsWith("NOTE_")) {
				found.add(i);
			}
		}
		if (found.size() > 2) {
			List<String> foundNames = found.stream().map((i) -> names[i]).toList();
			throw new ImportFileException(1, null, "the SDMX-CSV header has more than two columns that may be breakdowns ("
					+ String.join(", ", foundNames) + "); ILOSTAT series have at most two, so one of these is an "
					+ "attribute that is not known here");
		}
		return found;
	}

	/** The first column, {@code STRUCTURE} or, with a sub-field separator, {@code STRUCTURE[;]}. */
	private static int structureColumn(String[] names) {
		for (int i = 0; i < names.length; i++) {
			if (names[i].equals("STRUCTURE") || names[i].startsWith("STRUCTURE[")) {
				return i;
			}
		}
		return -1;
	}

	/** Whether a name is an SDMX component id as ILOSTAT writes them; labels and custom columns are not. */
	private static boolean sdmxId(String name) {
		if (name.isEmpty()) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_') {
				return false;
			}
		}
		return true;
	}

	private static List<String> missing(Map<String, Integer> index, List<String> required) {
		List<String> missing = new ArrayList<>();
		for (String name : required) {
			if (!index.containsKey(name)) {
				missing.add(name);
			}
		}
		return missing;
	}

	private static int column(Map<String, Integer> index, String name) {
		return index.getOrDefault(name, -1);
	}

}
