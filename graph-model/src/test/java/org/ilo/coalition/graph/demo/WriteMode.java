package org.ilo.coalition.graph.demo;

/** How the demo data is written, for the tests and benchmarks that compare batching with writing row by row. */
enum WriteMode {

	/** One {@code UNWIND $rows} statement, in its own transaction, per batch of rows: what the application does. */
	BATCHED(DemoDataGenerator.BATCH_SIZE),

	/** One statement and transaction per row: only there to show what batching saves. */
	ROW_BY_ROW(1);

	private final int batchSize;

	WriteMode(int batchSize) {
		this.batchSize = batchSize;
	}

	/** Writes the demo data in this mode. */
	DemoDataReport generate(DemoDataGenerator generator, DemoDataSize size, long seed) {
		return generator.generate(size, seed, DemoDataGenerator.REFERENCE_INSTANT, this.batchSize);
	}

}
