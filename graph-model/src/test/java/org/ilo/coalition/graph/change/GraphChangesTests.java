package org.ilo.coalition.graph.change;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.support.NoOpCacheManager;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** Cached reads keyed by {@link GraphChanges} through Spring's cache abstraction on Caffeine. */
class GraphChangesTests {

	private AnnotationConfigApplicationContext context;

	private Reader reader(Class<?> cacheConfiguration) {
		this.context = new AnnotationConfigApplicationContext(cacheConfiguration, Reader.class, GraphChanges.class);
		return this.context.getBean(Reader.class);
	}

	@AfterEach
	void close() {
		this.context.close();
	}

	@Test
	void servesTheValueReadSinceTheLatestWrite() {
		Reader reader = reader(Caffeine.class);

		assertThat(reader.read("key")).isEqualTo("key 1");
		assertThat(reader.read("key")).isEqualTo("key 1");
		assertThat(reader.read("other")).isEqualTo("other 2");
	}

	@Test
	void readsAgainAfterACommittedWrite() {
		Reader reader = reader(Caffeine.class);
		reader.read("key");

		this.context.getBean(GraphChanges.class).changed();

		assertThat(reader.read("key")).isEqualTo("key 2");
		assertThat(reader.read("key")).isEqualTo("key 2");
	}

	@Test
	void neverServesAValueWhoseReadOverlappedAWrite() {
		Reader reader = reader(Caffeine.class);
		reader.writeWhileReading(true);
		reader.read("key");
		reader.writeWhileReading(false);

		assertThat(reader.read("key")).isEqualTo("key 2");
	}

	@Test
	void alwaysReadsWhenCachesAreOff() {
		Reader reader = reader(Off.class);
		reader.read("key");

		assertThat(reader.read("key")).isEqualTo("key 2");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableCaching
	static class Caffeine {

		@Bean
		CacheManager cacheManager() {
			return new CaffeineCacheManager();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableCaching
	static class Off {

		@Bean
		CacheManager cacheManager() {
			return new NoOpCacheManager();
		}

	}

	static class Reader {

		private final AtomicInteger reads = new AtomicInteger();

		private final GraphChanges changes;

		private boolean writeWhileReading;

		Reader(GraphChanges changes) {
			this.changes = changes;
		}

		// A method, not a field: the caller holds the caching proxy, whose fields are not the reader's.
		public void writeWhileReading(boolean write) {
			this.writeWhileReading = write;
		}

		@Cacheable(cacheNames = "test", keyGenerator = GraphChanges.KEYS)
		public String read(String key) {
			String value = key + " " + this.reads.incrementAndGet();
			if (this.writeWhileReading) {
				this.changes.changed();
			}
			return value;
		}

	}

}
