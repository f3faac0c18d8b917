package org.ilo.coalition.graph.change;

import java.util.Objects;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * A bounded cache of graph reads that never serves a value read before the latest write this process committed
 * ({@link GraphChanges}), and keeps none longer than its time to live, which bounds how stale a value can be when
 * another process writes to the same database.
 *
 * @param <K> the key: everything the read depends on
 * @param <V> the value, which callers must not modify
 */
public final class ReadCache<K, V> {

	private final GraphChanges changes;

	private final Cache<K, Entry<V>> entries;

	ReadCache(GraphChanges changes, Cache<K, Entry<V>> entries) {
		this.changes = Objects.requireNonNull(changes, "changes");
		this.entries = entries;
	}

	/** The value for {@code key}, read by {@code loader} unless a value read since the latest write is held. */
	public V get(K key, Supplier<V> loader) {
		Lookup<K, V> lookup = lookup(key);
		if (lookup.hit()) {
			return lookup.value();
		}
		V value = loader.get();
		lookup.store(value);
		return value;
	}

	/**
	 * The current value for {@code key}, if one is held, and the means to store one read now: for callers that read
	 * the value together with something else.
	 */
	public Lookup<K, V> lookup(K key) {
		// Taken before reading: a write committed while the caller reads leaves the value tagged as older than it.
		long generation = this.changes.generation();
		Entry<V> entry = (this.entries == null) ? null : this.entries.getIfPresent(key);
		return new Lookup<>(this, key, generation,
				(entry != null && entry.generation() == generation) ? entry.value() : null);
	}

	/** Whether values are kept at all ({@code coalition.read-cache.enabled}). */
	public boolean enabled() {
		return this.entries != null;
	}

	/** How many values are held, current or not (for tests and metrics). */
	public long size() {
		return this.entries == null ? 0 : this.entries.estimatedSize();
	}

	record Entry<V>(long generation, V value) {
	}

	/**
	 * One look into the cache: {@link #value()} is the current value or null, {@link #store} keeps a value read after
	 * the look (and is ignored when caching is off or the value is null).
	 */
	public static final class Lookup<K, V> {

		private final ReadCache<K, V> cache;

		private final K key;

		private final long generation;

		private final V value;

		Lookup(ReadCache<K, V> cache, K key, long generation, V value) {
			this.cache = cache;
			this.key = key;
			this.generation = generation;
			this.value = value;
		}

		public boolean hit() {
			return this.value != null;
		}

		/** The count of committed writes when the look was taken: a value read now belongs to it. */
		public long generation() {
			return this.generation;
		}

		public V value() {
			return this.value;
		}

		public void store(V read) {
			if (read != null && this.cache.entries != null) {
				this.cache.entries.put(this.key, new Entry<>(this.generation, read));
			}
		}

	}

}
