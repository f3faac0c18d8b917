package org.ilo.coalition.api.recommendation;

import java.util.List;

/** {@code PartnerOverlap}: what two partners share, as codes and ids, and each overlap's Jaccard index. */
public record PartnerOverlap(List<String> expertiseCodes, List<String> thematicAreaCodes, List<String> regionCodes,
		List<String> workStreamIds, double expertiseShare, double thematicAreaShare, double regionShare,
		double workStreamShare) {
}
