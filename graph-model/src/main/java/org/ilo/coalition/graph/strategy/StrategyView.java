package org.ilo.coalition.graph.strategy;

import java.time.LocalDate;

/** What the directory shows of a national strategy. */
public record StrategyView(String id, String countryIso3, String title, String summary, LocalDate dialogueDate,
		int periodStart, int periodEnd) {
}
