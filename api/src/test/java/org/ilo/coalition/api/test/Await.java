package org.ilo.coalition.api.test;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits in tests for what happens in the background (solver runs, the notification tail, subscriptions). */
public final class Await {

	private Await() {
	}

	/** Polls {@code condition} every 50 ms for up to a minute; fails naming {@code what} when it never holds. */
	public static void until(BooleanSupplier condition, String what) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting until " + what);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
