package org.ilo.coalition.api.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ilo.coalition.api.graphql.BadRequestException;
import org.ilo.coalition.api.graphql.Connection;
import org.ilo.coalition.api.graphql.GlobalId;
import org.ilo.coalition.api.matching.ProblemMapper;
import org.ilo.coalition.api.report.GapReport.Amount;
import org.ilo.coalition.api.report.GapReport.Code;
import org.ilo.coalition.api.report.GapReport.GapRequest;
import org.ilo.coalition.api.report.GapReport.Group;
import org.ilo.coalition.graph.matching.MatchingData;
import org.ilo.coalition.graph.paging.Cursor;
import org.ilo.coalition.graph.paging.ResultPage;
import org.ilo.coalition.graph.reference.ReferenceCatalog;
import org.ilo.coalition.graph.report.GapFacts;
import org.ilo.coalition.graph.report.GapQuery;
import org.ilo.coalition.matching.gap.GapDiagnosis;
import org.ilo.coalition.matching.gap.GapReason;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The gaps report (docs/reports.md, "Gaps"): reads the facts a matching run reads ({@link GapFacts}), maps them as a
 * run does ({@link ProblemMapper}) and asks the solver's rules why no offer can serve each request
 * ({@link GapDiagnosis}); a request they can serve is a gap only when the latest completed run left it unmet for lack of
 * capacity. Grouping and the page are done here, on every gap request at once.
 */
@Service
public class GapReports {

	/** The ordering name the report's cursors carry. */
	static final String ORDERING = "gapReport";

	static final String NONE = "NONE";

	// Amounts below this are rounding left-overs of held amounts, not a need.
	private static final double EPSILON = 1e-9;

	private static final Comparator<GapRequest> ORDER = Comparator.comparing(GapRequest::deadline)
		.thenComparing(GapRequest::id);

	private final GapFacts facts;

	private final ReferenceCatalog catalog;

	private final Clock clock;

	public GapReports(GapFacts facts, ReferenceCatalog catalog, Clock clock) {
		this.facts = facts;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * Every gap request of the report, in its order, with the groups: what the GraphQL field resolves its
	 * {@code requests} page from.
	 */
	public record Gaps(LocalDate planDate, GapReport.@Nullable LastRun lastRun, List<Group> groups,
			List<GapRequest> requests) {
	}

	/** The report with the page of {@code first} gap requests after {@code after}, as the JSON gives it. */
	public GapReport report(GapQuery query, int first, @Nullable Cursor after) {
		Gaps gaps = gaps(query);
		return new GapReport(gaps.planDate(), gaps.lastRun(), gaps.groups(), page(gaps.requests(), first, after));
	}

	/** The groups and every gap request, soonest deadline first. */
	public Gaps gaps(GapQuery query) {
		LocalDate planDate = LocalDate.now(this.clock);
		GapFacts.Facts read = this.facts.read(query);
		GapDiagnosis diagnosis = new GapDiagnosis(ProblemMapper.offers(read.partners(), read.offers()), planDate);
		Map<String, Double> capacity = read.lastRun() == null ? Map.of() : read.lastRun().capacityExhausted();
		List<GapRequest> gaps = new ArrayList<>();
		for (GapFacts.Request request : read.requests()) {
			if (request.lacking() <= EPSILON) {
				continue;
			}
			GapReason reason = diagnosis.reason(ProblemMapper.request(request.request()));
			Double unmet = capacity.get(request.request().id());
			if (reason != null) {
				gaps.add(gapRequest(request.request(), reason, request.lacking()));
			}
			else if (unmet != null) {
				gaps.add(gapRequest(request.request(), GapReason.CAPACITY_EXHAUSTED, unmet));
			}
		}
		gaps.sort(ORDER);
		GapReport.LastRun lastRun = read.lastRun() == null ? null
				: new GapReport.LastRun(GlobalId.of("MatchRun", read.lastRun().id()), read.lastRun().completedAt());
		return new Gaps(planDate, lastRun, groups(gaps, query), List.copyOf(gaps));
	}

	/** The page of {@code first} gap requests after {@code after}, as a connection. */
	public Connection<GapRequest> page(List<GapRequest> gaps, int first, @Nullable Cursor after) {
		List<GapRequest> rest = gaps;
		if (after != null) {
			LocalDate deadline;
			try {
				deadline = LocalDate.parse(after.sortKey());
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new BadRequestException("after", "is not a cursor of this list: pass an endCursor it returned");
			}
			rest = gaps.stream()
				.filter((g) -> g.deadline().isAfter(deadline)
						|| (g.deadline().isEqual(deadline) && g.id().compareTo(after.id()) > 0))
				.toList();
		}
		ResultPage<GapRequest> page = ResultPage.ofLookahead(rest.size() > first ? rest.subList(0, first + 1) : rest,
				first, gaps.size());
		return Connection.of(page, GapReports::cursorOf, after != null);
	}

	/** The cursor of a gap request in the report's order (deadline, id). */
	static Cursor cursorOf(GapRequest request) {
		return new Cursor(ORDERING, request.deadline().toString(), request.id());
	}

	/** Per (region, area, reason): a request counts in each of its areas (only the areas filtered on, if any). */
	private static List<Group> groups(List<GapRequest> gaps, GapQuery query) {
		record Key(Code region, Code area, GapReason reason) {
		}
		Map<Key, List<GapRequest>> byKey = new TreeMap<>(Comparator.comparing((Key k) -> k.region().code())
			.thenComparing((k) -> k.area().code())
			.thenComparing(Key::reason));
		for (GapRequest gap : gaps) {
			for (Code area : gap.thematicAreas()) {
				if (!query.thematicAreas().isEmpty() && !query.thematicAreas().contains(area.code())) {
					continue;
				}
				byKey.computeIfAbsent(new Key(gap.region(), area, gap.reason()), (k) -> new ArrayList<>()).add(gap);
			}
		}
		List<Group> groups = new ArrayList<>();
		byKey.forEach((key, requests) -> {
			Map<String, double[]> units = new TreeMap<>();
			for (GapRequest request : requests) {
				double[] sums = units.computeIfAbsent(request.unit(), (u) -> new double[2]);
				sums[0]++;
				sums[1] += request.amount();
			}
			List<Amount> amounts = new ArrayList<>();
			units.forEach((unit, sums) -> amounts.add(new Amount(unit, (int) sums[0], sums[1])));
			groups.add(new Group(key.region(), key.area(), key.reason(), requests.size(), amounts));
		});
		return groups;
	}

	private GapRequest gapRequest(MatchingData.Request request, GapReason reason, double amount) {
		List<Code> areas = request.thematicAreas().stream()
			.distinct()
			.sorted()
			.map((a) -> new Code(a, this.catalog.thematicArea(a).map((t) -> t.name()).orElse(a)))
			.toList();
		String region = request.regionCode() == null ? NONE : request.regionCode();
		return new GapRequest(GlobalId.of("SupportRequest", request.id()), request.title(),
				new GapReport.Country(request.countryIso3(), request.countryName()),
				new Code(region, this.catalog.region(region).map((r) -> r.name()).orElse("None")),
				areas.isEmpty() ? List.of(new Code(NONE, "None")) : areas, request.kind(), request.unit(),
				request.amount(), amount, request.deadline(), reason);
	}

}
