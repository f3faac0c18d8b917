package org.ilo.coalition.api.security;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ilo.coalition.graph.partner.PartnerRepository;
import org.ilo.coalition.graph.partner.PartnerView;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The demo accounts, all with one password: {@code secretariat}, {@code coordinator}, {@code state-<ISO3>} for every
 * member State whose government is a demo partner, and {@code partner-1} to {@code partner-7} for the admitted demo
 * partner with the lowest id of each other kind (employers', workers', international organization, enterprise,
 * academia, NGO, other). Accounts resolve against the graph when used, so they follow the demo data.
 *
 * <p>Only these exact spellings sign in ({@code state-KEN}, not {@code state-ken}; {@code partner-1}, not
 * {@code partner-01}): the username is the actor recorded in the audit trail, so one account has one name.
 */
public class DemoAccounts implements UserDetailsService {

	private static final Pattern STATE = Pattern.compile("state-([A-Z]{3})");

	private static final Pattern PARTNER = Pattern.compile("partner-([1-9][0-9]?)");

	private final PartnerRepository partners;

	private final String passwordHash;

	public DemoAccounts(PartnerRepository partners, String passwordHash) {
		this.partners = partners;
		this.passwordHash = passwordHash;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return new DemoUser(callerOf(username), this.passwordHash);
	}

	private Caller callerOf(String username) {
		if ("secretariat".equals(username)) {
			return new Caller(username, Role.SECRETARIAT, null, null);
		}
		if ("coordinator".equals(username)) {
			return new Caller(username, Role.COORDINATION_GROUP, null, null);
		}
		Matcher state = STATE.matcher(username);
		if (state.matches()) {
			String iso3 = state.group(1);
			return this.partners.findDemoGovernment(iso3)
				.map((government) -> new Caller(username, Role.MEMBER_STATE, null, iso3))
				.orElseThrow(() -> new UsernameNotFoundException(username));
		}
		Matcher partner = PARTNER.matcher(username);
		if (partner.matches()) {
			int index = Integer.parseInt(partner.group(1)) - 1;
			List<PartnerView> representatives = this.partners.findDemoRepresentatives();
			if (index >= 0 && index < representatives.size()) {
				return new Caller(username, Role.PARTNER, representatives.get(index).id(), null);
			}
		}
		throw new UsernameNotFoundException(username);
	}

}
