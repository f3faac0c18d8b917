package org.ilo.coalition.graph.reference;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ReferenceCsvTests {

	private static final List<String> HEADER = List.of("code", "name", "description");

	@Test
	void keepsCommasAndDoubledQuotesInsideQuotedFields() {
		List<ReferenceCsv.Row> rows = ReferenceCsv.parse("test.csv", """
				code,name,description
				A,"Bolivia, Plurinational State of","He said ""decent work"", twice"
				""", HEADER);

		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.fields()).containsExactly("A", "Bolivia, Plurinational State of",
					"He said \"decent work\", twice");
			assertThat(row.line()).isEqualTo(2);
		});
	}

	@Test
	void skipsCommentsAndBlankLinesButKeepsTrueLineNumbers() {
		List<ReferenceCsv.Row> rows = ReferenceCsv.parse("test.csv", """
				# why this file exists
				code,name,description

				# a remark
				B , Name ,Text
				""", HEADER);

		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.fields()).containsExactly("B", "Name", "Text");
			assertThat(row.line()).isEqualTo(5);
		});
	}

	@Test
	void readsWindowsLineEndingsAndAByteOrderMark() {
		List<ReferenceCsv.Row> rows = ReferenceCsv.parse("test.csv", "\uFEFFcode,name,description\r\nC,N,D\r\n",
				HEADER);

		assertThat(rows).extracting(ReferenceCsv.Row::fields).containsExactly(List.of("C", "N", "D"));
	}

	@Test
	void rejectsAnUnexpectedHeaderNamingTheFileAndLine() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceCsv.parse("areas.csv", "code,title,description\n", HEADER))
			.withMessageContaining("areas.csv line 1")
			.withMessageContaining("code,name,description");
	}

	@Test
	void rejectsARowWithAnUnquotedComma() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceCsv.parse("areas.csv", "code,name,description\nA,Bolivia, Plurinational,D\n",
					HEADER))
			.withMessageContaining("areas.csv line 2")
			.withMessageContaining("expected 3 fields but found 4");
	}

	@Test
	void rejectsAQuoteThatIsNeverClosed() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReferenceCsv.parse("areas.csv", "code,name,description\nA,\"Open,D\n", HEADER))
			.withMessageContaining("areas.csv line 2")
			.withMessageContaining("not closed");
	}

	@Test
	void rejectsAFileWithoutHeader() {
		assertThatIllegalStateException().isThrownBy(() -> ReferenceCsv.parse("empty.csv", "# nothing\n", HEADER))
			.withMessageContaining("empty.csv");
	}

}
