package org.ilo.coalition.api.partner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.Inputs;
import org.ilo.coalition.api.graphql.ReferenceArguments;
import org.ilo.coalition.graph.partner.ExpertiseLevel;
import org.springframework.graphql.data.ArgumentValue;

/**
 * The schema's {@code DeclareExpertiseInput}; {@code functionalAreas} is an {@link ArgumentValue} because absent
 * keeps the partner's functional areas while {@code null} clears them (see {@link Inputs#given}).
 */
public record DeclareExpertiseInput(String partnerId, Integer version, List<Claim> expertise,
		ArgumentValue<List<String>> functionalAreas) {

	/** The schema's {@code ExpertiseClaimInput}. */
	public record Claim(String code, ExpertiseLevel level) {
	}

	/** The claims by known expertise code; each code once. */
	Map<String, ExpertiseLevel> claims(ReferenceArguments references) {
		if (this.version == null) {
			throw new BadRequestException("input.version", "is required");
		}
		if (this.expertise == null || this.expertise.size() > 100) {
			throw new BadRequestException("input.expertise", "must list 0 to 100 entries");
		}
		Map<String, ExpertiseLevel> claims = new LinkedHashMap<>();
		for (Claim claim : this.expertise) {
			String code = references.expertise("input.expertise.code", claim.code());
			if (code == null || claim.level() == null) {
				throw new BadRequestException("input.expertise", "entries need a code and a level");
			}
			if (claims.put(code, claim.level()) != null) {
				throw new BadRequestException("input.expertise", "names '" + code + "' more than once");
			}
		}
		return claims;
	}

	/** The new functional areas; {@code null} when absent (unchanged), empty when given as {@code null} or []. */
	List<String> functionalAreaCodes(ReferenceArguments references) {
		if (!Inputs.given(this.functionalAreas)) {
			return null;
		}
		List<String> codes = Inputs.valueOf(this.functionalAreas);
		return codes == null ? List.of()
				: codes.stream().map((code) -> references.functionalArea("input.functionalAreas", code)).distinct()
					.toList();
	}

}
