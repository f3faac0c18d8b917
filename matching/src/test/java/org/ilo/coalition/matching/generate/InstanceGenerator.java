package org.ilo.coalition.matching.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.ilo.coalition.matching.plan.AcceptedMatch;
import org.ilo.coalition.matching.plan.Country;
import org.ilo.coalition.matching.plan.Deficit;
import org.ilo.coalition.matching.plan.Eligibility;
import org.ilo.coalition.matching.plan.ExistingSupport;
import org.ilo.coalition.matching.plan.MatchingParameters;
import org.ilo.coalition.matching.plan.MatchingProblem;
import org.ilo.coalition.matching.plan.MembershipStatus;
import org.ilo.coalition.matching.plan.Objective;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.Partner;
import org.ilo.coalition.matching.plan.PartnerKind;
import org.ilo.coalition.matching.plan.Rejection;
import org.ilo.coalition.matching.plan.SupportKind;
import org.ilo.coalition.matching.plan.SupportRequest;
import org.ilo.coalition.matching.plan.TrackRecord;

/**
 * Generates matching problems for tests and benchmarks from a seed: the same seed and sizes always give the same
 * problem.
 *
 * <p>Distributions follow the domain rather than uniform noise: five ILO regions with more requests from Africa and
 * Asia, severities centred on 3, a kind mix dominated by funding and technical assistance, currencies, person-days,
 * places and products with their own amount scales, partners focused on one or two thematic areas, offers that serve a
 * region or a handful of countries, and demand exceeding supply so that choices matter.
 */
public final class InstanceGenerator {

	/** The default plan date of generated problems. */
	public static final LocalDate PLAN_DATE = LocalDate.of(2026, 1, 15);

	private static final String[] AREAS = { "RIGHTS_AT_WORK", "PROTECTION_RESILIENCE", "EMPLOYMENT",
			"INEQUALITY_DISCRIMINATION", "JUST_TRANSITIONS_TRADE", "SOCIAL_DIALOGUE" };

	private static final String[][] EXPERTISE_BY_AREA = {
			{ "INTERNATIONAL_LABOUR_STANDARDS", "LABOUR_INSPECTION", "CHILD_LABOUR", "FORCED_LABOUR" },
			{ "SOCIAL_PROTECTION_FLOORS", "OCCUPATIONAL_SAFETY_HEALTH", "MINIMUM_WAGES", "SOCIAL_SECURITY_FINANCING" },
			{ "SKILLS_DEVELOPMENT", "EMPLOYMENT_SERVICES", "ENTERPRISE_DEVELOPMENT", "FORMALIZATION" },
			{ "GENDER_EQUALITY", "PAY_TRANSPARENCY", "DISABILITY_INCLUSION", "VIOLENCE_HARASSMENT" },
			{ "GREEN_JOBS", "SUPPLY_CHAIN_DUE_DILIGENCE", "TRADE_LABOUR_PROVISIONS", "DIGITAL_ECONOMY" },
			{ "COLLECTIVE_BARGAINING", "TRIPARTITE_INSTITUTIONS", "EMPLOYERS_ORGANIZATION_CAPACITY",
					"WORKERS_ORGANIZATION_CAPACITY" } };

	// SDG indicator and the index of its area in AREAS.
	private static final String[] INDICATORS = { "1.1.1", "1.3.1", "8.3.1", "8.5.1", "8.5.2", "8.6.1", "8.7.1", "8.8.1",
			"8.8.2", "10.4.1" };

	private static final int[] INDICATOR_AREA = { 1, 1, 2, 3, 2, 2, 0, 1, 5, 3 };

	private static final String[] REGIONS = { "AFRICA", "AMERICAS", "ARAB_STATES", "ASIA_PACIFIC",
			"EUROPE_CENTRAL_ASIA" };

	// Requests come mostly from Africa and Asia and the Pacific.
	private static final double[] REQUEST_REGION_WEIGHTS = { 0.35, 0.20, 0.10, 0.25, 0.10 };

	private static final String[][] COUNTRIES = { { "KEN", "Kenya", "AFRICA", "en" }, { "NGA", "Nigeria", "AFRICA", "en" },
			{ "ETH", "Ethiopia", "AFRICA", "en" }, { "GHA", "Ghana", "AFRICA", "en" }, { "SEN", "Senegal", "AFRICA", "fr" },
			{ "ZAF", "South Africa", "AFRICA", "en" }, { "TZA", "United Republic of Tanzania", "AFRICA", "en" },
			{ "UGA", "Uganda", "AFRICA", "en" }, { "CIV", "Côte d'Ivoire", "AFRICA", "fr" },
			{ "CMR", "Cameroon", "AFRICA", "fr" }, { "MOZ", "Mozambique", "AFRICA", "pt" },
			{ "ZMB", "Zambia", "AFRICA", "en" }, { "MDG", "Madagascar", "AFRICA", "fr" },
			{ "BFA", "Burkina Faso", "AFRICA", "fr" }, { "MLI", "Mali", "AFRICA", "fr" },
			{ "BRA", "Brazil", "AMERICAS", "pt" }, { "MEX", "Mexico", "AMERICAS", "es" },
			{ "COL", "Colombia", "AMERICAS", "es" }, { "PER", "Peru", "AMERICAS", "es" },
			{ "ARG", "Argentina", "AMERICAS", "es" }, { "GTM", "Guatemala", "AMERICAS", "es" },
			{ "HND", "Honduras", "AMERICAS", "es" }, { "BOL", "Bolivia (Plurinational State of)", "AMERICAS", "es" },
			{ "HTI", "Haiti", "AMERICAS", "fr" }, { "JAM", "Jamaica", "AMERICAS", "en" },
			{ "JOR", "Jordan", "ARAB_STATES", "ar" }, { "LBN", "Lebanon", "ARAB_STATES", "ar" },
			{ "IRQ", "Iraq", "ARAB_STATES", "ar" }, { "YEM", "Yemen", "ARAB_STATES", "ar" },
			{ "OMN", "Oman", "ARAB_STATES", "ar" }, { "IND", "India", "ASIA_PACIFIC", "en" },
			{ "BGD", "Bangladesh", "ASIA_PACIFIC", "en" }, { "PAK", "Pakistan", "ASIA_PACIFIC", "en" },
			{ "IDN", "Indonesia", "ASIA_PACIFIC", "en" }, { "PHL", "Philippines", "ASIA_PACIFIC", "en" },
			{ "VNM", "Viet Nam", "ASIA_PACIFIC", "en" }, { "KHM", "Cambodia", "ASIA_PACIFIC", "en" },
			{ "NPL", "Nepal", "ASIA_PACIFIC", "en" }, { "MMR", "Myanmar", "ASIA_PACIFIC", "en" },
			{ "FJI", "Fiji", "ASIA_PACIFIC", "en" }, { "UKR", "Ukraine", "EUROPE_CENTRAL_ASIA", "ru" },
			{ "MDA", "Republic of Moldova", "EUROPE_CENTRAL_ASIA", "ru" },
			{ "KGZ", "Kyrgyzstan", "EUROPE_CENTRAL_ASIA", "ru" }, { "TJK", "Tajikistan", "EUROPE_CENTRAL_ASIA", "ru" },
			{ "ALB", "Albania", "EUROPE_CENTRAL_ASIA", "en" }, { "GEO", "Georgia", "EUROPE_CENTRAL_ASIA", "en" },
			{ "TUR", "Türkiye", "EUROPE_CENTRAL_ASIA", "en" }, { "UZB", "Uzbekistan", "EUROPE_CENTRAL_ASIA", "ru" } };

	private static final PartnerKind[] PARTNER_KINDS = PartnerKind.values();

	private static final double[] PARTNER_KIND_WEIGHTS = { 0.20, 0.12, 0.12, 0.15, 0.10, 0.12, 0.15, 0.04 };

	private static final SupportKind[] SUPPORT_KINDS = SupportKind.values();

	private static final double[] OFFER_KIND_WEIGHTS = { 0.25, 0.30, 0.20, 0.10, 0.15 };

	private static final double[] REQUEST_KIND_WEIGHTS = { 0.30, 0.30, 0.20, 0.08, 0.12 };

	// Most requests address moderate deficits; a sixth the most severe ones.
	private static final double[] SEVERITY_WEIGHTS = { 0.12, 0.20, 0.30, 0.22, 0.16 };

	private final Random random;

	private final LocalDate planDate;

	private final List<Country> countries = new ArrayList<>();

	private final Map<String, String> languageOf = new HashMap<>();

	// Multiplies every offer's amount (1 for the standard instances); the draws are the same for any value.
	private final double supplyScale;

	private InstanceGenerator(long seed, LocalDate planDate, double supplyScale) {
		this.random = new Random(seed);
		this.planDate = planDate;
		this.supplyScale = supplyScale;
		for (String[] row : COUNTRIES) {
			this.countries.add(new Country(row[0], row[1], row[2]));
			this.languageOf.put(row[0], row[3]);
		}
	}

	public static MatchingProblem generate(InstanceSize size, long seed) {
		return generate(size.requests(), size.offers(), size.partners(), seed);
	}

	public static MatchingProblem generate(int requests, int offers, int partners, long seed) {
		return new InstanceGenerator(seed, PLAN_DATE, 1.0).problem(requests, offers, partners);
	}

	/**
	 * The same instance as {@link #generate(InstanceSize, long)} (same draws, same requests, partners and eligibility)
	 * but with every offer's amount multiplied by {@code supplyScale}: a sensitivity analysis of how much the search
	 * can win over the greedy baseline when supply is less scarce (docs/matching.md, "Bound").
	 */
	public static MatchingProblem generate(InstanceSize size, long seed, double supplyScale) {
		if (!(supplyScale > 0)) {
			throw new IllegalArgumentException("supplyScale must be positive");
		}
		return new InstanceGenerator(seed, PLAN_DATE, supplyScale).problem(size.requests(), size.offers(),
				size.partners());
	}

	private MatchingProblem problem(int requestCount, int offerCount, int partnerCount) {
		List<Partner> partners = new ArrayList<>();
		List<String> homeRegions = new ArrayList<>();
		List<int[]> focusAreas = new ArrayList<>();
		for (int i = 0; i < partnerCount; i++) {
			partners.add(partner(i, homeRegions, focusAreas));
		}
		List<Offer> offers = new ArrayList<>();
		for (int i = 0; i < offerCount; i++) {
			// Skewed towards the first partners: a few large organizations hold many offers.
			int p = (int) Math.min(partnerCount - 1, Math.floor(partnerCount * Math.pow(this.random.nextDouble(), 1.6)));
			offers.add(offer(i, partners.get(p), homeRegions.get(p), focusAreas.get(p)));
		}
		List<SupportRequest> requests = new ArrayList<>();
		for (int i = 0; i < requestCount; i++) {
			requests.add(request(i));
		}
		return extras(partners, offers, requests, homeRegions);
	}

	private Partner partner(int index, List<String> homeRegions, List<int[]> focusAreas) {
		PartnerKind kind = PARTNER_KINDS[pick(PARTNER_KIND_WEIGHTS)];
		MembershipStatus status = MembershipStatus.ADMITTED;
		if (!isConstituent(kind)) {
			double draw = this.random.nextDouble();
			status = (draw < 0.85) ? MembershipStatus.ADMITTED
					: ((draw < 0.95) ? MembershipStatus.PENDING : MembershipStatus.REJECTED);
		}
		int first = this.random.nextInt(AREAS.length);
		int[] areas = (this.random.nextDouble() < 0.5) ? new int[] { first }
				: new int[] { first, (first + 1 + this.random.nextInt(AREAS.length - 1)) % AREAS.length };
		Set<String> expertise = new TreeSet<>();
		for (int area : areas) {
			for (String code : EXPERTISE_BY_AREA[area]) {
				if (this.random.nextDouble() < 0.85) {
					expertise.add(code);
				}
			}
		}
		int others = 2 + this.random.nextInt(2);
		for (int i = 0; i < others; i++) {
			String[] area = EXPERTISE_BY_AREA[this.random.nextInt(AREAS.length)];
			expertise.add(area[this.random.nextInt(area.length)]);
		}
		homeRegions.add(REGIONS[pick(REQUEST_REGION_WEIGHTS)]);
		focusAreas.add(areas);
		String id = "P%05d".formatted(index);
		return new Partner(id, kind.name().charAt(0) + kind.name().substring(1).toLowerCase().replace('_', ' ') + " "
				+ id, kind, status, expertise);
	}

	private Offer offer(int index, Partner partner, String homeRegion, int[] partnerAreas) {
		SupportKind kind = SUPPORT_KINDS[pick(OFFER_KIND_WEIGHTS)];
		String unit = unitFor(kind);
		long amount = scaled(amountFor(unit, false), unit);
		int capacity = 1 + Math.min(5, geometric(0.45));
		Set<String> areas = new TreeSet<>();
		for (int area : partnerAreas) {
			areas.add(AREAS[area]);
		}
		if (this.random.nextDouble() < 0.3) {
			areas.add(AREAS[this.random.nextInt(AREAS.length)]);
		}
		Set<String> regions = new TreeSet<>();
		Set<String> served = new TreeSet<>();
		double reach = this.random.nextDouble();
		if (reach < 0.35) {
			regions.add(homeRegion);
		}
		else if (reach < 0.5) {
			regions.add(homeRegion);
			regions.add(REGIONS[this.random.nextInt(REGIONS.length)]);
		}
		else {
			int count = 3 + this.random.nextInt(6);
			for (int i = 0; i < count; i++) {
				Country country = (this.random.nextDouble() < 0.7) ? countryIn(homeRegion) : anyCountry();
				served.add(country.iso3());
			}
		}
		Set<String> languages = new TreeSet<>();
		languages.add("en");
		for (String region : regions.isEmpty() ? Set.of(homeRegion) : regions) {
			if (this.random.nextDouble() < 0.6) {
				languages.add(regionLanguage(region));
			}
		}
		for (String iso3 : served) {
			if (this.random.nextDouble() < 0.3) {
				languages.add(this.languageOf.get(iso3));
			}
		}
		LocalDate from = this.planDate.plusDays(-365 + this.random.nextInt(600));
		LocalDate until = from.plusDays(120 + this.random.nextInt(780));
		String id = "O%05d".formatted(index);
		return new Offer(id, kind.name().toLowerCase().replace('_', ' ') + " " + id, partner, kind, amount, unit,
				capacity, areas, served, regions, languages, from, until);
	}

	private SupportRequest request(int index) {
		String region = REGIONS[pick(REQUEST_REGION_WEIGHTS)];
		Country country = countryIn(region);
		SupportKind kind = SUPPORT_KINDS[pick(REQUEST_KIND_WEIGHTS)];
		String unit = unitFor(kind);
		long amount = amountFor(unit, true);
		List<Deficit> deficits = new ArrayList<>();
		int deficitCount = 1 + ((this.random.nextDouble() < 0.35) ? 1 : 0);
		for (int i = 0; i < deficitCount; i++) {
			int indicator = this.random.nextInt(INDICATORS.length);
			deficits.add(new Deficit(INDICATORS[indicator], AREAS[INDICATOR_AREA[indicator]], 1 + pick(SEVERITY_WEIGHTS)));
		}
		Set<String> areas = new TreeSet<>();
		for (Deficit deficit : deficits) {
			areas.add(deficit.thematicArea());
		}
		if (this.random.nextDouble() < 0.2) {
			areas.add("JUST_TRANSITIONS_TRADE");
		}
		List<String> areaList = new ArrayList<>(areas);
		Set<String> needed = new TreeSet<>();
		int neededCount = (this.random.nextDouble() < 0.8) ? 1 : 2;
		for (int i = 0; i < neededCount; i++) {
			String area = areaList.get(this.random.nextInt(areaList.size()));
			String[] codes = EXPERTISE_BY_AREA[indexOf(area)];
			needed.add(codes[this.random.nextInt(codes.length)]);
		}
		String id = "R%05d".formatted(index);
		Objective objective = new Objective("OBJ" + id.substring(1), "Objective of " + id, needed, deficits);
		String language = (this.random.nextDouble() < 0.8) ? this.languageOf.get(country.iso3()) : "en";
		LocalDate deadline = this.planDate.plusDays(30 + this.random.nextInt(690));
		return new SupportRequest(id, kind.name().toLowerCase().replace('_', ' ') + " for " + country.name() + " " + id,
				kind, amount, unit, language, deadline, country, areas, objective);
	}

	// Accepted matches, rejections, track records and support from other initiatives, drawn over the generated facts.
	private MatchingProblem extras(List<Partner> partners, List<Offer> offers, List<SupportRequest> requests,
			List<String> homeRegions) {
		Map<String, Long> givenByOffer = new HashMap<>();
		Map<String, Integer> requestsByOffer = new HashMap<>();
		List<AcceptedMatch> accepted = new ArrayList<>();
		List<Rejection> rejections = new ArrayList<>();
		List<ExistingSupport> existing = new ArrayList<>();
		Map<String, List<Offer>> offersByKindAndUnit = new HashMap<>();
		for (Offer offer : offers) {
			offersByKindAndUnit.computeIfAbsent(offer.kind() + "|" + offer.unit(), (key) -> new ArrayList<>()).add(offer);
		}
		for (SupportRequest request : requests) {
			double draw = this.random.nextDouble();
			if (draw < 0.09) {
				List<Offer> eligible = new ArrayList<>();
				for (Offer offer : offersByKindAndUnit.getOrDefault(request.kind() + "|" + request.unit(), List.of())) {
					if (Eligibility.isEligible(offer, request, this.planDate)) {
						eligible.add(offer);
					}
				}
				if (eligible.isEmpty()) {
					continue;
				}
				Offer offer = eligible.get(this.random.nextInt(eligible.size()));
				if (draw < 0.05) {
					long amount = Math.max(1, Math.min(request.amount() / 2, offer.amount() / 3));
					long given = givenByOffer.getOrDefault(offer.id(), 0L);
					int served = requestsByOffer.getOrDefault(offer.id(), 0);
					if (given + amount <= offer.amount() && served < offer.capacity()) {
						givenByOffer.put(offer.id(), given + amount);
						requestsByOffer.put(offer.id(), served + 1);
						accepted.add(new AcceptedMatch(request.id(), offer.id(), amount));
					}
				}
				else {
					rejections.add(new Rejection(request.id(), offer.partner().id()));
				}
			}
			if (this.random.nextDouble() < 0.04) {
				SupportKind kind = (this.random.nextDouble() < 0.5) ? request.kind()
						: SUPPORT_KINDS[this.random.nextInt(SUPPORT_KINDS.length)];
				existing.add(new ExistingSupport(request.objective().id(), kind, "a UN cooperation framework programme"));
			}
		}
		List<TrackRecord> records = new ArrayList<>();
		for (int i = 0; i < partners.size(); i++) {
			int count = this.random.nextInt(4);
			Set<String> seen = new LinkedHashSet<>();
			for (int j = 0; j < count; j++) {
				Country country = countryIn(homeRegions.get(i));
				if (seen.add(country.iso3())) {
					records.add(new TrackRecord(partners.get(i).id(), country.iso3(), this.random.nextInt(4),
							this.random.nextInt(3)));
				}
			}
		}
		return new MatchingProblem(new MatchingParameters(this.planDate), partners, offers, requests, accepted,
				rejections, records, existing);
	}

	private String unitFor(SupportKind kind) {
		return switch (kind) {
			case FUNDING -> {
				double draw = this.random.nextDouble();
				yield (draw < 0.6) ? "USD" : ((draw < 0.9) ? "EUR" : "CHF");
			}
			case TECHNICAL_ASSISTANCE, DIALOGUE_FACILITATION -> "PERSON_DAYS";
			case TRAINING -> "PLACES";
			case KNOWLEDGE -> "PRODUCTS";
		};
	}

	// Log-uniform amounts; requests range a little wider than offers, so that some need several offers.
	private long amountFor(String unit, boolean request) {
		double low;
		double high;
		long step;
		switch (unit) {
			case "PERSON_DAYS" -> {
				low = 20;
				high = request ? 600 : 400;
				step = 1;
			}
			case "PLACES" -> {
				low = 15;
				high = request ? 450 : 300;
				step = 1;
			}
			case "PRODUCTS" -> {
				low = 1;
				high = request ? 15 : 12;
				step = 1;
			}
			default -> {
				low = request ? 30_000 : 50_000;
				high = request ? 2_500_000 : 1_500_000;
				step = 1_000;
			}
		}
		double value = Math.exp(Math.log(low) + this.random.nextDouble() * (Math.log(high) - Math.log(low)));
		return Math.max(step, Math.round(value / step) * step);
	}

	private long scaled(long amount, String unit) {
		if (this.supplyScale == 1.0) {
			return amount;
		}
		long step = (unit.equals("PERSON_DAYS") || unit.equals("PLACES") || unit.equals("PRODUCTS")) ? 1 : 1_000;
		return Math.max(step, Math.round(amount * this.supplyScale / step) * step);
	}

	private Country countryIn(String region) {
		List<Country> inRegion = this.countries.stream().filter((country) -> country.region().equals(region)).toList();
		return inRegion.get(this.random.nextInt(inRegion.size()));
	}

	private Country anyCountry() {
		return this.countries.get(this.random.nextInt(this.countries.size()));
	}

	private static String regionLanguage(String region) {
		return switch (region) {
			case "AFRICA" -> "fr";
			case "AMERICAS" -> "es";
			case "ARAB_STATES" -> "ar";
			case "EUROPE_CENTRAL_ASIA" -> "ru";
			default -> "en";
		};
	}

	private static boolean isConstituent(PartnerKind kind) {
		return kind == PartnerKind.GOVERNMENT || kind.isSocialPartner();
	}

	private static int indexOf(String area) {
		for (int i = 0; i < AREAS.length; i++) {
			if (AREAS[i].equals(area)) {
				return i;
			}
		}
		throw new IllegalArgumentException(area);
	}

	private int geometric(double p) {
		int count = 0;
		while (this.random.nextDouble() > p && count < 20) {
			count++;
		}
		return count;
	}

	private int pick(double[] weights) {
		double draw = this.random.nextDouble();
		double cumulative = 0;
		for (int i = 0; i < weights.length; i++) {
			cumulative += weights[i];
			if (draw < cumulative) {
				return i;
			}
		}
		return weights.length - 1;
	}

}
