package vn.ocop.portal.catalogue.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ocop.portal.producer.entity.ProducerType;

class ProductGroupTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = ';', value = {
        "Thực phẩm;FOOD", "Đồ uống;BEVERAGE", "Dược liệu và sản phẩm từ dược liệu;HERBAL", "Thủ công mỹ nghệ;HANDICRAFT",
        "Sinh vật cảnh;ORNAMENTAL", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch;TOURISM",
        "food;FOOD", "Tourism;TOURISM", "  thực  PHẨM ;FOOD",
        "Thảo dược;HERBAL", "Vải và may mặc;HANDICRAFT", "Lưu niệm - nội thất - trang trí;HANDICRAFT",
        "Dịch vụ du lịch nông thôn, bán hàng;TOURISM"})
    void labelsOf2023And2019AndCodesMapToTheCurrentGroup(String label, ProductGroup group) {
        assertThat(ProductGroup.fromLabelOrCode(label)).contains(group);
        assertThat(ProductGroup.fromLabelOrCode(Normalizer.normalize(label, Normalizer.Form.NFD))).contains(group);
    }

    @Test
    void unknownLabelsMapToNothing() {
        assertThat(ProductGroup.fromLabelOrCode("Điện tử")).isEmpty();
        assertThat(ProductGroup.fromLabelOrCode("")).isEmpty();
        assertThat(ProductGroup.fromCode("Thực phẩm")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Doanh nghiệp,ENTERPRISE", "Hợp tác xã,COOPERATIVE", "Tổ hợp tác,COOPERATIVE_GROUP",
        "Hộ kinh doanh,HOUSEHOLD", "cooperative_group,COOPERATIVE_GROUP", "household,HOUSEHOLD"})
    void producerTypesByVietnameseNameOrCode(String name, ProducerType type) {
        assertThat(ProducerType.fromNameOrCode(name)).contains(type);
    }
}
