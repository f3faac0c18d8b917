package org.ilo.coalition.api.graphql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputsTests {

	@ParameterizedTest
	@ValueSource(strings = { "contact@example.org", "first.last+tag@mail.example.co.uk", "o'brien@example.org",
			"info@xn--bcher-kva.example", "a_b-c@example-site.org", "x@example.museum" })
	void acceptsCommonEMailAddresses(String address) {
		assertThat(Inputs.email("input.contactEmail", address, true)).isEqualTo(address);
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>@x.org", "a b@example.org", "someone@example", "someone@-example.org",
			"someone@example..org", ".someone@example.org", "some..one@example.org", "some\"one@example.org",
			"someone@exam_ple.org", "someone@example.o", "someone@@example.org", "someone@example.org>" })
	void refusesWhatIsNoEMailAddress(String address) {
		assertThatThrownBy(() -> Inputs.email("input.contactEmail", address, true))
			.isInstanceOf(BadRequestException.class)
			.hasMessageContaining("input.contactEmail");
	}

	@Test
	void refusesALocalPartLongerThan64Characters() {
		assertThatThrownBy(() -> Inputs.email("input.contactEmail", "a".repeat(65) + "@example.org", true))
			.isInstanceOf(BadRequestException.class);
	}

	@Test
	void refusesAnAddressLongerThan254Characters() {
		String address = "a@" + (("b".repeat(60)) + ".").repeat(5) + "org";
		assertThat(address).hasSizeGreaterThan(254);
		assertThatThrownBy(() -> Inputs.email("input.contactEmail", address, true))
			.isInstanceOf(BadRequestException.class);
	}

}
