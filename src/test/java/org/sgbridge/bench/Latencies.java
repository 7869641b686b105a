package org.sgbridge.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/** Timings of many requests, read as percentiles (nearest rank), in milliseconds. */
record Latencies(long[] nanos) {

	static Latencies of(Collection<Long> nanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		return new Latencies(sorted);
	}

	int count() {
		return nanos.length;
	}

	/** The {@code q}-th quantile (0.5, 0.95, 0.99) in ms: the smallest timing that this share of the timings does not exceed. */
	double ms(double q) {
		if (nanos.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(q * nanos.length);
		return nanos[Math.min(nanos.length, Math.max(1, rank)) - 1] / 1e6;
	}

	double maxMs() {
		return nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6;
	}

	/** A duration in ms as the tables show it: whole ms from 10 up, one decimal below. */
	static String format(double ms) {
		if (Double.isNaN(ms)) {
			return "–";
		}
		return ms >= 10 ? String.format(Locale.ROOT, "%,.0f", ms) : String.format(Locale.ROOT, "%.1f", ms);
	}
}
