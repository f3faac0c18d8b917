package org.ilo.coalition.graph.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.ilo.coalition.graph.demo.DemoDataPlan.ExpertiseClaim;
import org.ilo.coalition.graph.demo.DemoDataPlan.ObjectivePlan;
import org.ilo.coalition.graph.demo.DemoDataPlan.OfferPlan;
import org.ilo.coalition.graph.demo.DemoDataPlan.PartnerPlan;
import org.ilo.coalition.graph.demo.DemoDataPlan.RequestPlan;
import org.ilo.coalition.graph.demo.DemoDataPlan.StrategyPlan;
import org.ilo.coalition.graph.demo.DemoDataPlan.WorkStreamPlan;
import org.ilo.coalition.graph.demo.ReferenceSnapshot.CountryRef;
import org.ilo.coalition.graph.demo.ReferenceSnapshot.DeficitRef;
import org.ilo.coalition.graph.demo.ReferenceSnapshot.ExpertiseRef;
import org.ilo.coalition.graph.demo.ReferenceSnapshot.IndicatorRef;
import org.ilo.coalition.graph.offer.OfferStatus;
import org.ilo.coalition.graph.partner.ExpertiseLevel;
import org.ilo.coalition.graph.partner.MembershipStatus;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.partner.PartnerNames;
import org.ilo.coalition.graph.request.RequestStatus;
import org.ilo.coalition.graph.taxonomy.SupportKind;

/**
 * Builds a {@link DemoDataPlan} from reference data, a size and a seed, without touching the database.
 *
 * <p>The plan holds only fictional data: deficits are the real observations already in the graph, which national
 * strategies' objectives address and quote, and which the plan never adds to or changes.
 *
 * <p>Each part of the plan draws from its own random stream derived from the seed, so that changing how offers are
 * made up, say, leaves the partners of a seed as they were.
 */
final class DemoDataPlanner {

	/** Member States whose governments the demo always has, when the reference data holds them. */
	static final List<String> FEATURED_GOVERNMENTS = List.of("KEN", "BRA", "IND", "BGD", "JOR", "FJI");

	// Non-government kinds and their relative frequency among demo partners.
	private static final Map<PartnerKind, Integer> KIND_WEIGHTS = kindWeights();

	private static final Map<String, String> INDICATOR_GOALS = Map.of("1.1.1", "Reduce working poverty", "1.3.1",
			"Extend social protection coverage", "8.3.1", "Move informal employment into the formal economy", "8.5.1",
			"Close the gender pay gap", "8.5.2", "Reduce unemployment", "8.6.1",
			"Bring young people into employment, education or training", "8.7.1", "End child labour", "8.8.1",
			"Prevent occupational injuries", "8.8.2", "Strengthen freedom of association and collective bargaining",
			"10.4.1", "Raise the labour income share");

	// How an objective names the figure of a series it quotes; other series by their name in the graph.
	private static final Map<String, String> SERIES_PHRASES = Map.ofEntries(
			Map.entry("SDG_0111_SEX_AGE_RT", "working poverty rate"),
			Map.entry("SDG_0131_SEX_SOC_RT", "social protection coverage"),
			Map.entry("SDG_0831_SEX_ECO_RT", "informal employment"), Map.entry("EAR_GGAP_OCU_RT", "gender pay gap"),
			Map.entry("SDG_0852_SEX_AGE_RT", "unemployment rate"), Map.entry("SDG_0861_SEX_RT", "youth NEET rate"),
			Map.entry("SDG_B871_SEX_AGE_RT", "children in economic activity and household chores"),
			Map.entry("SDG_F881_SEX_MIG_RT", "fatal occupational injuries"),
			Map.entry("SDG_N881_SEX_MIG_RT", "non-fatal occupational injuries"),
			Map.entry("SDG_0882_NOC_RT", "labour rights violations score"),
			Map.entry("SDG_1041_NOC_RT", "labour income share"));

	private static final Map<String, List<String>> WORK_STREAM_NAMES = Map.of("INFORMAL_TO_FORMAL",
			List.of("Formalizing micro and small enterprises", "Social security for informal workers"),
			"JUST_TRANSITIONS", List.of("Green jobs and skills for a just transition",
					"Social protection for workers affected by climate change"),
			"SUPPLY_CHAINS_TRADE", List.of("Decent work in garment supply chains", "Labour provisions in trade agreements"),
			"CRISIS_RESPONSE", List.of("Employment-intensive recovery after crises", "Restoring labour markets in fragile States"));

	private final ReferenceSnapshot reference;

	private final DemoDataSize size;

	private final long seed;

	private final Instant referenceInstant;

	private final LocalDate referenceDate;

	private final Map<String, CountryRef> countriesByIso3 = new HashMap<>();

	private final Map<String, List<CountryRef>> countriesByRegion = new LinkedHashMap<>();

	private DemoDataPlanner(ReferenceSnapshot reference, DemoDataSize size, long seed, Instant referenceInstant) {
		this.reference = reference;
		this.size = size;
		this.seed = seed;
		this.referenceInstant = referenceInstant;
		this.referenceDate = LocalDate.ofInstant(referenceInstant, ZoneOffset.UTC);
		for (CountryRef country : reference.countries()) {
			this.countriesByIso3.put(country.iso3(), country);
			this.countriesByRegion.computeIfAbsent(country.region(), (r) -> new ArrayList<>()).add(country);
		}
	}

	/** The plan for {@code size} at {@code seed}; dates and timestamps are relative to {@code referenceInstant}. */
	static DemoDataPlan plan(ReferenceSnapshot reference, DemoDataSize size, long seed, Instant referenceInstant) {
		reference.requireComplete();
		return new DemoDataPlanner(reference, size, seed, referenceInstant).plan();
	}

	private DemoDataPlan plan() {
		List<CountryRef> countryOrder = countryOrder(stream("countries"));
		List<PartnerPlan> partners = partners(countryOrder, stream("partners"));
		List<OfferPlan> offers = offers(partners, stream("offers"));
		List<StrategyPlan> strategies = new ArrayList<>();
		List<ObjectivePlan> objectives = new ArrayList<>();
		strategies(countryOrder, strategies, objectives, stream("strategies"));
		List<RequestPlan> requests = requests(objectives, stream("requests"));
		List<WorkStreamPlan> workStreams = workStreams(partners, stream("workStreams"));
		return new DemoDataPlan(partners, offers, strategies, objectives, requests, workStreams);
	}

	private Random stream(String part) {
		return new Random(this.seed * 1_000_003L + part.hashCode());
	}

	/** A random version-4 UUID drawn from {@code random}, so that ids repeat with the seed. */
	static String uuid(Random random) {
		long most = (random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least).toString();
	}

	// Featured member States first, the others shuffled: governments and strategies are taken from the front.
	private List<CountryRef> countryOrder(Random random) {
		List<CountryRef> order = new ArrayList<>();
		for (String iso3 : FEATURED_GOVERNMENTS) {
			CountryRef country = this.countriesByIso3.get(iso3);
			if (country != null) {
				order.add(country);
			}
		}
		List<CountryRef> rest = new ArrayList<>(this.reference.countries());
		rest.removeAll(order);
		Collections.shuffle(rest, random);
		order.addAll(rest);
		return order;
	}

	private List<PartnerPlan> partners(List<CountryRef> countryOrder, Random random) {
		int strategyCountries = Math.min(this.size.strategies(), countryOrder.size());
		int governments = Math.min(Math.min(countryOrder.size(), this.size.partners()),
				Math.max(strategyCountries, (this.size.partners() + 4) / 5));
		Set<String> taken = new HashSet<>();
		List<PartnerPlan> partners = new ArrayList<>(this.size.partners());
		for (int i = 0; i < governments; i++) {
			CountryRef country = countryOrder.get(i);
			String name = DemoNames.governmentName(country.name());
			taken.add(PartnerNames.dedupKey(name, country.iso3()));
			partners.add(partner(name, country, PartnerKind.GOVERNMENT, random));
		}
		List<PartnerKind> otherKinds = List.copyOf(KIND_WEIGHTS.keySet());
		List<String> regions = List.copyOf(this.countriesByRegion.keySet());
		for (int i = 0; partners.size() < this.size.partners(); i++) {
			// The first few cover every kind and every region; the rest follow the weights.
			PartnerKind kind = i < otherKinds.size() ? otherKinds.get(i) : weightedKind(random);
			List<CountryRef> pool = i < regions.size() ? this.countriesByRegion.get(regions.get(i))
					: this.reference.countries();
			CountryRef country = DemoNames.pick(pool, random);
			String name = DemoNames.uniquePartnerName(kind, country.name(), country.iso3(), random, taken);
			partners.add(partner(name, country, kind, random));
		}
		return partners;
	}

	private PartnerPlan partner(String name, CountryRef country, PartnerKind kind, Random random) {
		String id = uuid(random);
		MembershipStatus status = MembershipStatus.ADMITTED;
		if (!kind.isConstituent()) {
			double draw = random.nextDouble();
			status = draw < 0.8 ? MembershipStatus.ADMITTED
					: draw < 0.95 ? MembershipStatus.PENDING : MembershipStatus.REJECTED;
		}
		boolean verified = status == MembershipStatus.ADMITTED
				&& random.nextDouble() < (kind.isConstituent() ? 0.9 : 0.65);
		Set<String> languages = new LinkedHashSet<>();
		languages.add(DemoNames.primaryLanguage(country.iso3(), country.region()));
		if (kind == PartnerKind.INTERNATIONAL_ORGANIZATION) {
			languages.addAll(List.of("en", "fr", "es"));
		}
		else if (random.nextDouble() < 0.6) {
			languages.add("en");
		}
		// Organizations specialize: one thematic area (sometimes two) and several kinds of expertise within it, which
		// is also what lets a partner cover all the expertise an objective of that area needs.
		List<String> focus = distinct(this.reference.thematicAreas(), random.nextDouble() < 0.7 ? 1 : 2, random);
		List<ExpertiseRef> fitting = this.reference.expertise()
			.stream()
			.filter((e) -> e.areas().stream().anyMatch(focus::contains))
			.toList();
		List<ExpertiseClaim> expertise = new ArrayList<>();
		for (ExpertiseRef entry : distinct(fitting, 2 + random.nextInt(4), random)) {
			double draw = random.nextDouble();
			ExpertiseLevel level = draw < 0.3 ? ExpertiseLevel.BASIC
					: draw < 0.75 ? ExpertiseLevel.ADVANCED : ExpertiseLevel.EXPERT;
			expertise.add(new ExpertiseClaim(entry.code(), level));
		}
		List<String> functionalAreas = distinct(this.reference.functionalAreas(), 1 + random.nextInt(3), random);
		Set<String> areas = new LinkedHashSet<>();
		for (ExpertiseClaim claim : expertise) {
			areas.addAll(expertiseAreas(claim.code()));
		}
		String description = "%s based in %s, working on %s.".formatted(kindPhrase(kind), country.name(),
				joinPhrases(areas.stream().map(DemoDataPlanner::areaPhrase).toList()));
		OffsetDateTime createdAt = before(this.referenceInstant, 730, random);
		return new PartnerPlan(id, name, country.iso3(), country.region(), kind, status, verified,
				List.copyOf(languages), description, DemoNames.website(name, kind), createdAt, List.copyOf(expertise),
				functionalAreas);
	}

	private PartnerKind weightedKind(Random random) {
		int total = KIND_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
		int draw = random.nextInt(total);
		for (Map.Entry<PartnerKind, Integer> entry : KIND_WEIGHTS.entrySet()) {
			draw -= entry.getValue();
			if (draw < 0) {
				return entry.getKey();
			}
		}
		throw new IllegalStateException("unreachable");
	}

	private List<OfferPlan> offers(List<PartnerPlan> partners, Random random) {
		// Rejected applicants offer nothing; pending ones may already have declared offers.
		List<PartnerPlan> eligible = partners.stream()
			.filter((p) -> p.membershipStatus() != MembershipStatus.REJECTED)
			.toList();
		List<OfferPlan> offers = new ArrayList<>(this.size.offers());
		for (int i = 0; i < this.size.offers(); i++) {
			// A first round gives every eligible partner an offer, so that few profiles are empty.
			PartnerPlan partner = i < eligible.size() ? eligible.get(i) : DemoNames.pick(eligible, random);
			String id = uuid(random);
			SupportKind kind = partner.kind() == PartnerKind.INTERNATIONAL_ORGANIZATION && random.nextBoolean()
					? SupportKind.FUNDING : DemoNames.pick(List.of(SupportKind.values()), random);
			List<String> partnerAreas = new ArrayList<>(new LinkedHashSet<>(partner.expertise()
				.stream()
				.flatMap((c) -> expertiseAreas(c.code()).stream())
				.toList()));
			if (partnerAreas.isEmpty()) {
				partnerAreas = this.reference.thematicAreas();
			}
			List<String> areas = distinct(partnerAreas, 1 + random.nextInt(2), random);
			List<String> regions = new ArrayList<>();
			List<String> countries = new ArrayList<>();
			double reach = random.nextDouble();
			if (reach < 0.45 || reach >= 0.9) {
				regions.add(partner.region());
				if (random.nextDouble() < 0.2) {
					String other = DemoNames.pick(this.reference.regions(), random);
					if (!regions.contains(other)) {
						regions.add(other);
					}
				}
			}
			if (reach >= 0.45) {
				List<CountryRef> near = this.countriesByRegion.getOrDefault(partner.region(), this.reference.countries());
				for (CountryRef country : distinct(near, 1 + random.nextInt(3), random)) {
					countries.add(country.iso3());
				}
			}
			Amount amount = amount(kind, partner.region(), random);
			int capacity = 1 + random.nextInt(10);
			LocalDate from = this.referenceDate.minusDays(random.nextInt(180));
			LocalDate until = from.plusDays(180 + random.nextInt(720));
			OfferStatus status = random.nextDouble() < 0.95 ? OfferStatus.ACTIVE : OfferStatus.WITHDRAWN;
			String title = supportPhrase(kind) + " " + preposition(kind) + " " + areaPhrase(areas.get(0));
			String description = "%s offers %s %s, for up to %d requests at a time, until %s.".formatted(partner.name(),
					amount.formatted(), amount.unitPhrase(), capacity, until);
			offers.add(new OfferPlan(id, partner.id(), title, description, kind, amount.value(), amount.unit(),
					capacity, from, until, partner.languages(), status, areas, List.copyOf(countries),
					List.copyOf(regions)));
		}
		return offers;
	}

	private void strategies(List<CountryRef> countryOrder, List<StrategyPlan> strategies, List<ObjectivePlan> objectives,
			Random random) {
		Map<String, IndicatorRef> indicators = new HashMap<>();
		this.reference.indicators().forEach((i) -> indicators.put(i.code(), i));
		int count = Math.min(this.size.strategies(), countryOrder.size());
		for (int s = 0; s < count; s++) {
			CountryRef country = countryOrder.get(s);
			LocalDate dialogue = this.referenceDate.minusDays(30 + random.nextInt(700));
			int start = dialogue.getYear() + random.nextInt(2);
			int end = start + 3 + random.nextInt(3);
			String strategyId = uuid(random);
			List<String> ranked = ranked(country, random);
			int objectiveCount = 2 + random.nextInt(4);
			Set<String> strategyAreas = new LinkedHashSet<>();
			for (int o = 0; o < objectiveCount; o++) {
				List<String> addressed = new ArrayList<>();
				addressed.add(ranked.get(o % ranked.size()));
				if (random.nextDouble() < 0.3) {
					String second = ranked.get(random.nextInt(Math.min(5, ranked.size())));
					if (!addressed.contains(second)) {
						addressed.add(second);
					}
				}
				List<String> areas = addressed.stream().map((c) -> indicators.get(c).area()).distinct().toList();
				strategyAreas.addAll(areas);
				List<ExpertiseRef> fitting = this.reference.expertise()
					.stream()
					.filter((e) -> e.areas().stream().anyMatch(areas::contains))
					.toList();
				// One or two kinds: every one of them is a hard requirement for the partner that covers the objective.
				List<String> expertise = distinct(fitting, 1 + random.nextInt(2), random).stream()
					.map(ExpertiseRef::code)
					.toList();
				List<SupportKind> kinds = distinct(List.of(SupportKind.values()), 1 + random.nextInt(3), random);
				boolean aligned = random.nextDouble() < 0.6;
				List<String> programmes = distinct(this.reference.programmes(), random.nextInt(3), random);
				String title = goal(addressed.get(0), indicators);
				String description = "Addresses %s in %s, where the %d national dialogue found it most pressing."
					.formatted(joinPhrases(addressed.stream().map((c) -> deficitPhrase(c, country.deficits().get(c))).toList()),
							country.name(), dialogue.getYear());
				objectives.add(new ObjectivePlan(uuid(random), strategyId, country.iso3(), title, description, kinds,
						aligned, List.copyOf(addressed), expertise, programmes, areas));
			}
			String title = "National Strategy for Social Justice of %s, %d-%d".formatted(country.name(), start, end);
			String summary = "Adopted after the national social-justice dialogue of %s; it concentrates on %s."
				.formatted(dialogue.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
						+ dialogue.getYear(), joinPhrases(strategyAreas.stream().map(DemoDataPlanner::areaPhrase).toList()));
			strategies.add(new StrategyPlan(strategyId, country.iso3(), title, summary, dialogue, start, end));
		}
	}

	/**
	 * The indicators a country's objectives address, in order: those with a severity in the country, most severe
	 * first, ties in an order shuffled per country; all indicators, shuffled, when the country has no such data.
	 */
	private List<String> ranked(CountryRef country, Random random) {
		Map<String, DeficitRef> deficits = country.deficits();
		List<String> withData = new ArrayList<>();
		List<String> all = new ArrayList<>();
		for (IndicatorRef indicator : this.reference.indicators()) {
			all.add(indicator.code());
			if (deficits.containsKey(indicator.code())) {
				withData.add(indicator.code());
			}
		}
		List<String> ranked = withData.isEmpty() ? all : withData;
		Collections.shuffle(ranked, random);
		ranked.sort(Comparator.comparingInt((String code) -> deficits.containsKey(code) ? deficits.get(code).severity() : 0)
			.reversed());
		return ranked;
	}

	/** An addressed indicator with the figure behind its severity, or "no data" rather than an invented severity. */
	private static String deficitPhrase(String indicator, DeficitRef deficit) {
		if (deficit == null) {
			return "SDG %s (no data)".formatted(indicator);
		}
		String name = deficit.series() == null ? null : SERIES_PHRASES.get(deficit.series());
		if (name == null) {
			name = deficit.seriesName() == null || deficit.seriesName().isEmpty() ? "value"
					: deficit.seriesName().substring(0, 1).toLowerCase(Locale.ROOT) + deficit.seriesName().substring(1);
		}
		return "SDG %s (%s %s in %d, severity %d of 5)".formatted(indicator, name, figure(deficit.value(), deficit.unit()),
				deficit.year(), deficit.severity());
	}

	// The value as stored, neither rounded nor padded, in its unit.
	private static String figure(double value, String unit) {
		String number = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		if (unit == null || unit.isBlank()) {
			return number;
		}
		if (unit.startsWith("score 0-")) {
			return number + " of " + unit.substring("score 0-".length());
		}
		return number + " " + unit;
	}

	private static String goal(String indicator, Map<String, IndicatorRef> indicators) {
		String goal = INDICATOR_GOALS.get(indicator);
		if (goal != null) {
			return goal;
		}
		String name = indicators.get(indicator).name();
		return "Reduce the deficit measured by SDG " + indicator + (name == null ? "" : " (" + name + ")");
	}

	private List<RequestPlan> requests(List<ObjectivePlan> objectives, Random random) {
		List<RequestPlan> requests = new ArrayList<>(this.size.requests());
		for (int i = 0; i < this.size.requests(); i++) {
			ObjectivePlan objective = DemoNames.pick(objectives, random);
			CountryRef country = this.countriesByIso3.get(objective.iso3());
			SupportKind kind = DemoNames.pick(objective.supportKinds(), random);
			Amount amount = amount(kind, country.region(), random);
			LocalDate deadline = this.referenceDate.plusDays(30 + random.nextInt(511));
			double draw = random.nextDouble();
			// Other states follow matches (RequestStatuses); the demo's matches are written with their lifecycle.
			RequestStatus status = draw < 0.92 ? RequestStatus.OPEN : RequestStatus.WITHDRAWN;
			String title = "%s: %s (%s)".formatted(supportPhrase(kind), objective.title(), country.name());
			String description = "%s asks for %s %s towards the objective \"%s\" of its national strategy, by %s."
				.formatted(country.name(), amount.formatted(), amount.unitPhrase(), objective.title(), deadline);
			requests.add(new RequestPlan(uuid(random), country.iso3(), objective.id(), title, description, kind,
					amount.value(), amount.unit(), DemoNames.primaryLanguage(country.iso3(), country.region()),
					deadline, status, before(this.referenceInstant, 365, random), objective.areas()));
		}
		return requests;
	}

	private List<WorkStreamPlan> workStreams(List<PartnerPlan> partners, Random random) {
		List<PartnerPlan> admitted = partners.stream()
			.filter((p) -> p.membershipStatus() == MembershipStatus.ADMITTED)
			.toList();
		List<String> programmes = this.reference.programmes();
		List<WorkStreamPlan> workStreams = new ArrayList<>();
		for (int i = 0; i < this.size.workStreams(); i++) {
			String programme = programmes.get(i % programmes.size());
			int round = i / programmes.size();
			List<String> names = WORK_STREAM_NAMES.getOrDefault(programme, List.of());
			String name = round < names.size() ? names.get(round)
					: "Work stream %d on %s".formatted(round + 1, programme.toLowerCase(Locale.ROOT).replace('_', ' '));
			List<PartnerPlan> members = distinct(admitted, Math.min(admitted.size(), 4 + random.nextInt(6)), random);
			String lead = members.get(0).id();
			List<String> supporters = members.subList(1, members.size()).stream().map(PartnerPlan::id).toList();
			String description = "Partners led by %s plan and report joint work on %s, with %d supporting partners."
				.formatted(members.get(0).name(), name.toLowerCase(Locale.ROOT), supporters.size());
			workStreams.add(new WorkStreamPlan(uuid(random), name, description, programme, lead, supporters));
		}
		return workStreams;
	}

	private List<String> expertiseAreas(String code) {
		for (ExpertiseRef entry : this.reference.expertise()) {
			if (entry.code().equals(code)) {
				return entry.areas();
			}
		}
		return List.of();
	}

	/** Up to {@code count} distinct elements of {@code values}, in random order. */
	static <T> List<T> distinct(List<T> values, int count, Random random) {
		List<T> copy = new ArrayList<>(values);
		Collections.shuffle(copy, random);
		return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
	}

	private static OffsetDateTime before(Instant reference, int maxDays, Random random) {
		long seconds = (long) (random.nextDouble() * maxDays * 86_400L);
		return reference.minusSeconds(seconds).atOffset(ZoneOffset.UTC);
	}

	private static Amount amount(SupportKind kind, String region, Random random) {
		return switch (kind) {
			case FUNDING -> {
				String currency = "USD";
				if ("EUROPE_CENTRAL_ASIA".equals(region)) {
					double draw = random.nextDouble();
					currency = draw < 0.6 ? "EUR" : draw < 0.75 ? "CHF" : "USD";
				}
				yield new Amount((10 + random.nextInt(1_990)) * 1_000.0, currency);
			}
			case TECHNICAL_ASSISTANCE -> new Amount(10 + random.nextInt(191), "PERSON_DAYS");
			case DIALOGUE_FACILITATION -> new Amount(5 + random.nextInt(56), "PERSON_DAYS");
			case TRAINING -> new Amount(10 + random.nextInt(291), "PLACES");
			case KNOWLEDGE -> new Amount(1 + random.nextInt(10), "PRODUCTS");
		};
	}

	static String supportPhrase(SupportKind kind) {
		return switch (kind) {
			case FUNDING -> "Funding";
			case TECHNICAL_ASSISTANCE -> "Technical assistance";
			case TRAINING -> "Training";
			case KNOWLEDGE -> "Knowledge products";
			case DIALOGUE_FACILITATION -> "Dialogue facilitation";
		};
	}

	private static String preposition(SupportKind kind) {
		return switch (kind) {
			case FUNDING -> "for";
			case TRAINING -> "in";
			default -> "on";
		};
	}

	static String areaPhrase(String area) {
		return switch (area) {
			case "RIGHTS_AT_WORK" -> "rights at work";
			case "PROTECTION_RESILIENCE" -> "social protection and resilience";
			case "EMPLOYMENT" -> "employment and sustainable enterprises";
			case "INEQUALITY_DISCRIMINATION" -> "inequality and discrimination";
			case "JUST_TRANSITIONS_TRADE" -> "just transitions and trade";
			case "SOCIAL_DIALOGUE" -> "social dialogue";
			default -> area.toLowerCase(Locale.ROOT).replace('_', ' ');
		};
	}

	private static String kindPhrase(PartnerKind kind) {
		return switch (kind) {
			case GOVERNMENT -> "The ministry in charge of labour";
			case EMPLOYERS_ORGANIZATION -> "An employers' organization";
			case WORKERS_ORGANIZATION -> "A workers' organization";
			case INTERNATIONAL_ORGANIZATION -> "An international organization";
			case ENTERPRISE -> "An enterprise";
			case ACADEMIA -> "An academic institution";
			case NGO -> "A non-governmental organization";
			case OTHER -> "An organization";
		};
	}

	static String joinPhrases(List<String> phrases) {
		if (phrases.isEmpty()) {
			return "social justice";
		}
		if (phrases.size() == 1) {
			return phrases.get(0);
		}
		return String.join(", ", phrases.subList(0, phrases.size() - 1)) + " and " + phrases.get(phrases.size() - 1);
	}

	private static Map<PartnerKind, Integer> kindWeights() {
		Map<PartnerKind, Integer> weights = new LinkedHashMap<>();
		weights.put(PartnerKind.EMPLOYERS_ORGANIZATION, 14);
		weights.put(PartnerKind.WORKERS_ORGANIZATION, 14);
		weights.put(PartnerKind.INTERNATIONAL_ORGANIZATION, 5);
		weights.put(PartnerKind.ENTERPRISE, 20);
		weights.put(PartnerKind.ACADEMIA, 15);
		weights.put(PartnerKind.NGO, 24);
		weights.put(PartnerKind.OTHER, 8);
		return Collections.unmodifiableMap(weights);
	}

	/** An amount of support in its unit. */
	private record Amount(double value, String unit) {

		String formatted() {
			return String.format(Locale.ROOT, "%,.0f", this.value);
		}

		String unitPhrase() {
			return switch (this.unit) {
				case "PERSON_DAYS" -> "person-days of expert time";
				case "PLACES" -> "training places";
				case "PRODUCTS" -> "knowledge products";
				default -> this.unit;
			};
		}

	}

}
