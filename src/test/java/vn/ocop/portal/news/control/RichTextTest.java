package vn.ocop.portal.news.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void scriptsHandlersFramesAndStylesAreRemoved() {
        String safe = RichText.sanitise("<p style=\"color:red\" onclick=\"alert(1)\">Xin chào</p>"
            + "<script>alert('x')</script><img src=x onerror=alert(1)><iframe src=\"https://evil.example\"></iframe>"
            + "<style>body{display:none}</style><svg onload=alert(1)></svg><p>tiếp</p>");
        assertThat(safe).isEqualTo("<p>Xin chào</p><p>tiếp</p>");
    }

    @Test
    void linksKeepOnlyWebAndMailAddressesAndAlwaysGetNofollowNoopener() {
        assertThat(RichText.sanitise("<a href=\"javascript:alert(1)\">bấm</a>")).isEqualTo("bấm");
        assertThat(RichText.sanitise("<a href=\"JaVaScRiPt:alert(1)\">x</a><a href=\"data:text/html,hi\">y</a>"))
            .isEqualTo("xy");
        assertThat(RichText.sanitise("<a href=\"https://ocop.gov.vn/a?b=1&amp;c=2\" target=\"_blank\">OCOP</a>"))
            .matches("<a href=\"https://ocop\\.gov\\.vn/a\\?b&#61;1&amp;c&#61;2\" rel=\"(nofollow noopener|noopener nofollow)\">OCOP</a>");
        assertThat(RichText.sanitise("<a href=\"mailto:vanphong@ocop.gov.vn\">thư</a>"))
            .contains("href=\"mailto:vanphong&#64;ocop.gov.vn\"").containsPattern("rel=\"(nofollow noopener|noopener nofollow)\"");
    }

    @Test
    void theAllowedMarkupIsKept() {
        String html = "<h2>Thông báo</h2><h3>Mục</h3><h4>Tiểu mục</h4><p><strong>đậm</strong> <em>nghiêng</em> <u>gạch</u></p>"
            + "<ul><li>một</li></ul><ol><li data-list=\"bullet\">hai</li></ol><blockquote>trích</blockquote>"
            + "<table><thead><tr><th scope=\"col\">Số</th></tr></thead><tbody><tr><td colspan=\"2\">1</td></tr></tbody></table>";
        assertThat(RichText.sanitise(html)).isEqualTo(html);
    }

    @Test
    void otherHeadingsAndQuillClassesAreDroppedButTheirTextStays() {
        assertThat(RichText.sanitise("<h1 class=\"ql-align-center\">Lớn</h1><p class=\"ql-indent-1\">Thụt</p>"))
            .isEqualTo("Lớn<p>Thụt</p>");
        assertThat(RichText.sanitise("<li data-list=\"javascript:x\">a</li>")).doesNotContain("data-list");
    }

    @Test
    void vietnameseTextIsIntactInBothNormalForms() {
        String composed = "Rượu đồ Mường Đình: sản phẩm OCOP 4 sao của tỉnh Hòa Bình";
        assertThat(RichText.sanitise("<p>" + composed + "</p>")).isEqualTo("<p>" + composed + "</p>");
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(RichText.sanitise("<p>" + decomposed + "</p>")).isEqualTo("<p>" + decomposed + "</p>");
        assertThat(RichText.text("<p>Mật&nbsp;ong &amp; chè</p><p>Shan tuyết</p>")).isEqualTo("Mật ong & chè Shan tuyết");
    }

    @Test
    void excerptsCutAtAWord() {
        assertThat(RichText.excerpt("<p>Danh sách sản phẩm OCOP hết hiệu lực năm 2026</p>", 20)).isEqualTo("Danh sách sản phẩm…");
        assertThat(RichText.excerpt("<p>Ngắn</p>", 20)).isEqualTo("Ngắn");
    }
}
