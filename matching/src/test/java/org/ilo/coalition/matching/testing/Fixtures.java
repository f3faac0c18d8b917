package org.ilo.coalition.matching.testing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.ilo.coalition.matching.plan.Country;
import org.ilo.coalition.matching.plan.Deficit;
import org.ilo.coalition.matching.plan.ExistingSupport;
import org.ilo.coalition.matching.plan.MatchingParameters;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.MembershipStatus;
import org.ilo.coalition.matching.plan.Objective;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.Partner;
import org.ilo.coalition.matching.plan.PartnerKind;
import org.ilo.coalition.matching.plan.Rejection;
import org.ilo.coalition.matching.plan.RequestPart;
import org.ilo.coalition.matching.plan.SupportKind;
import org.ilo.coalition.matching.plan.SupportRequest;
import org.ilo.coalition.matching.plan.TrackRecord;

/** Small hand-made facts for tests: the defaults keep every hard rule, so each test breaks only what it means to. */
public final class Fixtures {

	public static final LocalDate PLAN_DATE = LocalDate.of(2026, 1, 15);

	public static final MatchingParameters PARAMETERS = new MatchingParameters(PLAN_DATE);

	public static final Country KENYA = new Country("KEN", "Kenya", "AFRICA");

	public static final Country SENEGAL = new Country("SEN", "Senegal", "AFRICA");

	public static final Country PERU = new Country("PER", "Peru", "AMERICAS");

	public static final String SKILLS = "SKILLS_DEVELOPMENT";

	private Fixtures() {
	}

	public static Partner partner(String id, PartnerKind kind, String... expertise) {
		return new Partner(id, "Partner " + id, kind, MembershipStatus.ADMITTED, Set.of(expertise));
	}

	public static Partner partner(String id) {
		return partner(id, PartnerKind.INTERNATIONAL_ORGANIZATION, SKILLS);
	}

	public static OfferSpec offer(String id, Partner partner) {
		return new OfferSpec(id, partner);
	}

	public static RequestSpec request(String id) {
		return new RequestSpec(id);
	}

	/** An open part holding the given offer (or none), with its share of the request computed from the amounts. */
	public static RequestPart part(String id, SupportRequest request, long amount, Offer offer) {
		return new RequestPart(id, request, amount, amount * 1000 / request.amount(), false,
				(offer != null) ? List.of(offer) : List.of(), offer);
	}

	public static RequestPart acceptedPart(String id, SupportRequest request, long amount, Offer offer) {
		return new RequestPart(id, request, amount, amount * 1000 / request.amount(), true, List.of(offer), offer);
	}

	/** A plan over the given parts, with their requests and offers as facts. */
	public static MatchingPlan plan(List<RequestPart> parts, Object... facts) {
		List<Offer> offers = parts.stream()
			.flatMap((part) -> part.getEligibleOffers().stream())
			.distinct()
			.toList();
		List<SupportRequest> requests = parts.stream().map(RequestPart::getRequest).distinct().toList();
		List<Partner> partners = offers.stream().map(Offer::partner).distinct().toList();
		return new MatchingPlan(PARAMETERS, partners, offers, requests, ofType(facts, Rejection.class),
				ofType(facts, TrackRecord.class), ofType(facts, ExistingSupport.class), parts);
	}

	private static <T> List<T> ofType(Object[] facts, Class<T> type) {
		return Arrays.stream(facts).filter(type::isInstance).map(type::cast).toList();
	}

	/** A fluent offer: TRAINING in PLACES, 100 places for 2 requests, EMPLOYMENT, Kenya, English, a year from now. */
	public static final class OfferSpec {

		private final String id;

		private final Partner partner;

		private SupportKind kind = SupportKind.TRAINING;

		private String unit = "PLACES";

		private long amount = 100;

		private int capacity = 2;

		private Set<String> areas = Set.of("EMPLOYMENT");

		private Set<String> countries = Set.of("KEN");

		private Set<String> regions = Set.of();

		private Set<String> languages = Set.of("en");

		private LocalDate from = PLAN_DATE.minusDays(30);

		private LocalDate until = PLAN_DATE.plusDays(365);

		private OfferSpec(String id, Partner partner) {
			this.id = id;
			this.partner = partner;
		}

		public OfferSpec kind(SupportKind kind, String unit) {
			this.kind = kind;
			this.unit = unit;
			return this;
		}

		public OfferSpec amount(long amount) {
			this.amount = amount;
			return this;
		}

		public OfferSpec capacity(int capacity) {
			this.capacity = capacity;
			return this;
		}

		public OfferSpec areas(String... areas) {
			this.areas = Set.of(areas);
			return this;
		}

		public OfferSpec countries(String... countries) {
			this.countries = Set.of(countries);
			return this;
		}

		public OfferSpec regions(String... regions) {
			this.regions = Set.of(regions);
			return this;
		}

		public OfferSpec languages(String... languages) {
			this.languages = Set.of(languages);
			return this;
		}

		public OfferSpec window(LocalDate from, LocalDate until) {
			this.from = from;
			this.until = until;
			return this;
		}

		public Offer build() {
			return new Offer(this.id, "Offer " + this.id, this.partner, this.kind, this.amount, this.unit, this.capacity,
					this.areas, this.countries, this.regions, this.languages, this.from, this.until);
		}

	}

	/** A fluent request: 50 TRAINING places for Kenya in English, EMPLOYMENT, needing skills, severity 3. */
	public static final class RequestSpec {

		private final String id;

		private SupportKind kind = SupportKind.TRAINING;

		private String unit = "PLACES";

		private long amount = 50;

		private String language = "en";

		private LocalDate deadline = PLAN_DATE.plusDays(180);

		private Country country = KENYA;

		private Set<String> areas = Set.of("EMPLOYMENT");

		private Set<String> expertise = Set.of(SKILLS);

		private int severity = 3;

		private String objectiveId;

		private RequestSpec(String id) {
			this.id = id;
			this.objectiveId = "OBJ-" + id;
		}

		public RequestSpec kind(SupportKind kind, String unit) {
			this.kind = kind;
			this.unit = unit;
			return this;
		}

		public RequestSpec amount(long amount) {
			this.amount = amount;
			return this;
		}

		public RequestSpec language(String language) {
			this.language = language;
			return this;
		}

		public RequestSpec deadline(LocalDate deadline) {
			this.deadline = deadline;
			return this;
		}

		public RequestSpec country(Country country) {
			this.country = country;
			return this;
		}

		public RequestSpec areas(String... areas) {
			this.areas = Set.of(areas);
			return this;
		}

		public RequestSpec expertise(String... expertise) {
			this.expertise = Set.of(expertise);
			return this;
		}

		public RequestSpec severity(int severity) {
			this.severity = severity;
			return this;
		}

		/** The country has no figure for the indicator the objective addresses. */
		public RequestSpec noData() {
			this.severity = 0;
			return this;
		}

		public RequestSpec objective(String objectiveId) {
			this.objectiveId = objectiveId;
			return this;
		}

		public SupportRequest build() {
			Objective objective = new Objective(this.objectiveId, "Objective " + this.objectiveId, this.expertise,
					List.of(this.severity == 0 ? Deficit.noData("8.5.2", "EMPLOYMENT")
							: new Deficit("8.5.2", "EMPLOYMENT", this.severity)));
			return new SupportRequest(this.id, "Request " + this.id, this.kind, this.amount, this.unit, this.language,
					this.deadline, this.country, this.areas, objective);
		}

	}

}
