package org.sgbridge.bsg.course;

import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Languages;
import org.sgbridge.platform.Pdf;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.PublicAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Certificates of achievement of the A.1 course: read by anyone who has the code (valid or
 * revoked), written as PDF in the holder's language with a QR code of the public verification page,
 * listed and revoked (with a reason) by the secretariat.
 */
@org.springframework.modulith.NamedInterface("api")
@Service
@Transactional
public class Certificates {

	static final int REASON_LIMIT = 2000;

	private final LearnerRecords records;
	private final TemplateEngine templates;
	private final Pdf pdf;
	private final PublicAddress address;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Certificates(LearnerRecords records, TemplateEngine templates, Pdf pdf, PublicAddress address,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.templates = templates;
		this.pdf = pdf;
		this.address = address;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Certificate> find(String code) {
		return records.certificate(code);
	}

	/** The address of the public page that verifies a certificate, as its QR code encodes it. */
	public String verificationUrl(String code) {
		return address.url() + "/certificates/" + code;
	}

	@Transactional(readOnly = true)
	public List<Certificate> list(Actor actor) {
		if (!CourseAccess.mayListCertificates(actor)) {
			throw Problem.forbidden("secretariat");
		}
		return records.certificates();
	}

	/** Revokes a certificate with a reason (400 without one); 409 {@code already-decided} when revoked already. */
	public Certificate revoke(Actor actor, String code, String reason) {
		if (!CourseAccess.mayRevoke(actor)) {
			throw Problem.forbidden("secretariat");
		}
		Certificate certificate = records.certificate(code).orElseThrow(Problem::notFound);
		if (reason == null || reason.isBlank()) {
			throw Problem.invalidField("reason", "validation.NotBlank");
		}
		if (reason.strip().length() > REASON_LIMIT) {
			throw Problem.invalidField("reason", "validation.maxLength", REASON_LIMIT);
		}
		Act act = Act.ofStaff(actor, clock);
		if (!records.revoke(certificate.code(), Dates.today(clock), actor.accountId(), reason.strip())) {
			throw Problem.conflict("already-decided");
		}
		events.publishEvent(new CertificateEvent.Revoked(certificate.code(), certificate.accountId(), reason.strip(), act));
		return records.certificate(certificate.code()).orElseThrow();
	}

	/** Writes the certificate as PDF in its holder's language; 404 for an unknown code. */
	@Transactional(readOnly = true)
	public void write(String code, OutputStream out) {
		Certificate c = records.certificate(code).orElseThrow(Problem::notFound);
		Locale locale = Languages.supported(c.language()).orElse(Languages.DEFAULT);
		String url = verificationUrl(c.code());
		Context context = new Context(locale);
		context.setVariable("certificate", c);
		context.setVariable("name", Pdf.isolate(c.holderName()));
		context.setVariable("issuedOn", Pdf.isolate(Dates.format(c.issuedOn(), locale)));
		context.setVariable("overall", c.overall());
		context.setVariable("verifyUrl", url);
		context.setVariable("qr", org.sgbridge.platform.QrCodes.dataUri(url, 300, 2));
		context.setVariable("rtl", Languages.isRightToLeft(locale));
		pdf.render(templates.process("course/certificate-pdf", context), out);
	}
}
