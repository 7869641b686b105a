package org.sgbridge.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.sgbridge.directory.Memberships;
import org.sgbridge.meeting.MeetingRegistrations;
import org.sgbridge.meeting.Registration;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.web.ListQuery;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of contributions a person may read (the secretariat all; others those of the meetings
 * they take part in, those their organisations are a source of, and the public ones), searched,
 * filtered and sorted in SQL, a page at a time, in a fixed number of queries whatever their length.
 */
@Service
@Transactional(readOnly = true)
public class ContributionLists {

	/** The orders of a list. */
	public enum Sort {
		NUMBER("c.number"), NEWEST("c.submitted_at DESC, c.number"), TITLE("LOWER(c.title), c.number");

		private final String sql;

		Sort(String sql) {
			this.sql = sql;
		}
	}

	/**
	 * What a list asks: each part optional. {@code text} is found in the number, the title, the
	 * abstract and the sources' names; within one meeting, also in the text of the file (full-text
	 * search on PostgreSQL).
	 */
	public record Query(String meetingId, String studyGroup, String status, String text, Sort sort) {
	}

	private final JdbcClient jdbc;
	private final Contributions contributions;
	private final MeetingRegistrations registrations;
	private final Memberships memberships;
	private final boolean postgres;

	ContributionLists(JdbcClient jdbc, Contributions contributions, MeetingRegistrations registrations,
			Memberships memberships, DataSource dataSource) {
		this.jdbc = jdbc;
		this.contributions = contributions;
		this.registrations = registrations;
		this.memberships = memberships;
		this.postgres = isPostgres(dataSource);
	}

	/** Past this many matches, a search over all contributions stops counting and says "more than". */
	public static final int COUNT_LIMIT = 1_000;

	/**
	 * One page of a list; {@code more} when a search over all contributions found more than
	 * {@link #COUNT_LIMIT} (then {@code total} is {@code COUNT_LIMIT + 1}, not the count).
	 */
	public record Found(ListResponse<Contributions.Contribution> list, boolean more) {
	}

	public ListResponse<Contributions.Contribution> list(Actor actor, Query query, ListResponse.Paging paging) {
		return find(actor, query, paging).list();
	}

	public Found find(Actor actor, Query query, ListResponse.Paging paging) {
		Map<String, Object> params = new LinkedHashMap<>();
		String from = readable(actor, params);
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		boolean inText = query.meetingId() != null && query.text() != null && !query.text().isBlank();
		if (query.meetingId() != null) {
			where.append(" AND c.meeting_id = :meeting");
			params.put("meeting", query.meetingId());
		}
		if (query.studyGroup() != null) {
			where.append(" AND c.study_group = :group");
			params.put("group", query.studyGroup());
		}
		if (query.status() != null) {
			where.append(" AND c.status = :status");
			params.put("status", query.status());
		}
		boolean capped = false;
		if (query.text() != null && !query.text().isBlank()) {
			String text = query.text().strip();
			params.put("like", ListQuery.likePattern(text));
			params.put("q", text);
			String own = "LOWER(%1$s.number || ' ' || %1$s.title || ' ' || COALESCE(%1$s.abstract, '')) LIKE :like ESCAPE '\\'";
			String sources = """
					SELECT s.contribution_id FROM contribution_source s JOIN directory_organization_v o ON o.id = s.organization_id
					WHERE LOWER(o.name) LIKE :like ESCAPE '\\'""";
			if (inText) {
				// Within one meeting, its few contributions are read one by one: the text is looked for in
				// each one's number, title and abstract, its sources' names and the text of its file.
				where.append(" AND (").append(own.formatted("c"))
					.append(" OR c.id IN (").append(sources).append(" AND s.contribution_id = c.id)")
					.append(" OR EXISTS (SELECT 1 FROM contribution_file f WHERE f.contribution_id = c.id AND f.revision = c.revision AND ")
					.append(postgres ? "to_tsvector('simple', COALESCE(f.text_content, '')) @@ plainto_tsquery('simple', :q)"
							: "LOWER(COALESCE(f.text_content, '')) LIKE :like ESCAPE '\\'")
					.append("))");
			}
			else if (!actor.isSecretariat()) {
				// What a participant may read is found first (a few hundred): the text is tested on each of those.
				where.append(" AND (").append(own.formatted("c")).append(" OR c.id IN (").append(sources).append("))");
			}
			else if (common(where, own, params)) {
				// Over all contributions, a word found in more than COUNT_LIMIT of them: the list is read in
				// its order, each row tested, until a page is full; the count stops at the limit.
				capped = true;
				where.append(" AND (").append(own.formatted("c")).append(" OR c.id IN (").append(sources).append("))");
			}
			else {
				// Over all contributions (the secretariat's), a rarer word: one indexable branch per place the text is looked for
				// (on PostgreSQL, trigram indexes on the contribution's own text and on organisation names),
				// joined by UNION rather than OR, so that neither branch makes the other scan.
				where.append(" AND c.id IN (SELECT x.id FROM contribution x WHERE ").append(own.formatted("x"))
					.append(" UNION ").append(sources).append(")");
			}
		}
		long total = capped
				? jdbc.sql("SELECT COUNT(*) FROM (SELECT 1" + from + where + " LIMIT " + (COUNT_LIMIT + 1) + ") found")
					.params(params).query(Long.class).single()
				: jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
		params.put("limit", paging.size());
		params.put("offset", paging.offset());
		Sort sort = query.sort() == null ? Sort.NUMBER : query.sort();
		List<String> ids = jdbc.sql("SELECT c.id" + from + where + " ORDER BY " + sort.sql + " LIMIT :limit OFFSET :offset")
			.params(params).query(String.class).list();
		return new Found(new ListResponse<>(contributions.loadAll(ids), paging.page(), paging.size(), total),
				capped && total > COUNT_LIMIT);
	}

	/**
	 * Whether more than {@link #COUNT_LIMIT} of the contributions the list holds so far ({@code where})
	 * hold the text in their own number, title or abstract.
	 */
	private boolean common(CharSequence where, String own, Map<String, Object> params) {
		long found = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM contribution c" + where + " AND " + own.formatted("c")
				+ " LIMIT " + (COUNT_LIMIT + 1) + ") probe").params(params).query(Long.class).single();
		return found > COUNT_LIMIT;
	}

	/** The study groups and meetings of the contributions the actor may read, to choose from (meetings newest first, at most 200). */
	public record Choices(List<String> studyGroups, List<String> meetingIds) {
	}

	public Choices choices(Actor actor, String studyGroup) {
		Map<String, Object> params = new LinkedHashMap<>();
		String from = readable(actor, params);
		List<String> groups = jdbc.sql("SELECT DISTINCT c.study_group" + from + " ORDER BY c.study_group")
			.params(params).query(String.class).list();
		if (studyGroup != null) {
			params.put("group", studyGroup);
		}
		List<String> meetings = jdbc.sql("SELECT c.meeting_id, MAX(c.submitted_at)" + from
				+ (studyGroup != null ? " WHERE c.study_group = :group" : "")
				+ " GROUP BY c.meeting_id ORDER BY MAX(c.submitted_at) DESC, c.meeting_id LIMIT 200")
			.params(params).query((rs, n) -> rs.getString(1)).list();
		return new Choices(groups, meetings);
	}

	/**
	 * The contributions the actor may read, as {@link Contributions#find} decides for one, as the
	 * {@code FROM} of a query, named {@code c}: the secretariat all; others the public ones, those of
	 * meetings they are a validated participant of, and those one of their organisations is a source of,
	 * one indexable branch per reason joined by UNION (an OR with a subquery would be estimated as half
	 * the table and read all of it), so that a search then tests only these few rows.
	 */
	private String readable(Actor actor, Map<String, Object> params) {
		if (actor.isSecretariat()) {
			return " FROM contribution c";
		}
		StringBuilder rows = new StringBuilder(" FROM (SELECT r.* FROM contribution r WHERE r.public = TRUE");
		List<String> meetings = registrations.mine(actor).stream()
			.filter(e -> e.registration().status() == Registration.Status.VALIDATED)
			.map(e -> e.registration().meetingId())
			.distinct()
			.toList();
		if (!meetings.isEmpty()) {
			rows.append(" OR r.meeting_id IN (:readableMeetings)");
			params.put("readableMeetings", meetings);
		}
		List<String> orgs = memberships.of(actor.accountId()).stream().map(Memberships.Membership::id).toList();
		if (!orgs.isEmpty()) {
			rows.append(" UNION SELECT r.* FROM contribution r JOIN contribution_source rs ON rs.contribution_id = r.id")
				.append(" WHERE rs.organization_id IN (:readableOrgs)");
			params.put("readableOrgs", orgs);
		}
		return rows.append(") c").toString();
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (var connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (java.sql.SQLException e) {
			throw new UncheckedIOException(new IOException(e));
		}
	}
}
