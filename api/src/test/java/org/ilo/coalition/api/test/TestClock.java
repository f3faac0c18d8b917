package org.ilo.coalition.api.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests: the system's, moved forward by what a test asks for (consent windows, re-matching
 * delays), and back to the system's before each test.
 */
public class TestClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	/** Moves the clock forward by {@code duration}. */
	public void advance(Duration duration) {
		this.offset.updateAndGet((current) -> current.plus(duration));
	}

	/** Back to the system's time. */
	public void reset() {
		this.offset.set(Duration.ZERO);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		if (!ZoneOffset.UTC.normalized().equals(zone.normalized())) {
			throw new UnsupportedOperationException("the application's clock is UTC");
		}
		return this;
	}

}
