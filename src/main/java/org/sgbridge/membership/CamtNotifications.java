package org.sgbridge.membership;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.prowidesoftware.swift.model.mx.AbstractMX;
import com.prowidesoftware.swift.model.mx.MxCamt05400104;
import com.prowidesoftware.swift.model.mx.MxCamt05400105;
import com.prowidesoftware.swift.model.mx.MxCamt05400106;
import com.prowidesoftware.swift.model.mx.MxCamt05400107;
import com.prowidesoftware.swift.model.mx.MxCamt05400108;
import org.sgbridge.platform.Problem;
import org.springframework.http.HttpStatus;

/**
 * The credit transactions of an ISO 20022 camt.054 bank notification, versions 001.04 to 001.08
 * (those Swiss banks send), parsed by pw-iso20022: the library reads the XML and tells the message
 * and version from its namespace. Each version has its own generated classes, whose getters are
 * named after the ISO elements, the same in all five ({@code getNtfctn}, {@code getNtry},
 * {@code getTxDtls}, …): the model is walked by those names, so that one reading serves them all.
 * Counted as {@code API.md} says: each {@code TxDtls} of a {@code CRDT} entry is one credit, an
 * entry without details is one, debits are skipped. A file that is not such a notification, or
 * a credit without an amount, is 400 {@code invalid-payment-file}.
 */
final class CamtNotifications {

	private static final Set<Class<?>> VERSIONS = Set.of(MxCamt05400104.class, MxCamt05400105.class,
			MxCamt05400106.class, MxCamt05400107.class, MxCamt05400108.class);

	private static final int REF_LIMIT = 35;

	private CamtNotifications() {
	}

	/**
	 * One credit of the file. {@code bankReference} is what makes it unique at the bank: the
	 * transaction's {@code AcctSvcrRef}, else its entry's (with the transaction's position when the
	 * entry holds several), else the file's hash and the positions.
	 */
	record Credit(String bankReference, String acctSvcrRef, String entryRef, BigDecimal amount, String currency,
			String reference, String debtorName, LocalDate bookedOn) {
	}

	/** The notification's message name and version (e.g. {@code camt.054.001.04}) and its credits. */
	record Notification(String message, List<Credit> credits) {
	}

	static Problem invalid() {
		return new Problem(HttpStatus.BAD_REQUEST, "invalid-payment-file", "problem.invalid-payment-file.detail");
	}

	static Notification read(byte[] file, String sha256) {
		if (file == null || file.length == 0) {
			throw invalid();
		}
		AbstractMX mx;
		try {
			String xml = new String(file, StandardCharsets.UTF_8);
			if (xml.isBlank()) {
				throw invalid();
			}
			mx = AbstractMX.parse(xml);
		}
		catch (RuntimeException e) {
			throw invalid();
		}
		if (mx == null || !VERSIONS.contains(mx.getClass())) {
			throw invalid();
		}
		Object document = get(mx, "BkToCstmrDbtCdtNtfctn");
		if (document == null || list(document, "Ntfctn").isEmpty()) {
			throw invalid();
		}
		List<Credit> credits = new ArrayList<>();
		int entryIndex = 0;
		for (Object notification : list(document, "Ntfctn")) {
			for (Object entry : list(notification, "Ntry")) {
				entryIndex++;
				if (!"CRDT".equals(code(get(entry, "CdtDbtInd")))) {
					continue;
				}
				String entryRef = text(get(entry, "AcctSvcrRef"));
				LocalDate booked = date(get(entry, "BookgDt"));
				if (booked == null) {
					booked = date(get(entry, "ValDt"));
				}
				List<Object> transactions = new ArrayList<>();
				for (Object details : list(entry, "NtryDtls")) {
					transactions.addAll(list(details, "TxDtls"));
				}
				Object entryAmount = get(entry, "Amt");
				if (transactions.isEmpty()) {
					String key = entryRef != null ? "entry:" + entryRef : "file:" + sha256 + "/" + entryIndex;
					credits.add(credit(key, entryRef, entryRef, entryAmount, null, null, booked));
					continue;
				}
				int index = 0;
				for (Object transaction : transactions) {
					index++;
					String direction = code(get(transaction, "CdtDbtInd"));
					if (direction != null && !"CRDT".equals(direction)) {
						continue;
					}
					String txRef = text(get(get(transaction, "Refs"), "AcctSvcrRef"));
					String key = txRef != null ? "tx:" + txRef
							: entryRef != null ? "entry:" + entryRef + (transactions.size() > 1 ? "/" + index : "")
									: "file:" + sha256 + "/" + entryIndex + "/" + index;
					Object amount = get(transaction, "Amt");
					if (amount == null) {
						amount = get(get(get(transaction, "AmtDtls"), "TxAmt"), "Amt");
					}
					if (amount == null && transactions.size() == 1) {
						amount = entryAmount;
					}
					credits.add(credit(key, txRef != null ? txRef : entryRef, entryRef, amount, reference(transaction),
							debtor(transaction), booked));
				}
			}
		}
		return new Notification(mx.getMxId().id(), credits);
	}

	private static Credit credit(String key, String acctSvcrRef, String entryRef, Object money, String reference,
			String debtor, LocalDate booked) {
		BigDecimal value = money == null ? null : (BigDecimal) get(money, "Value");
		String currency = money == null ? null : text(get(money, "Ccy"));
		if (value == null || value.signum() < 0 || value.scale() > 5 || value.precision() - value.scale() > 13
				|| currency == null || !currency.matches("[A-Za-z]{3}")) {
			throw invalid();
		}
		if (longer(acctSvcrRef) || longer(entryRef) || longer(reference)) {
			throw invalid();
		}
		return new Credit(key, acctSvcrRef, entryRef, value, currency.toUpperCase(Locale.ROOT), reference,
				debtor == null ? null : debtor.length() > 140 ? debtor.substring(0, 140) : debtor, booked);
	}

	private static boolean longer(String value) {
		return value != null && value.length() > REF_LIMIT;
	}

	/** The creditor reference of the first structured remittance that has one (a QR or ISO 11649 reference). */
	private static String reference(Object transaction) {
		for (Object structured : list(get(transaction, "RmtInf"), "Strd")) {
			String ref = text(get(get(structured, "CdtrRefInf"), "Ref"));
			if (ref != null) {
				return ref.replace(" ", "");
			}
		}
		return null;
	}

	/** The debtor's name: a party of its own (001.04 to 001.07) or within a choice of party (001.08). */
	private static String debtor(Object transaction) {
		Object debtor = get(get(transaction, "RltdPties"), "Dbtr");
		String name = text(get(debtor, "Nm"));
		return name != null ? name : text(get(get(debtor, "Pty"), "Nm"));
	}

	private static LocalDate date(Object choice) {
		if (get(choice, "Dt") instanceof LocalDate day) {
			return day;
		}
		if (get(choice, "DtTm") instanceof OffsetDateTime time) {
			return time.toLocalDate();
		}
		return null;
	}

	private static String code(Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof Enum<?> e ? e.name() : value.toString();
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}

	/** The value of element {@code name} of a node of the library's model, or {@code null}. */
	private static Object get(Object node, String name) {
		if (node == null) {
			return null;
		}
		try {
			Method getter = node.getClass().getMethod("get" + name);
			return getter.invoke(node);
		}
		catch (NoSuchMethodException e) {
			return null;
		}
		catch (IllegalAccessException | InvocationTargetException e) {
			throw invalid();
		}
	}

	private static List<?> list(Object node, String name) {
		Object value = get(node, name);
		if (value == null) {
			return List.of();
		}
		return value instanceof List<?> l ? l : List.of(value);
	}
}
