package org.ilo.coalition.api.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the full-stack tests that send mail: a real SMTP server in the test JVM (GreenMail) on a loopback port, and
 * the application configured to send to it. Declared once here so that every such test shares one application
 * context. The mail jobs run when a test calls them, on the test's clock, not on their own.
 */
public abstract class SmtpIntegrationTest extends ApiIntegrationTest {

	protected static final int SMTP_PORT = freeLoopbackPort();

	/** A fresh SMTP server on the same port for each test. */
	@RegisterExtension
	protected static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void mailProperties(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("coalition.mail.interval", () -> "PT24H");
		registry.add("coalition.mail.digest-cron", () -> "-");
	}

	private static int freeLoopbackPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
