package org.ilo.coalition.matching.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.ilo.coalition.matching.check.PlanChecker;
import org.ilo.coalition.matching.plan.AcceptedMatch;
import org.ilo.coalition.matching.plan.Country;
import org.ilo.coalition.matching.plan.Deficit;
import org.ilo.coalition.matching.plan.ExistingSupport;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.MatchingProblem;
import org.ilo.coalition.matching.plan.MembershipStatus;
import org.ilo.coalition.matching.plan.Objective;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.Partner;
import org.ilo.coalition.matching.plan.PartnerKind;
import org.ilo.coalition.matching.plan.PlanBuilder;
import org.ilo.coalition.matching.plan.Rejection;
import org.ilo.coalition.matching.plan.RequestPart;
import org.ilo.coalition.matching.plan.SplitPolicy;
import org.ilo.coalition.matching.plan.SupportKind;
import org.ilo.coalition.matching.plan.SupportRequest;
import org.ilo.coalition.matching.plan.TrackRecord;
import org.ilo.coalition.matching.testing.Fixtures;
import org.ilo.coalition.matching.testing.Scoring;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On instances small enough to enumerate (at most 8 open parts, 4 offers, 12 seeds), the solver's best score is the optimum
 * found by trying every assignment.
 */
class BruteForceOptimumTests {

	private static final LocalDate PLAN_DATE = Fixtures.PLAN_DATE;

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })
	void solverReachesTheBruteForceOptimum(long seed) {
		MatchingPlan problem = PlanBuilder.build(tinyProblem(seed), new SplitPolicy(2, 200));
		List<RequestPart> open = problem.getParts().stream().filter((part) -> !part.isPinned()).toList();
		assertThat(open).hasSizeBetween(1, 8);

		MatchingPlan enumerated = problem.copy();
		Enumeration enumeration = new Enumeration(enumerated);
		enumeration.run();
		HardMediumSoftLongScore optimum = enumeration.best;
		assertThat(optimum.isFeasible()).isTrue();

		TerminationConfig termination = new TerminationConfig().withBestScoreLimit(optimum.toString())
			.withSecondsSpentLimit(5L);
		MatchingPlan solved = SolverFactory.<MatchingPlan>create(MatchingSolverConfig.create(termination))
			.buildSolver()
			.solve(problem.copy());

		assertThat(solved.getScore()).as("seed %d after %d assignments", seed, enumeration.leaves).isEqualTo(optimum);
		assertThat(PlanChecker.check(solved)).isEmpty();
	}

	// Offers and requests in one area and region so that eligibility is dense and the soft preferences compete.
	private static MatchingProblem tinyProblem(long seed) {
		Random random = new Random(seed);
		Country[] countries = { Fixtures.KENYA, Fixtures.SENEGAL };
		PartnerKind[] kinds = { PartnerKind.GOVERNMENT, PartnerKind.EMPLOYERS_ORGANIZATION,
				PartnerKind.WORKERS_ORGANIZATION, PartnerKind.NGO };
		List<Partner> partners = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			partners.add(new Partner("P" + i, "Partner " + i, kinds[random.nextInt(kinds.length)],
					MembershipStatus.ADMITTED, Set.of(Fixtures.SKILLS)));
		}
		List<Offer> offers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Set<String> languages = random.nextBoolean() ? Set.of("en") : Set.of("en", "fr");
			offers.add(new Offer("O" + i, "Offer " + i, partners.get(random.nextInt(partners.size())),
					SupportKind.TRAINING, 30 + random.nextInt(90), "PLACES", 1 + random.nextInt(3), Set.of("EMPLOYMENT"),
					Set.of(), Set.of("AFRICA"), languages, PLAN_DATE.minusDays(10), PLAN_DATE.plusDays(300)));
		}
		List<SupportRequest> requests = new ArrayList<>();
		int requestCount = 4;
		for (int i = 0; i < requestCount; i++) {
			Objective objective = new Objective("OBJ" + i, null, Set.of(Fixtures.SKILLS),
					List.of(new Deficit("8.5.2", "EMPLOYMENT", 1 + random.nextInt(5))));
			requests.add(new SupportRequest("R" + i, null, SupportKind.TRAINING, 40 + random.nextInt(150), "PLACES",
					random.nextBoolean() ? "en" : "fr", PLAN_DATE.plusDays(100), countries[random.nextInt(2)],
					Set.of("EMPLOYMENT"), objective));
		}
		List<AcceptedMatch> accepted = random.nextBoolean() ? List.of(new AcceptedMatch("R0", "O0", 10)) : List.of();
		List<Rejection> rejections = List.of(new Rejection("R1", partners.get(random.nextInt(3)).id()));
		List<TrackRecord> records = List.of(new TrackRecord(partners.get(random.nextInt(3)).id(), "KEN", 2, 1));
		List<ExistingSupport> existing = List.of(new ExistingSupport("OBJ2", SupportKind.TRAINING, "another programme"));
		return new MatchingProblem(Fixtures.PARAMETERS, partners, offers, requests, accepted, rejections, records,
				existing);
	}

	/** Depth-first enumeration of every assignment that keeps offers within amount and capacity. */
	private static final class Enumeration {

		private final MatchingPlan plan;

		private final List<RequestPart> open;

		private final Map<Offer, Long> given = new HashMap<>();

		private final Map<Offer, List<String>> requests = new HashMap<>();

		private HardMediumSoftLongScore best;

		private long leaves;

		Enumeration(MatchingPlan plan) {
			this.plan = plan;
			this.open = plan.getParts().stream().filter((part) -> !part.isPinned()).toList();
			for (RequestPart part : plan.getParts()) {
				if (part.isPinned() && part.getOffer() != null) {
					add(part, part.getOffer());
				}
			}
		}

		void run() {
			visit(0);
		}

		private void visit(int index) {
			if (index == this.open.size()) {
				this.leaves++;
				HardMediumSoftLongScore score = Scoring.score(this.plan);
				if (this.best == null || score.compareTo(this.best) > 0) {
					this.best = score;
				}
				return;
			}
			RequestPart part = this.open.get(index);
			part.setOffer(null);
			visit(index + 1);
			for (Offer offer : part.getEligibleOffers()) {
				if (fits(part, offer)) {
					add(part, offer);
					part.setOffer(offer);
					visit(index + 1);
					part.setOffer(null);
					remove(part, offer);
				}
			}
		}

		private boolean fits(RequestPart part, Offer offer) {
			List<String> onOffer = this.requests.getOrDefault(offer, List.of());
			Set<String> distinct = new HashSet<>(onOffer);
			distinct.add(part.getRequest().id());
			return this.given.getOrDefault(offer, 0L) + part.getAmount() <= offer.amount()
					&& distinct.size() <= offer.capacity();
		}

		private void add(RequestPart part, Offer offer) {
			this.given.merge(offer, part.getAmount(), Long::sum);
			this.requests.computeIfAbsent(offer, (key) -> new ArrayList<>()).add(part.getRequest().id());
		}

		private void remove(RequestPart part, Offer offer) {
			this.given.merge(offer, -part.getAmount(), Long::sum);
			this.requests.get(offer).remove(part.getRequest().id());
		}

	}

}
