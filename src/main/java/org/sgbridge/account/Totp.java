package org.sgbridge.account;

import java.time.Clock;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.springframework.stereotype.Component;

/** Time-based one-time passwords (RFC 6238: SHA-1, six digits, 30 seconds), on the injected clock. */
@Component
class Totp {

	private final CodeVerifier verifier;
	private final Clock clock;

	Totp(Clock clock) {
		this.clock = clock;
		DefaultCodeVerifier v = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6),
				() -> this.clock.instant().getEpochSecond());
		v.setTimePeriod(30);
		v.setAllowedTimePeriodDiscrepancy(1);
		this.verifier = v;
	}

	String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	boolean matches(String secret, String code) {
		if (secret == null || code == null) {
			return false;
		}
		String digits = code.replaceAll("\\s", "");
		return digits.matches("\\d{6}") && verifier.isValidCode(secret, digits);
	}

	/** The {@code otpauth://} address that authenticator apps read, and its QR code as a data URI. */
	TotpSetup setup(String secret, String accountName) {
		QrData data = new QrData.Builder().label(accountName).secret(secret).issuer("SG Bridge")
			.algorithm(HashingAlgorithm.SHA1).digits(6).period(30).build();
		try {
			ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
			String image = Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
			return new TotpSetup(secret, data.getUri(), image);
		}
		catch (QrGenerationException e) {
			return new TotpSetup(secret, data.getUri(), null);
		}
	}
}
