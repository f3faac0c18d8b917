package org.ilo.coalition.graph.strategy;

import java.time.LocalDate;
import java.util.List;

import org.ilo.coalition.graph.taxonomy.SupportKind;

/** A validated national strategy with its objectives, as a member State records it. */
public record StrategyDraft(String countryIso3, String title, String summary, LocalDate dialogueDate, int periodStart,
		int periodEnd, List<ObjectiveDraft> objectives) {

	/** A validated objective: the indicators it addresses, the expertise it needs, the programmes it aligns with. */
	public record ObjectiveDraft(String title, String description, List<SupportKind> supportKinds,
			boolean alignedWithCooperationFramework, List<String> indicatorCodes, List<String> expertiseCodes,
			List<String> programmeCodes) {
	}

}
