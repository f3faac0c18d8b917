package org.ilo.coalition.api.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import org.ilo.coalition.api.graphql.BadRequestException;

/**
 * Which URLs a webhook may point at: {@code https://} always; {@code http://} only to this machine (127.0.0.1, ::1 or
 * localhost) and only where {@code coalition.webhooks.allow-loopback-http} is on (the embedded default and tests, not
 * {@code prod}). Plain HTTP elsewhere would send signed notifications, readable, across networks.
 */
final class WebhookUrls {

	static final int MAX_LENGTH = 2_000;

	private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "[::1]", "::1", "localhost");

	private WebhookUrls() {
	}

	/**
	 * The URL as it will be called.
	 * @throws BadRequestException naming {@code field} when it is not acceptable
	 */
	static String check(String field, String url, boolean allowLoopbackHttp) {
		String text = url == null ? "" : url.strip();
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			throw new BadRequestException(field, "must be an https:// URL of at most " + MAX_LENGTH + " characters");
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			throw new BadRequestException(field, "is not a URL: " + ex.getReason());
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (uri.getHost() == null || uri.isOpaque()) {
			throw new BadRequestException(field, "must be an absolute URL with a host, such as https://example.org/hooks");
		}
		if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
			// Credentials in a URL end up in logs and in the delivery log; receivers authenticate by the signature.
			throw new BadRequestException(field, "must not carry user information or a fragment");
		}
		if (scheme.equals("https")) {
			return text;
		}
		boolean loopback = LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT));
		if (scheme.equals("http") && loopback && allowLoopbackHttp) {
			return text;
		}
		throw new BadRequestException(field, allowLoopbackHttp
				? "must be https://, or http:// to 127.0.0.1, ::1 or localhost, was '" + abbreviate(text) + "'"
				: "must be https://, was '" + abbreviate(text) + "'");
	}

	private static String abbreviate(String text) {
		return text.length() > 100 ? text.substring(0, 100) + "…" : text;
	}

}
