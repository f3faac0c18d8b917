package org.ilo.coalition.api.startup;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartupGateTests {

	private final StartupGate gate = new StartupGate();

	@Test
	void waitsAtMostTheTimeGivenWhileStarting() throws InterruptedException {
		long started = System.nanoTime();
		assertThat(this.gate.await(Duration.ofMillis(200))).isEqualTo(StartupGate.State.STARTING);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
		assertThat(this.gate.failure()).isNull();
	}

	@Test
	void releasesWaitersWhenOpenedAndRunsTheReadyActions() throws Exception {
		AtomicInteger ran = new AtomicInteger();
		this.gate.whenReady(ran::incrementAndGet);
		Thread opener = new Thread(() -> {
			sleep(100);
			this.gate.open();
		});
		opener.start();
		assertThat(this.gate.await(Duration.ofSeconds(10))).isEqualTo(StartupGate.State.READY);
		opener.join();
		assertThat(ran).hasValue(1);
		this.gate.whenReady(ran::incrementAndGet);
		assertThat(ran).as("an action added after the opening runs at once").hasValue(2);
	}

	@Test
	void staysFailedAndNeverRunsTheReadyActions() throws InterruptedException {
		AtomicInteger ran = new AtomicInteger();
		this.gate.whenReady(ran::incrementAndGet);
		IllegalStateException failure = new IllegalStateException("migration V0003 changed");
		this.gate.fail(failure);
		this.gate.open();
		assertThat(this.gate.await(Duration.ofSeconds(10))).isEqualTo(StartupGate.State.FAILED);
		assertThat(this.gate.failure()).isSameAs(failure);
		assertThat(ran).hasValue(0);
	}

	@Test
	void runsSchemaReadyActionsBeforeTheOpeningOnARestartAndAtTheOpeningOtherwise() {
		AtomicInteger ran = new AtomicInteger();
		this.gate.whenSchemaReady(ran::incrementAndGet);
		this.gate.schemaReady();
		assertThat(ran).hasValue(1);
		assertThat(this.gate.state()).isEqualTo(StartupGate.State.STARTING);
		this.gate.open();
		assertThat(ran).as("once").hasValue(1);

		StartupGate firstStart = new StartupGate();
		firstStart.whenSchemaReady(ran::incrementAndGet);
		firstStart.open();
		assertThat(ran).hasValue(2);

		StartupGate failed = new StartupGate();
		failed.whenSchemaReady(ran::incrementAndGet);
		failed.fail(new IllegalStateException("boom"));
		assertThat(ran).hasValue(2);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
