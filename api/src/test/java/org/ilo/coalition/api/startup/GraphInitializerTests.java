package org.ilo.coalition.api.startup;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.ilo.coalition.graph.change.GraphChanges;
import org.ilo.coalition.graph.demo.DemoDataGenerator;
import org.ilo.coalition.graph.matching.MatchRunStore;
import org.ilo.coalition.graph.migration.MigrationRunner;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.reference.ReferenceDataLoader;
import org.ilo.coalition.graph.startup.GraphStartState;
import org.ilo.coalition.graph.startup.GraphStartStateReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** The graph initialization on its own thread: the gate, and what a failure does before and after the start. */
class GraphInitializerTests {

	private final MigrationRunner migrations = mock(MigrationRunner.class);

	private final ReferenceCatalog catalog = mock(ReferenceCatalog.class);

	private final GraphChanges changes = new GraphChanges();

	private final StartupGate gate = new StartupGate();

	private final AtomicReference<Throwable> handled = new AtomicReference<>();

	private final CountDownLatch release = new CountDownLatch(1);

	private GraphInitializer initializer;

	@AfterEach
	void releaseWorker() throws InterruptedException {
		this.release.countDown();
		if (this.initializer != null) {
			this.initializer.destroy();
		}
	}

	@SuppressWarnings("unchecked")
	private GraphInitializer initializer() {
		MatchRunStore matchRuns = mock(MatchRunStore.class);
		given(matchRuns.failInterrupted()).willReturn(List.of());
		GraphStartStateReader startState = mock(GraphStartStateReader.class);
		given(startState.read()).willReturn(new GraphStartState(Map.of(),
				new ReferenceDataLoader.Stored(null, 0, 0, 0, 0), false, false));
		this.initializer = new GraphInitializer(this.migrations, mock(ReferenceDataLoader.class), this.catalog,
				mock(DemoDataGenerator.class), new DemoDataProperties(false, 1, null, DemoDataProperties.Size.DEMO),
				mock(ObjectProvider.class), this.changes, matchRuns, startState, this.gate, this.handled::set);
		return this.initializer;
	}

	@Test
	void opensTheGateAfterTheGraphChangedSoThatNothingReadBeforeIsServed() throws Exception {
		AtomicLong generationWhenOpened = new AtomicLong(-1);
		given(this.migrations.migrateUnlessRecorded(Map.of())).willAnswer((invocation) -> {
			this.release.await(10, TimeUnit.SECONDS);
			return List.of();
		});
		this.gate.whenReady(() -> generationWhenOpened.set(this.changes.generation()));
		long before = this.changes.generation();
		GraphInitializer initializer = initializer();
		initializer.afterPropertiesSet();
		initializer.start();
		assertThat(this.gate.await(Duration.ofMillis(200))).as("held while migrating").isEqualTo(StartupGate.State.STARTING);
		this.release.countDown();
		assertThat(this.gate.await(Duration.ofSeconds(10))).isEqualTo(StartupGate.State.READY);
		assertThat(generationWhenOpened.get()).isGreaterThan(before);
		org.mockito.Mockito.verify(this.catalog).refresh();
		assertThat(this.handled.get()).isNull();
	}

	@Test
	void onARestartLetsTheWarmUpPlanBesideTheRestOfTheInitialization() throws Exception {
		assertWarmUpWhileCatalogRefreshes(List.of(), true);
	}

	@Test
	void afterMigrationsWereAppliedTheWarmUpWaitsForTheOpening() throws Exception {
		assertWarmUpWhileCatalogRefreshes(List.of(1), false);
	}

	private void assertWarmUpWhileCatalogRefreshes(List<Integer> appliedNow, boolean expected) throws Exception {
		given(this.migrations.migrateUnlessRecorded(Map.of())).willReturn(appliedNow);
		CountDownLatch refreshing = new CountDownLatch(1);
		org.mockito.BDDMockito.willAnswer((invocation) -> {
			refreshing.countDown();
			this.release.await(10, TimeUnit.SECONDS);
			return null;
		}).given(this.catalog).refresh();
		AtomicLong warmedUp = new AtomicLong();
		this.gate.whenSchemaReady(warmedUp::incrementAndGet);
		GraphInitializer initializer = initializer();
		initializer.afterPropertiesSet();
		assertThat(refreshing.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.gate.state()).isEqualTo(StartupGate.State.STARTING);
		assertThat(warmedUp.get() == 1).isEqualTo(expected);
		this.release.countDown();
		assertThat(this.gate.await(Duration.ofSeconds(10))).isEqualTo(StartupGate.State.READY);
		assertThat(warmedUp).hasValue(1);
	}

	@Test
	void aFailureBeforeTheContextStartedFailsTheStart() throws Exception {
		IllegalStateException failure = new IllegalStateException("Migration V0002 was changed after it was applied");
		given(this.migrations.migrateUnlessRecorded(Map.of())).willThrow(failure);
		GraphInitializer initializer = initializer();
		initializer.afterPropertiesSet();
		assertThat(this.gate.await(Duration.ofSeconds(10))).isEqualTo(StartupGate.State.FAILED);
		assertThatIllegalStateException().isThrownBy(initializer::start).havingCause().isSameAs(failure);
		assertThat(this.handled.get()).as("the failed start stops the application, not the handler").isNull();
	}

	@Test
	void aFailureAfterTheContextStartedGoesToTheHandler() throws Exception {
		IllegalStateException failure = new IllegalStateException("Neo4j went away");
		given(this.migrations.migrateUnlessRecorded(Map.of())).willAnswer((invocation) -> {
			this.release.await(10, TimeUnit.SECONDS);
			throw failure;
		});
		GraphInitializer initializer = initializer();
		initializer.afterPropertiesSet();
		initializer.start();
		this.release.countDown();
		assertThat(this.gate.await(Duration.ofSeconds(10))).isEqualTo(StartupGate.State.FAILED);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (this.handled.get() == null && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(this.handled.get()).isSameAs(failure);
	}

}
