package vn.ocop.portal.certification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.ocop.portal.platform.entity.Refused;

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

    @ParameterizedTest(name = "{0} stars with score {1} are accepted")
    @CsvSource({"3,", "3,50", "3,69", "4,70", "4,89", "5,90", "5,100", "4,"})
    void theOfficeTypesStarsWithinTheScoresBand(int stars, Integer score) {
        assertThat(Stars.certified(stars, score)).isEqualTo(Stars.of(stars));
    }

    @ParameterizedTest(name = "{0} stars with score {1} are refused: {2}")
    @CsvSource({"4,69,'A score of 69 gives 3 stars, not 4'", "3,70,'A score of 70 gives 4 stars, not 3'",
        "5,89,'gives 4 stars, not 5'", "2,40,'Stars must be 3 to 5'", "6,,'Stars must be 3 to 5'",
        "3,101,'A score is 0 to 100'", "3,-1,'A score is 0 to 100'"})
    void starsOutsideTheScoresBandOrBelowThreeAreRefused(int stars, Integer score, String reason) {
        assertThatThrownBy(() -> Stars.certified(stars, score)).isInstanceOf(Refused.class).hasMessageContaining(reason);
    }

    @org.junit.jupiter.api.Test
    void noStarsAreRefused() {
        assertThatThrownBy(() -> Stars.certified(null, 60)).isInstanceOf(Refused.class);
    }
}
