package vn.ocop.portal;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/** For what the portal does shortly after a request, such as the search index following a commit. */
public final class Eventually {

    private Eventually() {
    }

    /** The first answer that passes within the time (asked every 100 ms), or the last answer. */
    public static <T> T within(Duration time, Callable<T> answer, Predicate<T> passes) throws Exception {
        long deadline = System.nanoTime() + time.toNanos();
        T last = answer.call();
        while (!passes.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            last = answer.call();
        }
        return last;
    }
}
