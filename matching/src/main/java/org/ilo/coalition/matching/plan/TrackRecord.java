package org.ilo.coalition.matching.plan;

/**
 * What a partner has already done in a country: accepted matches and work streams shared with other partners there.
 */
public record TrackRecord(String partnerId, String countryIso3, int acceptedMatches, int sharedWorkStreams) {

	/** Accepted matches and shared work streams count alike: both show the partner knows the country's actors. */
	public int strength() {
		return this.acceptedMatches + this.sharedWorkStreams;
	}

}
