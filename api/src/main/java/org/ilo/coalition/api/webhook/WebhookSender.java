package org.ilo.coalition.api.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * POSTs webhook requests with the JDK's {@link HttpClient}: bounded connect and answer times, no redirects (a signed
 * request goes only where it was registered to go), the answer's body discarded.
 */
final class WebhookSender {

	private static final int MAX_ERROR = 500;

	private final HttpClient http;

	private final WebhookProperties properties;

	WebhookSender(WebhookProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
	}

	/** What an attempt came to: the HTTP status, or why there was none. */
	record Attempt(Integer status, String error) {

		boolean succeeded() {
			return this.status != null && this.status >= 200 && this.status < 300;
		}

	}

	/** Sends one request; the future never fails (a failure is an {@link Attempt} with its error). */
	CompletableFuture<Attempt> post(String url, Map<String, String> headers, String body) {
		HttpRequest.Builder request;
		try {
			request = HttpRequest.newBuilder(URI.create(url)).timeout(this.properties.requestTimeout())
				.POST(HttpRequest.BodyPublishers.ofString(body));
		}
		catch (IllegalArgumentException ex) {
			return CompletableFuture.completedFuture(new Attempt(null, describe(ex)));
		}
		headers.forEach(request::header);
		return this.http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
			.handle((response, failure) -> (failure != null) ? new Attempt(null, describe(failure))
					: new Attempt(response.statusCode(), (response.statusCode() / 100 == 2) ? null
							: "HTTP " + response.statusCode()));
	}

	private static String describe(Throwable failure) {
		Throwable cause = (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause()
				: failure;
		String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
		return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) + "…" : text;
	}

}
