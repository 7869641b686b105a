package org.sgbridge.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small client of the JSON API over real HTTP, as another ITU system would call it. */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();
	private final String base;
	private final Map<String, String> headers = new LinkedHashMap<>();

	public Api(int port) {
		this.base = "http://localhost:" + port;
	}

	public Api with(String header, String value) {
		Api copy = new Api(base);
		copy.headers.putAll(headers);
		copy.headers.put(header, value);
		return copy;
	}

	private Api(String base) {
		this.base = base;
	}

	public Api bearer(String token) {
		return with("Authorization", "Bearer " + token);
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	public Response delete(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
	}

	public Response post(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))));
	}

	public Response patch(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))));
	}

	public Response put(String path, Object body) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))));
	}

	/** A multipart POST: an optional JSON part {@code metadata} and a part {@code file}. */
	public Response postMultipart(String path, Object metadata, String fileName, byte[] file) {
		String boundary = "----sgbridge" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
		try {
			if (metadata != null) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
						+ "Content-Type: application/json\r\n\r\n").getBytes(utf8));
				body.write((metadata instanceof String s ? s : JSON.writeValueAsString(metadata)).getBytes(utf8));
				body.write("\r\n".getBytes(utf8));
			}
			if (file != null) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
						+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(utf8));
				body.write(file);
				body.write("\r\n".getBytes(utf8));
			}
			body.write(("--" + boundary + "--\r\n").getBytes(utf8));
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** A GET whose body is kept as bytes. */
	public HttpResponse<byte[]> getBytes(String path, String... headerPairs) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		headers.forEach(request::header);
		for (int i = 0; i + 1 < headerPairs.length; i += 2) {
			request.header(headerPairs[i], headerPairs[i + 1]);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private Response send(HttpRequest.Builder request) {
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** A response with its body read as JSON when it is JSON. */
	public record Response(HttpResponse<String> raw) {

		public int status() {
			return raw.statusCode();
		}

		public String body() {
			return raw.body();
		}

		public JsonNode json() {
			return JSON.readTree(raw.body());
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		/** The slug of a problem detail's {@code type}. */
		public String problem() {
			String type = json().path("type").asString();
			return type.substring(type.lastIndexOf('/') + 1);
		}

		@Override
		public String toString() {
			return raw.statusCode() + " " + raw.body();
		}
	}
}
