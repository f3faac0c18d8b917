package org.ilo.coalition.api.recommendation;

import java.util.List;

import org.ilo.coalition.graph.indicator.DeficitView;
import org.ilo.coalition.graph.recommendation.SuggestedProgramme;

/** {@code ProgrammeSuggestion}: a priority programme a country's deficits point to, with the evidence. */
public record ProgrammeSuggestion(String programmeCode, double score, List<ProgrammeEvidence> evidence,
		List<String> reasons) {

	/** {@code ProgrammeEvidence}: an indicator and its latest observation in the country. */
	public record ProgrammeEvidence(String indicatorCode, int minimumSeverity, DeficitView observation) {
	}

	static ProgrammeSuggestion of(SuggestedProgramme suggestion) {
		return new ProgrammeSuggestion(suggestion.programmeCode(), suggestion.score(),
				suggestion.evidence().stream()
					.map((e) -> new ProgrammeEvidence(e.indicatorCode(), e.minimumSeverity(), e.observation()))
					.toList(),
				suggestion.reasons());
	}

}
