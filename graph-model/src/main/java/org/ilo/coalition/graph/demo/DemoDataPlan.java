package org.ilo.coalition.graph.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.ilo.coalition.graph.offer.OfferStatus;
import org.ilo.coalition.graph.partner.ExpertiseLevel;
import org.ilo.coalition.graph.partner.MembershipStatus;
import org.ilo.coalition.graph.partner.PartnerKind;
import org.ilo.coalition.graph.request.RequestStatus;
import org.ilo.coalition.graph.taxonomy.SupportKind;

/**
 * Everything one demo-data run will write, built in memory before the first write so that the graph depends only on
 * the seed, the size, the reference data and the reference instant. Deficit observations are not part of it: they are
 * real figures, loaded before demo data and only read by it.
 */
record DemoDataPlan(List<PartnerPlan> partners, List<OfferPlan> offers, List<StrategyPlan> strategies,
		List<ObjectivePlan> objectives, List<RequestPlan> requests, List<WorkStreamPlan> workStreams) {

	record PartnerPlan(String id, String name, String iso3, String region, PartnerKind kind,
			MembershipStatus membershipStatus, boolean verified, List<String> languages, String description,
			String website, OffsetDateTime createdAt, List<ExpertiseClaim> expertise, List<String> functionalAreas) {
	}

	record ExpertiseClaim(String code, ExpertiseLevel level) {
	}

	record OfferPlan(String id, String partnerId, String title, String description, SupportKind kind, double amount,
			String unit, int capacity, LocalDate availableFrom, LocalDate availableUntil, List<String> languages,
			OfferStatus status, List<String> areas, List<String> countries, List<String> regions) {
	}

	record StrategyPlan(String id, String iso3, String title, String summary, LocalDate dialogueDate,
			int periodStart, int periodEnd) {
	}

	record ObjectivePlan(String id, String strategyId, String iso3, String title, String description,
			List<SupportKind> supportKinds, boolean alignedWithCooperationFramework, List<String> indicators,
			List<String> expertise, List<String> programmes, List<String> areas) {
	}

	record RequestPlan(String id, String iso3, String objectiveId, String title, String description, SupportKind kind,
			double amount, String unit, String language, LocalDate deadline, RequestStatus status,
			OffsetDateTime createdAt, List<String> areas) {
	}

	record WorkStreamPlan(String id, String name, String description, String programme, String lead,
			List<String> supporters) {
	}

}
