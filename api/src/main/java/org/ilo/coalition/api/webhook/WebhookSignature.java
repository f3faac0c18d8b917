package org.ilo.coalition.api.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook request (docs/notifications.md, "Webhooks"): the header
 * {@code X-Coalition-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>}, the HMAC keyed with the webhook's secret (its
 * text, as shown at registration) over {@code <t>.<body>}. Signing the time with the body lets receivers refuse old
 * requests replayed by someone who captured one.
 */
public final class WebhookSignature {

	/** The request header that carries the signature. */
	public static final String HEADER = "X-Coalition-Signature";

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookSignature() {
	}

	/** A new secret: 32 random bytes, base64url without padding (43 characters). */
	public static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The header's value for {@code body} sent at {@code epochSeconds}. */
	public static String header(String secret, long epochSeconds, String body) {
		return "t=" + epochSeconds + ",v1=" + hmac(secret, epochSeconds + "." + body);
	}

	/** Hex HMAC-SHA256 of {@code text} with the secret's UTF-8 bytes as key. */
	static String hmac(String secret, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

}
