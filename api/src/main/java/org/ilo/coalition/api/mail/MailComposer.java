package org.ilo.coalition.api.mail;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.graph.mail.MailContent;
import org.ilo.coalition.graph.notification.NotificationView;

/**
 * What notification e-mails say: plain text with each notification's summary, type, time and id (the global id the
 * API shows, which is also in the {@value #IDS_HEADER} header so that receivers drop duplicates by it).
 */
final class MailComposer {

	/** The header listing the global ids of the notifications a mail tells of, separated by commas. */
	static final String IDS_HEADER = "X-Coalition-Notification-Ids";

	static final String SUBJECT_PREFIX = "[Coalition] ";

	private static final String NOTIFICATION = "Notification";

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

	private MailComposer() {
	}

	/** One mail for one notification, as soon as it is committed. */
	static MailContent immediate(NotificationView notification) {
		String body = notification.summary() + "\n\n" + details(notification, "") + "\n\n"
				+ footer("an e-mail for each notification");
		return new MailContent(SUBJECT_PREFIX + oneLine(notification.summary()), body);
	}

	/** One mail listing the notifications since the previous digest, oldest first. */
	static MailContent digest(List<NotificationView> notifications) {
		String count = notifications.size() == 1 ? "1 notification" : notifications.size() + " notifications";
		StringBuilder body = new StringBuilder(count).append(" since your previous digest, oldest first.\n");
		for (int i = 0; i < notifications.size(); i++) {
			NotificationView notification = notifications.get(i);
			String indent = " ".repeat(String.valueOf(i + 1).length() + 2);
			body.append('\n').append(i + 1).append(". ").append(notification.summary()).append('\n')
				.append(details(notification, indent)).append('\n');
		}
		body.append('\n').append(footer("a daily digest of your notifications"));
		return new MailContent(SUBJECT_PREFIX + "Your daily digest: " + count, body.toString());
	}

	/** The value of {@value #IDS_HEADER} for notifications with these keys. */
	static String idsHeader(List<String> notificationKeys) {
		return String.join(", ", notificationKeys.stream().map(MailComposer::globalId).toList());
	}

	private static String details(NotificationView notification, String indent) {
		String at = notification.at() == null ? ""
				: ", " + AT.format(notification.at().withOffsetSameInstant(ZoneOffset.UTC));
		return indent + notification.type() + at + "\n" + indent + "Notification id: " + globalId(notification.id());
	}

	private static String footer(String what) {
		return "--\nYour notification preferences in the Coalition platform send you " + what
				+ ". Change them with the setNotificationPreferences mutation.\n";
	}

	private static String globalId(String key) {
		return GlobalId.of(NOTIFICATION, key);
	}

	// Summaries hold partners' and requests' names as their users typed them: a subject is one line, whatever they hold.
	private static String oneLine(String text) {
		return text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
	}

}
