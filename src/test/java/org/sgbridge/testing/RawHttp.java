package org.sgbridge.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests that {@link java.net.http.HttpClient} refuses to send
 * (a raw backslash or a space in the target, a request line of any length): what a careless or
 * hostile client really sends.
 */
public final class RawHttp {

	private RawHttp() {
	}

	public record Response(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

		@Override
		public String toString() {
			return status + " " + headers + " " + body;
		}
	}

	/** Sends {@code METHOD target} with the given extra header lines and body; the connection is closed after. */
	public static Response send(int port, String method, String target, String body, String... headerLines) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
			head.append("Host: localhost:").append(port).append("\r\nConnection: close\r\n");
			for (String line : headerLines) {
				head.append(line).append("\r\n");
			}
			byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
			if (body != null) {
				head.append("Content-Length: ").append(content.length).append("\r\n");
			}
			head.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			return read(socket.getInputStream());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public static Response get(int port, String target, String... headerLines) {
		return send(port, "GET", target, null, headerLines);
	}

	private static Response read(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) > 0;) {
				all.write(buffer, 0, n);
			}
		}
		catch (java.net.SocketException e) {
			// The server may reset after answering a request it refused; what was read is the answer.
		}
		String text = all.toString(StandardCharsets.UTF_8);
		int split = text.indexOf("\r\n\r\n");
		if (split < 0) {
			throw new IllegalStateException("No HTTP answer: " + text);
		}
		String[] lines = text.substring(0, split).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
		}
		String body = text.substring(split + 4);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunk(body);
		}
		return new Response(status, headers, body);
	}

	private static String unchunk(String chunked) {
		StringBuilder out = new StringBuilder();
		int at = 0;
		while (at < chunked.length()) {
			int eol = chunked.indexOf("\r\n", at);
			if (eol < 0) {
				break;
			}
			int size = Integer.parseInt(chunked.substring(at, eol).split(";")[0].trim(), 16);
			if (size == 0) {
				break;
			}
			// Sizes count bytes; the bodies here are ASCII or close enough for the checks made on them.
			byte[] rest = chunked.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
			String part = new String(rest, 0, Math.min(size, rest.length), StandardCharsets.UTF_8);
			out.append(part);
			at = eol + 2 + part.length() + 2;
		}
		return out.toString();
	}
}
