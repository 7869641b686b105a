package org.sgbridge.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of the trail. {@code clientAddress} is told to the secretariat only; {@code hash} is
 * the SHA-256 of the entry's fields and of the hash of the entry before it.
 */
public record AuditEntry(@JsonIgnore long seq, Instant at, String actorId, String actorName, String actingAs,
		String action, String subject, String subjectType, String memberState, String reason,
		@JsonInclude(JsonInclude.Include.NON_NULL) String clientAddress, @JsonIgnore String previousHash, String hash) {

	/** The same entry without the address it came from, for whoever is not the secretariat. */
	AuditEntry withoutAddress() {
		return new AuditEntry(seq, at, actorId, actorName, actingAs, action, subject, subjectType, memberState, reason,
				null, previousHash, hash);
	}

	/** The hash this entry should have, from its fields and the hash before it. */
	String expectedHash() {
		return hash(previousHash, seq, at, actorId, actorName, actingAs, action, subjectType, subject, memberState,
				reason, clientAddress);
	}

	static String hash(String previous, long seq, Instant at, String... fields) {
		StringBuilder text = new StringBuilder(previous).append('\u001f').append(seq).append('\u001f')
			.append(at.toEpochMilli());
		for (String field : fields) {
			// a unit separator between fields and a marker for "none", so that no two entries read alike
			text.append('\u001f').append(field == null ? "\u0000" : field);
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
