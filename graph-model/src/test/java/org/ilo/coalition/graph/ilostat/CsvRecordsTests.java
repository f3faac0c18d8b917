package org.ilo.coalition.graph.ilostat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvRecordsTests {

	/** Every construct at once: quotes, doubled quotes, commas and each line end inside and outside quotes. */
	private static final String TEXT = "\uFEFFa,b,c\r\n" + "1,\"x, \"\"y\"\"\",\r\n" + "\"multi\r\nline\nand\rmore\",,z\n"
			+ "\n" + "\"\",\"\"\"\",\"end\"\r" + "last,,\"\"";

	@Test
	void splitsRecordsAndCountsPhysicalLines() throws IOException {
		assertThat(records(TEXT, 1 << 16)).containsExactly("1: [a, b, c]", "2: [1, x, \"y\", ]",
				"3: [multi\r\nline\nand\rmore, , z]", "8: [, \", end]", "9: [last, , ]");
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5, 7, 11 })
	void readsTheSameWhereverTheBufferBoundariesFall(int bufferSize) throws IOException {
		assertThat(records(TEXT, bufferSize)).isEqualTo(records(TEXT, 1 << 16));
	}

	@Test
	void keepsAllFieldsOfAWideRecordAndALongValue() throws IOException {
		String wide = "f,".repeat(100) + "x".repeat(5_000);

		List<String> records = records(wide + "\n", 64);

		assertThat(records).singleElement().asString().startsWith("1: [f, f,").endsWith("x".repeat(5_000) + "]");
	}

	@Test
	void sharesOneStringPerRepeatedValue() throws IOException {
		try (CsvRecords records = new CsvRecords(new StringReader("KEN,SEX_T\nKEN,SEX_F\n"))) {
			records.next();
			String first = records.pooled(0);
			records.next();

			assertThat(records.pooled(0)).isEqualTo("KEN").isSameAs(first);
			assertThat(records.pooled(1)).isEqualTo("SEX_F");
		}
	}

	@Test
	void refusesAQuoteLeftOpenAtTheEndEvenAfterACarriageReturn() {
		assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(() -> records("a,b\n1,\"open\r", 2))
			.satisfies((failure) -> assertThat(failure.line()).isEqualTo(2))
			.withMessageContaining("not closed");
	}

	private static List<String> records(String text, int bufferSize) throws IOException {
		List<String> records = new ArrayList<>();
		try (CsvRecords reader = new CsvRecords(new StringReader(text), bufferSize)) {
			while (reader.next()) {
				records.add(reader.line() + ": " + List.of(reader.values()));
			}
		}
		return records;
	}

}
