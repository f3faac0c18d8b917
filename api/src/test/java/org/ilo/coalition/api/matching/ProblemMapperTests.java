package org.ilo.coalition.api.matching;

import java.time.LocalDate;
import java.util.List;

import org.ilo.coalition.graph.matching.MatchingData;
import org.ilo.coalition.matching.check.PlanChecker;
import org.ilo.coalition.matching.plan.AcceptedMatch;
import org.ilo.coalition.matching.plan.MatchingPlan;
import org.ilo.coalition.matching.plan.Offer;
import org.ilo.coalition.matching.plan.PlanBuilder;
import org.ilo.coalition.matching.plan.RequestPart;
import org.ilo.coalition.matching.plan.SupportRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How accepted matches from the graph reach the solver: pinned in the plan, or only consuming. */
class ProblemMapperTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	static MatchingData.Request request(String id, double amount) {
		return new MatchingData.Request(id, id, "TRAINING", amount, "PLACES", "en", TODAY.plusMonths(3), "KEN", "Kenya",
				"AFRICA", List.of("EMPLOYMENT"), "objective-" + id, "Objective", List.of(),
				List.of(new MatchingData.Deficit("8.3.1", "EMPLOYMENT", 4)));
	}

	static MatchingData.Offer offer(String id, String partner, double amount, int capacity) {
		return new MatchingData.Offer(id, id, partner, "TRAINING", amount, "PLACES", capacity, List.of("EMPLOYMENT"),
				List.of("KEN"), List.of(), List.of("en"), TODAY.minusMonths(1), TODAY.plusYears(1));
	}

	static MatchingData data(List<MatchingData.Request> requests, List<MatchingData.Accepted> accepted) {
		return new MatchingData(TODAY, requests, List.of(offer("o1", "p1", 100, 2), offer("o2", "p2", 100, 2)),
				List.of(new MatchingData.Partner("p1", "P1", "NGO", "ADMITTED", List.of()),
						new MatchingData.Partner("p2", "P2", "ACADEMIA", "ADMITTED", List.of())),
				accepted, List.of(), List.of());
	}

	static Offer offerOf(ProblemMapper.Mapped mapped, String id) {
		return mapped.problem().offers().stream().filter((o) -> o.id().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void weighsARequestByItsCountrysObservedSeverityAndOneWithoutDataAtTheNamedDefault() {
		MatchingData.Request measured = request("r1", 50);
		MatchingData.Request unmeasured = new MatchingData.Request("r2", "r2", "TRAINING", 40, "PLACES", "en",
				TODAY.plusMonths(3), "TCD", "Chad", "AFRICA", List.of("RIGHTS_AT_WORK"), "objective-r2", "Objective",
				List.of(), List.of(new MatchingData.Deficit("8.7.1", "RIGHTS_AT_WORK", null)));

		List<SupportRequest> requests = ProblemMapper.map(data(List.of(measured, unmeasured), List.of())).problem()
			.requests();

		assertThat(requests).extracting(SupportRequest::id, SupportRequest::severity, SupportRequest::severityPhrase)
			.containsExactly(org.assertj.core.api.Assertions.tuple("r1", 4, "deficit severity 4"),
					org.assertj.core.api.Assertions.tuple("r2", 3,
							"no data for the indicators it addresses, weighed at the default severity 3"));
	}

	@Test
	void pinsAnAcceptedMatchOfARequestInTheRunOnItsFullOffer() {
		ProblemMapper.Mapped mapped = ProblemMapper.map(data(List.of(request("r1", 50)),
				List.of(new MatchingData.Accepted("m1", "r1", "o1", "p1", 30, "TRAINING", "objective-r1"))));

		assertThat(mapped.problem().acceptedMatches()).containsExactly(new AcceptedMatch("r1", "o1", 30));
		assertThat(offerOf(mapped, "o1").amount()).as("the solver counts the pinned part itself").isEqualTo(100);
		assertThat(offerOf(mapped, "o1").capacity()).isEqualTo(2);
		MatchingPlan plan = PlanBuilder.build(mapped.problem());
		assertThat(plan.getParts()).filteredOn(RequestPart::isAccepted).singleElement()
			.satisfies((part) -> assertThat(part.getOffer().id()).isEqualTo("o1"));
		assertThat(PlanChecker.check(plan)).isEmpty();
	}

	@Test
	void takesAcceptedMatchesOfRequestsOutsideTheRunOffTheirOffer() {
		ProblemMapper.Mapped mapped = ProblemMapper.map(data(List.of(request("r1", 50)),
				List.of(new MatchingData.Accepted("m1", "elsewhere", "o1", "p1", 70, "TRAINING", "objective-x"))));

		assertThat(mapped.problem().acceptedMatches()).isEmpty();
		assertThat(offerOf(mapped, "o1").amount()).isEqualTo(30);
		assertThat(offerOf(mapped, "o1").capacity()).isEqualTo(1);
		assertThat(offerOf(mapped, "o2").amount()).isEqualTo(100);
	}

	@Test
	void countsAnAcceptedMatchWhoseOfferIsGoneAsCoverageOfItsRequest() {
		ProblemMapper.Mapped mapped = ProblemMapper.map(data(List.of(request("r1", 50), request("r2", 40)),
				List.of(new MatchingData.Accepted("m1", "r1", "withdrawn", "p9", 20, "TRAINING", "objective-r1"),
						new MatchingData.Accepted("m2", "r2", null, "p9", 40, "TRAINING", "objective-r2"))));

		assertThat(mapped.problem().requests()).extracting(SupportRequest::id).containsExactly("r1");
		assertThat(mapped.problem().requests().get(0).amount()).as("what is left of r1").isEqualTo(30);
		assertThat(mapped.plannedRequestIds()).containsExactly("r1");
		assertThat(mapped.problem().acceptedMatches()).isEmpty();
	}

}
