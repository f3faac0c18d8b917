package org.ilo.coalition.graph.strategy;

import java.util.List;

import org.ilo.coalition.graph.taxonomy.SupportKind;

/** What the directory shows of a strategy objective, with the codes of what it addresses, needs and aligns with. */
public record ObjectiveView(String id, String strategyId, String title, String description,
		List<SupportKind> supportKinds, boolean alignedWithCooperationFramework, List<String> indicatorCodes,
		List<String> expertiseCodes, List<String> programmeCodes) {
}
