package org.ilo.coalition.graph.mail;

import java.util.List;

/**
 * A delivery this sender holds for sending, until its claim expires.
 *
 * @param notificationIds the keys of the notifications it tells of, for the header receivers drop duplicates by
 * @param attempts how many times it was handed to the SMTP server before
 * @param claim the token of this claim: only its holder records a failure
 */
public record ClaimedMail(String id, String to, String subject, String body, List<String> notificationIds, int attempts,
		String claim) {
}
