package org.sgbridge.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;

/** QR codes for the generated documents (a letter's verification code, a certificate's verification page), drawn by ZXing. */
public final class QrCodes {

	private QrCodes() {
	}

	/** The QR code of {@code text} as a PNG data URI of {@code size} pixels square with a quiet zone of {@code margin} modules. */
	public static String dataUri(String text, int size, int margin) {
		try {
			Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
			hints.put(EncodeHintType.MARGIN, margin);
			var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException e) {
			throw new IllegalStateException(e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
