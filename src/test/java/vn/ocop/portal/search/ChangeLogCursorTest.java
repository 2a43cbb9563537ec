package vn.ocop.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import vn.ocop.portal.search.control.ChangeLogCursor;

class ChangeLogCursorTest {

    @Test
    void rowsReadInOrderMoveThePosition() {
        ChangeLogCursor cursor = new ChangeLogCursor(10);

        cursor.read(List.of(11L, 12L, 13L), 1_000);

        assertThat(cursor.position()).isEqualTo(13);
        assertThat(cursor.highest()).isEqualTo(13);
        assertThat(cursor.gaps()).isEmpty();
    }

    @Test
    void aSkippedIdHoldsThePositionUntilItCommits() {
        ChangeLogCursor cursor = new ChangeLogCursor(0);
        cursor.read(List.of(1L, 2L, 5L, 6L), 1_000); // 3 and 4 belong to a transaction still running

        assertThat(cursor.position()).isEqualTo(2);
        assertThat(cursor.highest()).isEqualTo(6);
        assertThat(cursor.gaps()).containsExactly(new long[] {3, 4});

        cursor.read(List.of(4L), 2_000);
        assertThat(cursor.gaps()).containsExactly(new long[] {3, 3});
        assertThat(cursor.position()).isEqualTo(2);

        cursor.read(List.of(3L), 3_000);
        assertThat(cursor.gaps()).isEmpty();
        assertThat(cursor.position()).isEqualTo(6);
    }

    @Test
    void aRowFillingTheMiddleOfAGapSplitsIt() {
        ChangeLogCursor cursor = new ChangeLogCursor(0);
        cursor.read(List.of(10L), 1_000);

        cursor.read(List.of(5L), 2_000);

        assertThat(cursor.gaps()).containsExactly(new long[] {1, 4}, new long[] {6, 9});
        assertThat(cursor.position()).isZero();
    }

    @Test
    void gapsOlderThanAnyTransactionAreForgotten() {
        ChangeLogCursor cursor = new ChangeLogCursor(0);
        cursor.read(List.of(3L), 1_000);  // 1 and 2 rolled back
        cursor.read(List.of(9L), 5_000);  // 4 to 8 may still come

        cursor.expire(2_000);

        assertThat(cursor.gaps()).containsExactly(new long[] {4, 8});
        assertThat(cursor.position()).isEqualTo(3);
        cursor.expire(6_000);
        assertThat(cursor.position()).isEqualTo(9);
    }

    @Test
    void readingARowTwiceChangesNothing() {
        ChangeLogCursor cursor = new ChangeLogCursor(0);
        cursor.read(List.of(1L, 3L), 1_000);

        cursor.read(List.of(1L, 3L), 2_000);

        assertThat(cursor.gaps()).containsExactly(new long[] {2, 2});
        assertThat(cursor.highest()).isEqualTo(3);
    }

    @Test
    void manyGapsAreMergedSoThatOnePollReadsThemBack() {
        ChangeLogCursor cursor = new ChangeLogCursor(0);
        // every other id missing: 200 gaps of one id
        cursor.read(LongStream.rangeClosed(1, 200).map(i -> i * 2).boxed().toList(), 1_000);

        assertThat(cursor.gaps()).hasSizeLessThanOrEqualTo(64);
        assertThat(cursor.gaps().get(0)[0]).isEqualTo(1);
        assertThat(cursor.gaps().get(cursor.gaps().size() - 1)[1]).isEqualTo(399);
        assertThat(cursor.position()).isZero();
    }
}
