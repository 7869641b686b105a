package org.sgbridge.directory;

import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * An organisation's name as searches read it, case and accents folded as {@link NameFolding} folds
 * them: a column that the database computes from the name ({@code name_folded}, generated, stored),
 * so that no search folds every name of the directory again. Indexed: on PostgreSQL by trigrams
 * (a part of a name, {@code LIKE '%…%'}) and by b-tree (a whole name); on the embedded H2 database
 * by b-tree. Written in Java because the table of characters is Java's.
 */
@Component
class V19_4__Organization_name_folded extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
			.contains("postgres");
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("ALTER TABLE organization ADD COLUMN name_folded VARCHAR(300) GENERATED ALWAYS AS ("
					+ NameFolding.sql("name") + ")" + (postgres ? " STORED" : ""));
			statement.execute("CREATE INDEX organization_name_folded_equal ON organization (name_folded)");
			if (postgres) {
				statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
				statement.execute("CREATE INDEX organization_name_folded ON organization USING gin (name_folded gin_trgm_ops)");
			}
		}
	}
}
