package org.ilo.coalition.graph.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.ilo.coalition.graph.country.Country;
import org.ilo.coalition.graph.indicator.Indicator;
import org.ilo.coalition.graph.recommendation.RecommendationQueries.Claim;
import org.ilo.coalition.graph.recommendation.RecommendationQueries.Deficit;
import org.ilo.coalition.graph.recommendation.RecommendationQueries.Facts;
import org.ilo.coalition.graph.recommendation.RecommendationQueries.SimilarRow;
import org.ilo.coalition.graph.recommendation.RecommendationQueries.WorkStreamRef;
import org.ilo.coalition.graph.reference.ReferenceCatalog;

/**
 * Writes the reasons of a recommendation as English sentences, one per part that counts, the part that adds most to
 * the score first. Names come from the reference catalog; an unknown code is shown as it is.
 */
final class ReasonWriter {

	private final ReferenceCatalog catalog;

	ReasonWriter(ReferenceCatalog catalog) {
		this.catalog = catalog;
	}

	/** Why a partner fits a request. */
	List<String> partnerReasons(String partnerKind, List<WeightedPart> parts, Facts facts) {
		List<String> sentences = new ArrayList<>();
		for (WeightedPart part : strongestFirst(parts)) {
			sentence(part, partnerKind, facts).ifPresent(sentences::add);
		}
		return List.copyOf(sentences);
	}

	/** Why a request suits a partner: the deficit it addresses first, then the parts of the fit. */
	List<String> requestReasons(List<WeightedPart> parts, Facts facts) {
		List<String> sentences = new ArrayList<>();
		if (!facts.deficits().isEmpty()) {
			Deficit worst = facts.deficits().get(0);
			sentences.add("It addresses %s in %s, measured at %s in %d: severity %d of 5.".formatted(
					indicatorPhrase(worst.indicatorCode()), countryName(facts.country()),
					valueWithUnit(worst.indicatorCode(), worst.value()), worst.year(), worst.severity()));
		}
		for (WeightedPart part : strongestFirst(parts)) {
			sentence(part, null, facts).ifPresent(sentences::add);
		}
		return List.copyOf(sentences);
	}

	/** What two partners have in common. */
	List<String> similarityReasons(SimilarRow row) {
		List<String> sentences = new ArrayList<>();
		if (!row.expertiseCodes().isEmpty()) {
			sentences.add("Shares expertise in " + join(names(row.expertiseCodes(), this::expertiseName)) + ".");
		}
		if (!row.workStreams().isEmpty()) {
			sentences.add((row.workStreams().size() == 1 ? "Takes part in the same work stream: "
					: "Takes part in the same work streams: ")
					+ join(row.workStreams().stream().map(WorkStreamRef::name).toList()) + ".");
		}
		if (!row.areaCodes().isEmpty()) {
			sentences.add("Works in the same thematic areas: " + join(names(row.areaCodes(), this::areaName)) + ".");
		}
		if (!row.regionCodes().isEmpty()) {
			sentences.add("Active in the same " + (row.regionCodes().size() == 1 ? "region: " : "regions: ")
					+ join(names(row.regionCodes(), this::regionName)) + ".");
		}
		return List.copyOf(sentences);
	}

	/** Why the country's deficits point to a programme, one sentence per observation. */
	List<String> programmeReasons(String programme, String iso3, List<SuggestedProgramme.Evidence> evidence) {
		String programmeName = this.catalog.priorityProgramme(programme).map((p) -> p.name()).orElse(programme);
		return evidence.stream().map((e) -> "%s in %s was %s in %d, severity %d of 5; from severity %d it points to %s."
			.formatted(capitalize(indicatorPhrase(e.indicatorCode())), countryName(iso3),
					valueWithUnit(e.indicatorCode(), e.observation().value()), e.observation().year(),
					e.observation().severity(), e.minimumSeverity(), lowerFirst(programmeName)))
			.toList();
	}

	private static List<WeightedPart> strongestFirst(List<WeightedPart> parts) {
		return parts.stream().filter((p) -> p.value() > 0)
			.sorted(Comparator.comparingDouble(WeightedPart::contribution).reversed()
				.thenComparing(WeightedPart::criterion))
			.toList();
	}

	private Optional<String> sentence(WeightedPart part, String partnerKind, Facts facts) {
		return Optional.ofNullable(switch (part.criterion()) {
			case EXPERTISE -> expertise(facts);
			case THEMATIC_FIT -> thematicFit(part.value(), facts);
			case PRESENCE -> presence(facts);
			case LANGUAGE -> language(facts);
			case CAPACITY -> capacity(facts);
			case TRACK_RECORD -> trackRecord(facts);
			case TRIPARTITE -> tripartite(partnerKind);
		});
	}

	private String expertise(Facts facts) {
		if (facts.matched().isEmpty()) {
			return null;
		}
		List<String> claims = facts.matched().stream()
			.sorted(Comparator.comparing(Claim::expertiseCode))
			.map((Claim c) -> expertiseName(c.expertiseCode()) + " (" + c.level().toLowerCase(Locale.ROOT) + " level)")
			.toList();
		String coverage = facts.needed() == facts.matched().size()
				? (facts.needed() == 1 ? "the expertise the objective needs" : "all " + facts.needed() + " kinds of expertise the objective needs")
				: facts.matched().size() + " of the " + facts.needed() + " kinds of expertise the objective needs";
		return "Declares " + join(claims) + ": " + coverage + ".";
	}

	private String thematicFit(double value, Facts facts) {
		if (facts.coveredAreas().isEmpty()) {
			return null;
		}
		String areas = join(names(facts.coveredAreas(), this::areaName));
		return value >= 1.0 ? "Works in " + areas + ", " + (facts.coveredAreas().size() == 1 ? "the thematic area" : "every thematic area") + " of the request."
				: "Works in " + areas + ", " + facts.coveredAreas().size() + " of the request's " + facts.areaCount() + " thematic areas.";
	}

	private String presence(Facts facts) {
		if (facts.presence() == null) {
			return null;
		}
		String country = countryName(facts.country());
		String region = this.catalog.country(facts.country()).map(Country::region).map((r) -> r.name())
			.orElse("the same region");
		return switch (facts.presence()) {
			case "BASED_IN_COUNTRY" -> "Based in " + country + ", the requesting country.";
			case "SERVES_COUNTRY" -> "Has an active offer that serves " + country + ".";
			case "BASED_IN_REGION" -> "Based in the requesting country's region, " + region + ".";
			case "SERVES_REGION" -> "Has an active offer that serves the requesting country's region, " + region + ".";
			default -> null;
		};
	}

	private String language(Facts facts) {
		if (facts.languageVia() == null) {
			return null;
		}
		String language = languageName(facts.language());
		return "OFFER".equals(facts.languageVia()) ? "Has an active offer delivered in " + language + ", the language of the request."
				: "Works in " + language + ", the language of the request.";
	}

	private String capacity(Facts facts) {
		if (facts.availableOffers() == 0) {
			return null;
		}
		String offers = facts.availableOffers() == 1 ? "an active " + kindPhrase(facts.kind()) + " offer"
				: facts.availableOffers() + " active " + kindPhrase(facts.kind()) + " offers";
		String available = amount(facts.availableAmount(), facts.unit());
		if (facts.asked() <= 0 || facts.availableAmount() >= facts.asked()) {
			return "Has " + offers + " with " + available + " still available, enough for the " + amount(facts.asked(), facts.unit()) + " asked.";
		}
		long percent = Math.round(100 * facts.availableAmount() / facts.asked());
		return "Has " + offers + " with " + available + " still available, " + percent + " % of the "
				+ amount(facts.asked(), facts.unit()) + " asked.";
	}

	private String trackRecord(Facts facts) {
		if (facts.similarAccepted() == 0 && facts.countryAccepted() == 0) {
			return null;
		}
		String country = countryName(facts.country());
		if (facts.similarAccepted() == 0) {
			return "Was accepted " + times(facts.countryAccepted()) + " for requests of " + country + ".";
		}
		String similar = "Was accepted for " + facts.similarAccepted() + " similar "
				+ (facts.similarAccepted() == 1 ? "request" : "requests") + " in the same thematic areas";
		return facts.countryAccepted() == 0 ? similar + "."
				: similar + ", and " + times(facts.countryAccepted()) + " for requests of " + country + ".";
	}

	private static String tripartite(String partnerKind) {
		if (partnerKind == null) {
			return "Brings a tripartite constituent of the ILO into the support.";
		}
		return switch (partnerKind) {
			case "GOVERNMENT" -> "Is a government, one of the ILO's tripartite constituents.";
			case "EMPLOYERS_ORGANIZATION" -> "Is an employers' organization, one of the ILO's tripartite constituents.";
			case "WORKERS_ORGANIZATION" -> "Is a workers' organization, one of the ILO's tripartite constituents.";
			default -> null;
		};
	}

	private String indicatorPhrase(String code) {
		return this.catalog.indicator(code).map((Indicator i) -> lowerFirst(i.name()) + " (SDG " + code + ")")
			.orElse("SDG indicator " + code);
	}

	private String valueWithUnit(String code, double value) {
		String unit = this.catalog.indicator(code).map(Indicator::unit).orElse("");
		String number = String.format(Locale.ROOT, "%.1f", value);
		return "%".equals(unit) ? number + " %" : unit.isEmpty() ? number : number + " " + unit;
	}

	private String countryName(String iso3) {
		return iso3 == null ? "the requesting country" : this.catalog.country(iso3).map(Country::name).orElse(iso3);
	}

	private String expertiseName(String code) {
		return this.catalog.expertise(code).map((e) -> lowerFirst(e.name())).orElse(code);
	}

	private String areaName(String code) {
		return this.catalog.thematicArea(code).map((a) -> lowerFirst(a.name())).orElse(code);
	}

	private String regionName(String code) {
		return this.catalog.region(code).map((r) -> r.name()).orElse(code);
	}

	private static List<String> names(List<String> codes, Function<String, String> name) {
		return codes.stream().map(name).toList();
	}

	static String languageName(String code) {
		if (code == null) {
			return "the request's language";
		}
		String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
		return name.isEmpty() || name.equalsIgnoreCase(code) ? code : name;
	}

	static String kindPhrase(String kind) {
		return kind == null ? "" : kind.toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	static String amount(double value, String unit) {
		String number = String.format(Locale.ROOT, "%,.0f", value);
		if (unit == null) {
			return number;
		}
		return switch (unit) {
			case "PERSON_DAYS" -> number + " person-days";
			case "PLACES" -> number + " training places";
			case "PRODUCTS" -> number + " knowledge products";
			default -> unit + " " + number;
		};
	}

	private static String times(int count) {
		return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
	}

	static String join(List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	// "Labour inspection" → "labour inspection", but "ILO standards" stays as it is.
	static String lowerFirst(String text) {
		if (text == null || text.length() < 2 || !Character.isLowerCase(text.charAt(1))) {
			return text;
		}
		return Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	static String capitalize(String text) {
		return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
