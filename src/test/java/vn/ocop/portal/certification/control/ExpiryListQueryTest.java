package vn.ocop.portal.certification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.ocop.portal.platform.entity.BusinessException;

class ExpiryListQueryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void absentParametersTakeTheExpiringWindowAndLastYear() {
        ExpiryListQuery query = ExpiryListQuery.of("expiring", null, null, 90, TODAY);
        assertThat(query.kind()).isEqualTo(ExpiryListQuery.Kind.EXPIRING);
        assertThat(query.days()).isEqualTo(90);
        assertThat(query.year()).isEqualTo(2025);
        assertThat(query.fileName(TODAY, "xlsx")).isEqualTo("ocop-certificates-expiring-90-days-2026-11-25.xlsx");
        assertThat(ExpiryListQuery.of("expired-by-year", null, 2021, 90, TODAY).fileName(TODAY, "csv"))
            .isEqualTo("ocop-certificates-expired-of-2021-2026-11-25.csv");
    }

    @Test
    void whatNoListCanBeMadeOfIsRefusedWithAReason() {
        assertThatThrownBy(() -> ExpiryListQuery.of("soon", null, null, 90, TODAY))
            .isInstanceOf(BusinessException.class).hasMessageContaining("expiring, expired and expired-by-year");
        assertThatThrownBy(() -> ExpiryListQuery.of("expiring", 0, null, 90, TODAY)).hasMessageContaining("days");
        assertThatThrownBy(() -> ExpiryListQuery.of("expired-by-year", null, 2027, 90, TODAY)).hasMessageContaining("year");
        assertThatThrownBy(() -> ExpiryListQuery.of("expired-by-year", null, 1999, 90, TODAY)).hasMessageContaining("year");
    }
}
