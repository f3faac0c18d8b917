package org.ilo.coalition.graph.change;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReadCacheTests {

	private final GraphChanges changes = new GraphChanges();

	private final AtomicInteger reads = new AtomicInteger();

	private ReadCache<String, String> cache(boolean enabled) {
		return new ReadCaches(this.changes, enabled, 100, Duration.ofMinutes(1)).create();
	}

	private String read() {
		return "value " + this.reads.incrementAndGet();
	}

	@Test
	void servesTheValueReadSinceTheLatestWrite() {
		ReadCache<String, String> cache = cache(true);

		assertThat(cache.get("key", this::read)).isEqualTo("value 1");
		assertThat(cache.get("key", this::read)).isEqualTo("value 1");
		assertThat(cache.get("other", this::read)).isEqualTo("value 2");
	}

	@Test
	void readsAgainAfterAWrite() {
		ReadCache<String, String> cache = cache(true);
		cache.get("key", this::read);

		this.changes.changed();

		assertThat(cache.get("key", this::read)).isEqualTo("value 2");
		assertThat(cache.get("key", this::read)).isEqualTo("value 2");
	}

	@Test
	void neverServesAValueWhoseReadOverlappedAWrite() {
		ReadCache<String, String> cache = cache(true);

		cache.get("key", () -> {
			String value = read();
			this.changes.changed();
			return value;
		});

		assertThat(cache.get("key", this::read)).isEqualTo("value 2");
	}

	@Test
	void storesAValueReadAfterALookupAndIgnoresNothingFound() {
		ReadCache<String, String> cache = cache(true);
		ReadCache.Lookup<String, String> miss = cache.lookup("key");
		assertThat(miss.hit()).isFalse();
		miss.store(null);
		assertThat(cache.lookup("key").hit()).isFalse();

		miss.store("stored");

		assertThat(cache.lookup("key").value()).isEqualTo("stored");
	}

	@Test
	void alwaysReadsWhenTurnedOff() {
		ReadCache<String, String> cache = cache(false);
		cache.get("key", this::read);
		cache.lookup("key").store("stored");

		assertThat(cache.get("key", this::read)).isEqualTo("value 2");
		assertThat(cache.size()).isZero();
	}

	@Test
	void refusesSettingsThatCannotHoldAnything() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReadCaches(this.changes, true, 0, Duration.ofMinutes(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReadCaches(this.changes, true, 10, Duration.ZERO));
	}

}
