package vn.ocop.portal.certification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StarsTest {

    @ParameterizedTest(name = "score {0} gives {1} stars")
    @CsvSource({"0,1", "29,1", "30,2", "49,2", "50,3", "69,3", "70,4", "89,4", "90,5", "100,5"})
    void scoresGiveStarsByTheBandsOf2023(int score, int stars) {
        assertThat(Stars.fromScore(score)).isEqualTo(Stars.of(stars));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void aScoreIsOutOf100(int score) {
        assertThatThrownBy(() -> Stars.fromScore(score)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"1,false", "2,false", "3,true", "4,true", "5,true"})
    void onlyThreeStarsAndMoreAreCertified(int stars, boolean certified) {
        assertThat(Stars.of(stars).isCertified()).isEqualTo(certified);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6})
    void starsRunFromOneToFive(int stars) {
        assertThatThrownBy(() -> Stars.of(stars)).isInstanceOf(IllegalArgumentException.class);
    }
}
