package vn.ocop.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ocop.portal.search.DemoProducts.TODAY;
import static vn.ocop.portal.search.DemoProducts.product;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.ocop.portal.catalogue.entity.StatusFilter;
import vn.ocop.portal.certification.entity.CertificateState;
import vn.ocop.portal.certification.entity.CertificateStatus;
import vn.ocop.portal.search.control.ProductIndex;
import vn.ocop.portal.search.control.ProductSearch;
import vn.ocop.portal.search.control.ProductSearcher;
import vn.ocop.portal.search.control.SearchResult;
import vn.ocop.portal.search.control.SearchResult.Hit;

/** Validity is decided by the date of each search, states by events: nothing is reindexed when a day passes. */
class ValidityTest {

    static final LocalDate TOMORROW = TODAY.plusDays(1);

    ProductIndex index;
    ProductSearcher searcher;

    @BeforeEach
    void buildIndex() {
        index = DemoProducts.indexOf(List.of(
            product(1, "Mật ong hết hạn mai", "Hộ A", "Hà Giang", null, null, 3, CertificateState.ACTIVE, TOMORROW),
            product(2, "Mật ong còn lâu", "Hộ B", "Hà Giang", null, null, 4, CertificateState.ACTIVE, TODAY.plusYears(2)),
            product(3, "Mật ong bị thu hồi", "Hộ C", "Hà Giang", null, null, 4, CertificateState.REVOKED, TODAY.plusYears(2)),
            product(4, "Mật ong tạm dừng", "Hộ D", "Hà Giang", null, null, 5, CertificateState.SUSPENDED, TODAY.plusYears(1)),
            product(5, "Mật ong đã hết hạn", "Hộ E", "Hà Giang", null, null, 3, CertificateState.ACTIVE, TODAY)));
        searcher = new ProductSearcher(index);
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    List<Long> ids(StatusFilter status, LocalDate day) {
        return searcher.search(ProductSearch.on(day).text("mat ong").status(status).build())
            .getHits().stream().map(Hit::getProductId).toList();
    }

    @Test
    void aCertificateExpiringTomorrowIsValidTodayAndExpiredTomorrow() {
        assertThat(ids(StatusFilter.VALID, TODAY)).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids(StatusFilter.EXPIRING, TODAY)).containsExactly(1L);
        assertThat(ids(StatusFilter.EXPIRED, TODAY)).containsExactly(5L);

        assertThat(ids(StatusFilter.VALID, TOMORROW)).containsExactly(2L);
        assertThat(ids(StatusFilter.EXPIRING, TOMORROW)).isEmpty();
        assertThat(ids(StatusFilter.EXPIRED, TOMORROW)).containsExactlyInAnyOrder(1L, 5L);
    }

    @Test
    void theExpiringWindowIsAParameterOfTheSearch() {
        ProductSearch.Builder expiring = ProductSearch.on(TODAY).status(StatusFilter.EXPIRING);
        assertThat(searcher.search(expiring.expiringWindowDays(0).build()).getTotal()).isZero();
        assertThat(searcher.search(expiring.expiringWindowDays(1).build()).getTotal()).isEqualTo(1);
        assertThat(searcher.search(expiring.expiringWindowDays(800).build()).getTotal()).isEqualTo(2);
    }

    @Test
    void revokedAndSuspendedProductsAreNeverValid() {
        assertThat(ids(StatusFilter.ANY, TODAY)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        assertThat(ids(StatusFilter.VALID, TODAY)).doesNotContain(3L, 4L);
        assertThat(ids(StatusFilter.EXPIRED, TODAY.plusYears(3))).doesNotContain(3L, 4L);
    }

    @Test
    void statusCountsAndHitStatusesUseTheSameRules() {
        SearchResult result = searcher.search(ProductSearch.on(TODAY).status(StatusFilter.ANY).order(ProductSearch.Order.NAME).build());

        assertThat(result.getFacet(SearchResult.STATUS)).containsEntry("valid", 2L).containsEntry("expiring", 1L)
            .containsEntry("expired", 1L).containsEntry("suspended", 1L).containsEntry("revoked", 1L);
        assertThat(result.getHits()).extracting(Hit::getProductId, Hit::getStatus).containsExactlyInAnyOrder(
            tuple(1L, CertificateStatus.EXPIRING),
            tuple(2L, CertificateStatus.VALID),
            tuple(3L, CertificateStatus.REVOKED),
            tuple(4L, CertificateStatus.SUSPENDED),
            tuple(5L, CertificateStatus.EXPIRED));
    }

    @Test
    void anEventIsAnUpsert() {
        index.upsert(product(2, "Mật ong còn lâu", "Hộ B", "Hà Giang", null, null, 4, CertificateState.SUSPENDED, TODAY.plusYears(2)));
        assertThat(ids(StatusFilter.VALID, TODAY)).containsExactlyInAnyOrder(1L, 2L); // not yet refreshed
        index.refresh();
        assertThat(ids(StatusFilter.VALID, TODAY)).containsExactly(1L);
    }
}
