package org.ilo.coalition.graph.notification;

/**
 * Who a notification is for: the users of one partner, the users of one member State, the coordination group or the
 * secretariat. Users are not stored in the graph (they sign in with a token or a demo account), so notifications are
 * addressed to what a user acts for, and each user reads those of its own audience.
 *
 * @param key {@code PARTNER:<id>}, {@code MEMBER_STATE:<ISO3>}, {@code COORDINATION_GROUP} or {@code SECRETARIAT}
 */
public record Audience(String key) {

	public static final Audience COORDINATION_GROUP = new Audience("COORDINATION_GROUP");

	public static final Audience SECRETARIAT = new Audience("SECRETARIAT");

	public static Audience partner(String partnerId) {
		return new Audience("PARTNER:" + partnerId);
	}

	public static Audience memberState(String iso3) {
		return new Audience("MEMBER_STATE:" + iso3);
	}

	/** The partner id of a partner audience, else {@code null}. */
	public String partnerId() {
		return this.key.startsWith("PARTNER:") ? this.key.substring("PARTNER:".length()) : null;
	}

	/** The ISO3 code of a member-State audience, else {@code null}. */
	public String countryIso3() {
		return this.key.startsWith("MEMBER_STATE:") ? this.key.substring("MEMBER_STATE:".length()) : null;
	}

}
