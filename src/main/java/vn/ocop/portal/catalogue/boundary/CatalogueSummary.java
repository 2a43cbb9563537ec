package vn.ocop.portal.catalogue.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The home page's figures, which every visitor sees alike and which change only with a new list. Only plain values
 * are kept, never entities with lazy relations that several requests could load at once. Counting the whole catalogue
 * on every home-page request costs more than the rest of the page, so they are kept for a minute.
 */
@ApplicationScoped
public class CatalogueSummary {

    static final Duration KEEP = Duration.ofMinutes(1);

    @Inject
    Catalogue catalogue;

    private final Kept<Figures> figures = new Kept<>();

    public Figures figures() {
        return figures.get(catalogue::figures);
    }

    /** One value and when it was made; two requests racing at expiry both compute it, which is harmless. */
    private static final class Kept<T> {
        private volatile T value;
        private volatile Instant madeAt = Instant.MIN;

        T get(Supplier<T> compute) {
            if (value == null || Instant.now().isAfter(madeAt.plus(KEEP))) {
                value = compute.get();
                madeAt = Instant.now();
            }
            return value;
        }
    }
}
