package org.ilo.coalition.graph.request;

import java.time.LocalDate;

import org.ilo.coalition.graph.taxonomy.SupportKind;

/** A validated support request towards one objective of the requesting country's strategy. */
public record SupportRequestDraft(String objectiveId, String title, String description, SupportKind kind,
		double amount, String unit, String language, LocalDate deadline) {
}
