package org.ilo.coalition.graph.recommendation;

import java.util.List;
import java.util.Map;

/**
 * Which deficits point to which priority action programme, and from what severity: the documented mapping behind
 * {@code suggestedProgrammes} (reasons in {@code docs/recommendations.md}). None of the ten SDG labour indicators
 * measures environmental change, so {@code JUST_TRANSITIONS} rests on proxies (youth inactivity, thin social
 * protection) and is the weakest of the four signals.
 */
public final class ProgrammeSignals {

	/** The latest observation of {@code indicator} at {@code minimumSeverity} or worse points to {@code programme}. */
	public record Rule(String programme, String indicator, int minimumSeverity) {
	}

	public static final List<Rule> RULES = List.of(
			// Informal employment of 40 % or more of total employment (severity 3) is the core signal; very low social
			// protection coverage and high working poverty usually go with a large informal economy.
			new Rule("INFORMAL_TO_FORMAL", "8.3.1", 3), new Rule("INFORMAL_TO_FORMAL", "1.3.1", 4),
			new Rule("INFORMAL_TO_FORMAL", "1.1.1", 4),
			// Child labour, fatal injuries and violations of freedom of association are what due diligence in supply
			// chains looks for first; a wide gender pay gap is common in export sectors such as garments.
			new Rule("SUPPLY_CHAINS_TRADE", "8.7.1", 3), new Rule("SUPPLY_CHAINS_TRADE", "8.8.1", 3),
			new Rule("SUPPLY_CHAINS_TRADE", "8.8.2", 3), new Rule("SUPPLY_CHAINS_TRADE", "8.5.1", 4),
			// Mass unemployment, a large inactive youth and working poverty are what crises leave behind.
			new Rule("CRISIS_RESPONSE", "8.5.2", 4), new Rule("CRISIS_RESPONSE", "8.6.1", 4),
			new Rule("CRISIS_RESPONSE", "1.1.1", 5),
			// Proxies: young people to be trained for new (green) jobs, workers to be protected in the shift.
			new Rule("JUST_TRANSITIONS", "8.6.1", 4), new Rule("JUST_TRANSITIONS", "1.3.1", 4));

	private ProgrammeSignals() {
	}

	/** How many indicators point to each programme. */
	static Map<String, Long> indicatorsPerProgramme() {
		return RULES.stream().collect(java.util.stream.Collectors.groupingBy(Rule::programme,
				java.util.stream.Collectors.counting()));
	}

	static List<Map<String, Object>> parameters() {
		return RULES.stream()
			.map((rule) -> Map.<String, Object>of("programme", rule.programme(), "indicator", rule.indicator(),
					"minSeverity", (long) rule.minimumSeverity()))
			.toList();
	}

}
