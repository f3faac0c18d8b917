package org.ilo.coalition.graph.notification;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A notification as stored.
 *
 * @param seq its place in the order in which the notifications were committed (gapless per database)
 * @param read whether the reading user marked it read; {@code false} where no user is concerned (the live stream)
 */
public record NotificationView(String id, long seq, NotificationType type, OffsetDateTime at, String summary,
		String subjectType, String subjectId, String requestId, String partnerId, String countryIso3,
		List<String> audiences, boolean read) {

	/** Whether a user of {@code audience} receives it. */
	public boolean isFor(Audience audience) {
		return audience != null && this.audiences.contains(audience.key());
	}

}
