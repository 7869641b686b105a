package org.sgbridge.directory;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/** Which organisations an account takes part for, and the focal-point duties it holds. */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class Memberships {

	private final JdbcClient jdbc;

	Memberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Membership> of(String accountId) {
		return jdbc.sql("""
				SELECT o.id, o.name, o.kind, o.country, m.representative
				FROM organization_member m JOIN organization o ON o.id = m.organization_id
				WHERE m.account_id = :account ORDER BY o.name""")
			.param("account", accountId)
			.query((rs, n) -> new Membership(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5)))
			.list();
	}

	/** The kinds of organisation that each of these accounts takes part for (one query). */
	public java.util.Map<String, java.util.Set<String>> kindsOf(java.util.Collection<String> accountIds) {
		java.util.Map<String, java.util.Set<String>> kinds = new java.util.HashMap<>();
		if (accountIds.isEmpty()) {
			return kinds;
		}
		jdbc.sql("""
				SELECT DISTINCT m.account_id, o.kind FROM organization_member m JOIN organization o ON o.id = m.organization_id
				WHERE m.account_id IN (:ids)""")
			.param("ids", List.copyOf(new java.util.HashSet<>(accountIds)))
			.query((rs, n) -> kinds.computeIfAbsent(rs.getString(1), k -> new java.util.HashSet<>()).add(rs.getString(2)))
			.list();
		return kinds;
	}

	/** The organisations for which the account is a current focal point (for an Administration: a DFP). */
	public List<FocalPointDuty> focalPointDuties(String accountId) {
		return jdbc.sql("""
				SELECT o.id, o.name, o.kind, o.country FROM focal_point f JOIN organization o ON o.id = f.organization_id
				WHERE f.account_id = :account AND f.until IS NULL ORDER BY o.name""")
			.param("account", accountId)
			.query((rs, n) -> new FocalPointDuty(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	public record Membership(String id, String name, String kind, String country, boolean representative) {
	}

	public record FocalPointDuty(String organizationId, String organizationName, String kind, String country) {
	}
}
