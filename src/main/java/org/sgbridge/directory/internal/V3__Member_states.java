package org.sgbridge.directory.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Loads the 194 ITU Member States from {@code reference/member-states.csv} (sources and their
 * date are named at the top of that file), with one Administration per state.
 */
@Component
class V3__Member_states extends BaseJavaMigration {

	static final String FILE = "/reference/member-states.csv";

	/** The Administration of a state has a stable id, so that links to it survive a reload. */
	static String administrationId(String code) {
		return UUID.nameUUIDFromBytes(("administration:" + code).getBytes(StandardCharsets.UTF_8)).toString();
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection db = context.getConnection();
		try (PreparedStatement state = db.prepareStatement("INSERT INTO member_state (code, m49, region, developing,"
				+ " member_since, name_ar, name_en, name_es, name_fr, name_ru, name_zh) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
				PreparedStatement ldc = db.prepareStatement(
						"INSERT INTO member_state_ldc (code, ldc_from, ldc_until, note) VALUES (?,?,?,?)");
				PreparedStatement admin = db.prepareStatement("INSERT INTO organization (id, name, kind, country,"
						+ " created_at) VALUES (?,?,'ADMINISTRATION',?,?)");
				Reader reader = open()) {
			Timestamp now = Timestamp.from(Instant.now());
			for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setCommentMarker('#').get().parse(reader)) {
				String code = row.get("code");
				state.setString(1, code);
				state.setString(2, row.get("m49"));
				state.setString(3, row.get("region"));
				state.setBoolean(4, Boolean.parseBoolean(row.get("developing")));
				state.setDate(5, date(row.get("member_since")));
				state.setString(6, row.get("name_ar"));
				state.setString(7, row.get("name_en"));
				state.setString(8, row.get("name_es"));
				state.setString(9, row.get("name_fr"));
				state.setString(10, row.get("name_ru"));
				state.setString(11, row.get("name_zh"));
				state.addBatch();
				if (!row.get("ldc_from").isBlank()) {
					ldc.setString(1, code);
					ldc.setDate(2, date(row.get("ldc_from")));
					ldc.setDate(3, date(row.get("ldc_until")));
					ldc.setString(4, row.get("ldc_note"));
					ldc.addBatch();
				}
				admin.setString(1, administrationId(code));
				admin.setString(2, "Administration of " + row.get("name_en"));
				admin.setString(3, code);
				admin.setTimestamp(4, now);
				admin.addBatch();
			}
			state.executeBatch();
			ldc.executeBatch();
			admin.executeBatch();
		}
	}

	private static Reader open() throws IOException {
		var in = V3__Member_states.class.getResourceAsStream(FILE);
		if (in == null) {
			throw new IOException(FILE + " is missing from the class path");
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

	private static Date date(String value) {
		return value == null || value.isBlank() ? null : Date.valueOf(LocalDate.parse(value));
	}
}
