package vn.ocop.portal.catalogue.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldingDropsDiacriticsAndTurnsDIntoD() {
        assertThat(VietnameseText.fold("Rượu đồ Mường Đình")).isEqualTo("ruou do muong dinh");
        assertThat(VietnameseText.fold("  Nước   mắm  Phú Quốc ")).isEqualTo("nuoc mam phu quoc");
    }

    @Test
    void decomposedInputFromSomeKeyboardsFoldsTheSame() {
        String decomposed = Normalizer.normalize("Rượu đồ Mường Đình", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Rượu đồ Mường Đình");
        assertThat(VietnameseText.fold(decomposed)).isEqualTo("ruou do muong dinh");
        assertThat(VietnameseText.clean(decomposed)).isEqualTo("Rượu đồ Mường Đình");
    }

    @Test
    void sortKeysFollowTheVietnameseAlphabet() {
        List<String> expected = List.of("Bưởi da xanh", "Cà phê bột", "Chè Shan tuyết", "Dưa hấu", "Đậu phụ", "Gạo nếp");
        List<String> shuffled = new ArrayList<>(expected);
        java.util.Collections.reverse(shuffled);
        shuffled.sort(Comparator.comparing(VietnameseText::sortKey));
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void dWithStrokeSortsAfterEveryPlainD() {
        assertThat(VietnameseText.sortKey("Đá")).isGreaterThan(VietnameseText.sortKey("Dừa"));
        assertThat(VietnameseText.sortKey("Đá")).isLessThan(VietnameseText.sortKey("Em"));
    }
}
