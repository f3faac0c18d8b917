package org.ilo.coalition.matching.plan;

import java.util.List;

import org.ilo.coalition.matching.constraint.MatchingConstraintProvider;
import org.ilo.coalition.matching.testing.Scoring;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ilo.coalition.matching.testing.Fixtures.offer;
import static org.ilo.coalition.matching.testing.Fixtures.part;
import static org.ilo.coalition.matching.testing.Fixtures.partner;
import static org.ilo.coalition.matching.testing.Fixtures.plan;
import static org.ilo.coalition.matching.testing.Fixtures.request;

class MatchingPlanTests {

	private final Offer offer = offer("O1", partner("P1")).build();

	private final RequestPart part = part("R1#0", request("R1").build(), 50, this.offer);

	@Test
	void handsItsTrackRecordsToTheSolversScore() {
		TrackRecord record = new TrackRecord("P1", "KEN", 1, 1);
		MatchingPlan plan = plan(List.of(this.part), record);

		assertThat(plan.getTrackRecords()).containsExactly(record);
		// Two items of track record in the part's country: 2 x 5 soft.
		assertThat(Scoring.score(plan).subtract(Scoring.score(plan(List.of(this.part.copy())))))
			.isEqualTo(HardMediumSoftLongScore.ofSoft(10));
		assertThat(Scoring.SOLUTION_MANAGER.explain(plan)
			.getConstraintMatchTotalMap()
			.values()
			.stream()
			.filter((total) -> total.getConstraintName().equals(MatchingConstraintProvider.TRACK_RECORD_IN_COUNTRY))
			.findFirst()
			.orElseThrow()
			.getScore()).isEqualTo(HardMediumSoftLongScore.ofSoft(10));
	}

	@Test
	void handsItsFactsOnToACopyWhosePartsChangeIndependently() {
		Rejection rejection = new Rejection("R1", "P9");
		TrackRecord record = new TrackRecord("P1", "KEN", 1, 0);
		ExistingSupport support = new ExistingSupport("OBJ-R1", SupportKind.FUNDING, "another programme");
		MatchingPlan plan = plan(List.of(this.part), rejection, record, support);

		MatchingPlan copy = plan.copy();
		copy.getParts().get(0).setOffer(null);

		assertThat(copy.getParameters()).isEqualTo(plan.getParameters());
		assertThat(copy.getPartners()).isEqualTo(plan.getPartners()).isNotEmpty();
		assertThat(copy.getOffers()).containsExactly(this.offer);
		assertThat(copy.getRequests()).isEqualTo(plan.getRequests()).isNotEmpty();
		assertThat(copy.getRejections()).containsExactly(rejection);
		assertThat(copy.getTrackRecords()).containsExactly(record);
		assertThat(copy.getExistingSupport()).containsExactly(support);
		assertThat(copy.getParts()).extracting(RequestPart::getId).containsExactly("R1#0");
		assertThat(plan.getParts().get(0).getOffer()).isEqualTo(this.offer);
	}

}
