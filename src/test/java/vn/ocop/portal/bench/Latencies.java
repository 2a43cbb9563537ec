package vn.ocop.portal.bench;

import java.util.Arrays;
import java.util.List;

/** How long each call of a series took, read as percentiles. Calls run one after another, on this thread. */
final class Latencies {

    @FunctionalInterface
    interface Call<T> {
        void run(T input) throws Exception;
    }

    private final long[] sortedNanos;

    private Latencies(long[] nanos) {
        this.sortedNanos = nanos.clone();
        Arrays.sort(sortedNanos);
    }

    /** Times {@code call} once per input, in order. */
    static <T> Latencies measure(List<T> inputs, Call<T> call) throws Exception {
        long[] nanos = new long[inputs.size()];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            call.run(inputs.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        return new Latencies(nanos);
    }

    /** Runs the calls untimed, so that the JIT compiles them and caches fill before a measurement. */
    static <T> void warmUp(List<T> inputs, Call<T> call) throws Exception {
        for (T input : inputs) {
            call.run(input);
        }
    }

    double p50Ms() {
        return percentileMs(50);
    }

    double p99Ms() {
        return percentileMs(99);
    }

    /** "p50 1.20 ms, p99 6.80 ms, max 12.4 ms over 1,000 calls" */
    String describe() {
        return String.format("p50 %s ms, p99 %s ms, max %s ms over %,d calls", ms(p50Ms()), ms(p99Ms()),
            ms(sortedNanos[sortedNanos.length - 1] / 1e6), sortedNanos.length);
    }

    /** Nearest rank: the smallest time that at least {@code percent}% of the calls did not exceed. */
    private double percentileMs(int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    private static String ms(double ms) {
        return ms < 10 ? String.format("%.2f", ms) : ms < 100 ? String.format("%.1f", ms) : String.format("%,.0f", ms);
    }
}
