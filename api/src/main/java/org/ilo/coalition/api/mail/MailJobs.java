package org.ilo.coalition.api.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.ilo.coalition.graph.mail.ClaimedMail;
import org.ilo.coalition.graph.mail.MailDeliveries;
import org.ilo.coalition.graph.mail.MailDispatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The e-mail channel's timed work, on Spring's scheduler: delivery records for the notifications committed since the
 * last turn (immediate mail), the daily digests, and the sending of the records that are due through Spring Boot's
 * {@link JavaMailSender}, outside any transaction, with retries and backoff (docs/notifications.md, "E-mail"). Every
 * instance runs them: the outbox cursor writes each record once and a claim sends each by one instance at a time.
 * Exists only when an SMTP server is configured ({@code spring.mail.host}); not in the command-line import.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty("spring.mail.host")
public class MailJobs {

	private static final Logger log = LoggerFactory.getLogger(MailJobs.class);

	/** Notifications taken from the outbox per transaction. */
	private static final int DISPATCH_BATCH = 200;

	/** Notifications listed in one digest at most; the rest go into the next one. */
	private static final int DIGEST_LIMIT = 500;

	private static final int SEND_BATCH = 50;

	/**
	 * How long a sender holds a delivery before another instance may send it: far longer than a send takes, so that only
	 * a sender that died (or a hung SMTP conversation) gives it up.
	 */
	static final Duration CLAIM = Duration.ofMinutes(1);

	private static final int ERROR_LENGTH = 500;

	private final MailDispatch dispatch;

	private final MailDeliveries deliveries;

	private final JavaMailSender sender;

	private final Clock clock;

	private final String from;

	private final MailDeliveries.RetryPolicy retries;

	MailJobs(MailDispatch dispatch, MailDeliveries deliveries, JavaMailSender sender, Clock clock,
			@Value("${coalition.mail.from:coalition@localhost}") String from,
			@Value("${coalition.mail.retry-base:PT1M}") Duration retryBase,
			@Value("${coalition.mail.max-attempts:6}") int maxAttempts) {
		this.dispatch = dispatch;
		this.deliveries = deliveries;
		this.sender = sender;
		this.clock = clock;
		this.from = from;
		this.retries = new MailDeliveries.RetryPolicy(retryBase, maxAttempts);
	}

	/**
	 * Writes a delivery record for every notification committed since the last turn and every user who chose immediate
	 * e-mail in its audiences; returns how many records were written.
	 */
	@Scheduled(fixedDelayString = "${coalition.mail.interval:PT1S}", initialDelayString = "${coalition.mail.interval:PT1S}")
	public long dispatch() {
		long written = 0;
		MailDispatch.Dispatched turn;
		do {
			turn = this.dispatch.immediate(this.clock.instant(), DISPATCH_BATCH, MailComposer::immediate);
			written += turn.deliveries();
		}
		while (turn.notifications() == DISPATCH_BATCH);
		return written;
	}

	/** Writes the daily digest of every user who chose one and has notifications since its last; returns how many. */
	@Scheduled(cron = "${coalition.mail.digest-cron:0 0 6 * * *}", zone = "${coalition.mail.digest-zone:UTC}")
	public int createDigests() {
		Instant now = this.clock.instant();
		int written = 0;
		for (String user : this.dispatch.digestReaders()) {
			written += this.dispatch.digest(user, now, DIGEST_LIMIT, MailComposer::digest) ? 1 : 0;
		}
		if (written > 0) {
			log.info("{} daily digest(s) to send", written);
		}
		return written;
	}

	/** Sends the deliveries that are due and nobody holds; returns how many the SMTP server accepted. */
	@Scheduled(fixedDelayString = "${coalition.mail.interval:PT1S}", initialDelayString = "${coalition.mail.interval:PT1S}")
	public int sendDue() {
		int delivered = 0;
		List<String> due;
		do {
			Instant now = this.clock.instant();
			due = this.deliveries.due(now, SEND_BATCH);
			int tried = 0;
			for (String id : due) {
				Optional<ClaimedMail> claimed = this.deliveries.claim(id, now, now.plus(CLAIM));
				if (claimed.isPresent()) {
					tried++;
					delivered += send(claimed.get()) ? 1 : 0;
				}
			}
			if (tried == 0) {
				break;
			}
		}
		while (due.size() == SEND_BATCH);
		return delivered;
	}

	// Outside any transaction: the SMTP conversation holds no lock, and what it did is recorded afterwards.
	private boolean send(ClaimedMail mail) {
		try {
			MimeMessage message = this.sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.body(), false);
			// Folded at the spaces after the commas: a digest's header may be longer than a mail line may be.
			message.setHeader(MailComposer.IDS_HEADER,
					MimeUtility.fold(MailComposer.IDS_HEADER.length() + 2, MailComposer.idsHeader(mail.notificationIds())));
			this.sender.send(message);
		}
		catch (MessagingException | RuntimeException ex) {
			String error = describe(ex);
			Optional<String> status = this.deliveries.failed(mail, this.clock.instant(), error, this.retries);
			log.warn("E-mail delivery {} failed (attempt {}, now {}): {}", mail.id(), mail.attempts() + 1,
					status.orElse("held by another sender"), error);
			return false;
		}
		this.deliveries.delivered(mail, this.clock.instant());
		return true;
	}

	private static String describe(Exception ex) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
		return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH) : text;
	}

}
