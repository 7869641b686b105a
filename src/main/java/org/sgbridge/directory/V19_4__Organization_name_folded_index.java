package org.sgbridge.directory;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, a trigram index on organisations' folded names (case and accents ignored, as
 * {@link NameFolding} folds them), so that a search by a part of a name, and by a whole name,
 * reads an index (trigram for a part, b-tree for the whole) instead of folding every name of the
 * directory. The index's expression is
 * {@link NameFolding#sql}'s, character for character; written in Java because the table of
 * characters is Java's. The embedded H2 database has no such index and needs none.
 */
@Component
class V19_4__Organization_name_folded_index extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		String database = context.getConnection().getMetaData().getDatabaseProductName();
		if (!database.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
			statement.execute("CREATE INDEX organization_name_folded ON organization USING gin (("
					+ NameFolding.sql("name") + ") gin_trgm_ops)");
			statement.execute("CREATE INDEX organization_name_folded_equal ON organization ((" + NameFolding.sql("name") + "))");
		}
	}
}
