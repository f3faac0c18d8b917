package org.ilo.coalition.api.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver as the docs tell receivers to write one, on 127.0.0.1 and a free port: it recomputes the
 * signature of every request with the secret (HMAC-SHA256 over {@code <t>.<body>}), refuses a wrong one or a timestamp
 * outside the 5-minute replay window with 401, and records what it accepted. Tests script its answers (500 twice, then
 * 200; always 503) to make deliveries fail.
 */
public final class WebhookReceiver implements AutoCloseable {

	static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One request that passed the signature check, and what the receiver answered. */
	public record Received(String eventId, String eventType, String deliveryId, JsonNode body, int answered, Instant at) {
	}

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	private final Supplier<Instant> clock;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final List<String> refused = new CopyOnWriteArrayList<>();

	private final Deque<Integer> script = new ArrayDeque<>();

	private volatile String secret;

	private volatile int otherwise = 200;

	private WebhookReceiver(HttpServer server, Supplier<Instant> clock) {
		this.server = server;
		this.clock = clock;
	}

	/** Starts a receiver whose replay window is checked against {@code clock} (the application's clock in tests). */
	public static WebhookReceiver start(Supplier<Instant> clock) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
			WebhookReceiver receiver = new WebhookReceiver(server, clock);
			server.createContext("/hooks", receiver::handle);
			server.setExecutor(receiver.executor);
			server.start();
			return receiver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks/coalition";
	}

	/** The secret that signs the requests, as {@code registerWebhook} returned it. */
	public WebhookReceiver secret(String secret) {
		this.secret = secret;
		return this;
	}

	/** Answers the next requests with {@code statuses}, one each, then with {@code otherwise}. */
	public synchronized WebhookReceiver answer(int otherwise, int... statuses) {
		this.script.clear();
		for (int status : statuses) {
			this.script.add(status);
		}
		this.otherwise = otherwise;
		return this;
	}

	/** Accepted requests (a correct signature within the replay window), in arrival order. */
	public List<Received> received() {
		return List.copyOf(this.received);
	}

	/** The accepted requests that were answered 2xx. */
	public List<Received> delivered() {
		return this.received.stream().filter((r) -> r.answered() / 100 == 2).toList();
	}

	/** The event ids delivered, each once. */
	public java.util.Set<String> deliveredIds() {
		return delivered().stream().map(Received::eventId).collect(Collectors.toSet());
	}

	/** Why requests were refused (a wrong signature, an old timestamp): empty when every request was genuine. */
	public List<String> refused() {
		return List.copyOf(this.refused);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String problem = problem(exchange, body);
			if (problem != null) {
				this.refused.add(problem);
				exchange.sendResponseHeaders(401, -1);
				return;
			}
			int status = nextStatus();
			this.received.add(new Received(exchange.getRequestHeaders().getFirst("X-Coalition-Event-Id"),
					exchange.getRequestHeaders().getFirst("X-Coalition-Event-Type"),
					exchange.getRequestHeaders().getFirst("X-Coalition-Delivery-Id"), JSON.readTree(body), status,
					Instant.now()));
			exchange.sendResponseHeaders(status, -1);
		}
	}

	private synchronized int nextStatus() {
		return this.script.isEmpty() ? this.otherwise : this.script.poll();
	}

	// The receiver's side of docs/notifications.md: recompute, compare in constant time, refuse stale timestamps.
	private String problem(HttpExchange exchange, String body) {
		if (!"POST".equals(exchange.getRequestMethod())) {
			return "method " + exchange.getRequestMethod();
		}
		if (!String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).startsWith("application/json")) {
			return "content type " + exchange.getRequestHeaders().getFirst("Content-Type");
		}
		String header = exchange.getRequestHeaders().getFirst("X-Coalition-Signature");
		if (header == null || this.secret == null) {
			return "no signature or no secret yet";
		}
		Map<String, String> parts = java.util.Arrays.stream(header.split(",")).map((part) -> part.split("=", 2))
			.filter((kv) -> kv.length == 2).collect(Collectors.toMap((kv) -> kv[0].strip(), (kv) -> kv[1].strip(),
					(a, b) -> a));
		long t;
		try {
			t = Long.parseLong(parts.getOrDefault("t", ""));
		}
		catch (NumberFormatException ex) {
			return "no timestamp in " + header;
		}
		String expected = hmacHex(this.secret, t + "." + body);
		if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				parts.getOrDefault("v1", "").getBytes(StandardCharsets.US_ASCII))) {
			return "signature mismatch in " + header;
		}
		long age = this.clock.get().getEpochSecond() - t;
		if (Math.abs(age) > REPLAY_WINDOW.toSeconds()) {
			return "timestamp " + t + " outside the replay window (" + age + " s)";
		}
		return null;
	}

	static String hmacHex(String secret, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
