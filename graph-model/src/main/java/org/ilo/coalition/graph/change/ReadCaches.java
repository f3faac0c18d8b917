package org.ilo.coalition.graph.change;

import java.time.Duration;
import java.util.function.ToLongFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the {@link ReadCache}s of the graph model, all with the same settings: {@code coalition.read-cache.enabled}
 * (default true), {@code max-entries} per cache (default 10,000) and {@code time-to-live} (default 60 s).
 */
@Component
public class ReadCaches {

	private final GraphChanges changes;

	private final boolean enabled;

	private final long maxEntries;

	private final Duration timeToLive;

	public ReadCaches(GraphChanges changes, @Value("${coalition.read-cache.enabled:true}") boolean enabled,
			@Value("${coalition.read-cache.max-entries:10000}") long maxEntries,
			@Value("${coalition.read-cache.time-to-live:60s}") Duration timeToLive) {
		if (maxEntries < 1 || timeToLive.isNegative() || timeToLive.isZero()) {
			throw new IllegalArgumentException("coalition.read-cache needs max-entries >= 1 and a positive time-to-live");
		}
		this.changes = changes;
		this.enabled = enabled;
		this.maxEntries = maxEntries;
		this.timeToLive = timeToLive;
	}

	/** A new cache, or one that always reads when caching is turned off. */
	public <K, V> ReadCache<K, V> create() {
		if (!this.enabled) {
			return new ReadCache<>(this.changes, null);
		}
		return new ReadCache<>(this.changes,
				Caffeine.newBuilder().maximumSize(this.maxEntries).expireAfterWrite(this.timeToLive).build());
	}

	/**
	 * A new cache bounded by the total weight of its values ({@code weigher}, in any unit, summed up to
	 * {@code maximumWeight}) instead of their number: for values whose sizes differ by orders of magnitude.
	 */
	public <K, V> ReadCache<K, V> create(long maximumWeight, ToLongFunction<V> weigher) {
		if (!this.enabled) {
			return new ReadCache<>(this.changes, null);
		}
		Cache<K, ReadCache.Entry<V>> entries = Caffeine.newBuilder()
			.maximumWeight(maximumWeight)
			.<K, ReadCache.Entry<V>>weigher((key, entry) -> (int) Math.min(Integer.MAX_VALUE, Math.max(1, weigher.applyAsLong(entry.value()))))
			.expireAfterWrite(this.timeToLive)
			.build();
		return new ReadCache<>(this.changes, entries);
	}

	public boolean enabled() {
		return this.enabled;
	}

}
