package org.sgbridge.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without JavaScript over plain HTTP: keeps its cookies (its session), follows no redirect, sends CSRF. */
public final class PageClient {

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	private final int port;

	public PageClient(int port) {
		this.port = port;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)));
	}

	/** A download: its bytes, as a browser with this session would receive them. */
	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", "en").build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Posts a form with the CSRF token of the page it comes from. */
	public HttpResponse<String> post(String formPage, String action, Map<String, String> fields) {
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(formPage).body());
		assertThat(csrf.find()).as("CSRF field on %s", formPage).isTrue();
		String body = fields.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&")) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Posts a form whose fields may repeat (ticked boxes): name, value, name, value ... */
	public HttpResponse<String> postPairs(String formPage, String action, String... pairs) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			body.append(i == 0 ? "" : "&").append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(formPage).body());
		assertThat(csrf.find()).as("CSRF field on %s", formPage).isTrue();
		body.append(body.isEmpty() ? "" : "&").append("_csrf=").append(URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/**
	 * Posts a form with a file ({@code multipart/form-data}), as a browser sends one: its fields, the
	 * file (none when {@code fileName} is null: an empty part, as when no file is chosen), and the CSRF
	 * token of the page it comes from.
	 */
	public HttpResponse<String> postMultipart(String formPage, String action, Map<String, String> fields, String fileName,
			byte[] file) {
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(formPage).body());
		assertThat(csrf.find()).as("CSRF field on %s", formPage).isTrue();
		String boundary = "----sgbridge" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		all.put("_csrf", csrf.group(1));
		try {
			for (Map.Entry<String, String> e : all.entrySet()) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
						+ e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ (fileName == null ? "" : fileName) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(file == null ? new byte[0] : file);
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	public HttpResponse<String> signIn(String email, String password) {
		return post("/signin", "/signin", Map.of("email", email, "password", password));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
