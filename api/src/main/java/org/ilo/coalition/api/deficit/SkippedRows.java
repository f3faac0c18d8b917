package org.ilo.coalition.api.deficit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.graph.ilostat.SkipReason;

/** The schema's {@code SkippedRows}: how many rows of an import one reason left out. */
public record SkippedRows(SkipReason reason, String description, long rows) {

	/** The rows of an import's count by reason, in the order of {@link SkipReason}. */
	static List<SkippedRows> of(Map<SkipReason, Long> skipped) {
		return skipped.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
			.map((e) -> new SkippedRows(e.getKey(), e.getKey().description(), e.getValue()))
			.toList();
	}

}
