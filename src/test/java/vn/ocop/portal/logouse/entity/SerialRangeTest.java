package vn.ocop.portal.logouse.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ocop.portal.platform.entity.Refused;

class SerialRangeTest {

    @ParameterizedTest(name = "{0}..{1} vs {2}..{3} overlap: {4}")
    @CsvSource({"100,199,200,299,false", "100,200,200,299,true", "100,199,50,100,true", "100,199,120,130,true",
        "120,130,100,199,true", "100,199,0,99,false", "5,5,5,5,true"})
    void rangesOfOnePrefixOverlapWhenTheyShareANumber(long a1, long a2, long b1, long b2, boolean overlap) {
        SerialRange a = new SerialRange("HB26-", a1, a2);
        SerialRange b = new SerialRange("hb26-", b1, b2);
        assertThat(a.overlaps(b)).isEqualTo(overlap);
        assertThat(b.overlaps(a)).isEqualTo(overlap);
    }

    @Test
    void rangesOfDifferentPrefixesNeverOverlap() {
        assertThat(new SerialRange("HB26-", 1, 1000).overlaps(new SerialRange("LC26-", 1, 1000))).isFalse();
        assertThat(new SerialRange("", 1, 1000).overlaps(new SerialRange("HB-", 1, 1000))).isFalse();
    }

    @Test
    void aSerialReadsAsPrefixAndNumberIgnoringLeadingZerosCaseAndSpaces() {
        SerialRange.Serial serial = SerialRange.Serial.parse(" hb26-000123 ").orElseThrow();
        assertThat(serial.prefix()).isEqualTo("HB26-");
        assertThat(serial.number()).isEqualTo(123);
        assertThat(new SerialRange("HB26-", 100, 199).contains(serial)).isTrue();
        assertThat(new SerialRange("HB26-", 124, 199).contains(serial)).isFalse();
        assertThat(SerialRange.Serial.parse("000777").orElseThrow().prefix()).isEmpty();
        assertThat(SerialRange.Serial.parse("no digits")).isEmpty();
        assertThat(SerialRange.Serial.parse("<script>1")).isEmpty();
        assertThat(SerialRange.Serial.parse("")).isEmpty();
    }

    @Test
    void aReversedRangeOrABadPrefixIsRefused() {
        assertThatThrownBy(() -> new SerialRange("HB-", 10, 9))
            .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("logouse.error.rangeReversed"));
        assertThatThrownBy(() -> new SerialRange("HB 1", 1, 9))
            .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("logouse.error.prefix"));
        assertThatThrownBy(() -> new SerialRange("HB1", 1, 9))
            .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("logouse.error.prefix"));
        assertThat(new SerialRange("HB-", 1, 1000).size()).isEqualTo(1000);
    }
}
