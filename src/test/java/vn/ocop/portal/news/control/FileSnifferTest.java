package vn.ocop.portal.news.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import vn.ocop.portal.news.entity.AttachmentType;

class FileSnifferTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void typesComeFromTheContent() throws IOException {
        assertThat(FileSniffer.typeOf(PDF)).contains(AttachmentType.PDF);
        assertThat(FileSniffer.typeOf(PNG)).contains(AttachmentType.PNG);
        assertThat(FileSniffer.typeOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16})).contains(AttachmentType.JPEG);
        assertThat(FileSniffer.typeOf(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(AttachmentType.XLSX);
        assertThat(FileSniffer.typeOf(zip("[Content_Types].xml", "word/document.xml"))).contains(AttachmentType.DOCX);
        assertThat(FileSniffer.typeOf("\uFEFFsố,tên\n1,Mật ong\n".getBytes(StandardCharsets.UTF_8))).contains(AttachmentType.CSV);
    }

    @Test
    void thePortalsOwnListsAreRecognised() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        vn.ocop.portal.certification.control.CertificateListExport.writeXlsx("Danh sách", java.util.List.of(), xlsx);
        assertThat(FileSniffer.typeOf(xlsx.toByteArray())).contains(AttachmentType.XLSX);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        vn.ocop.portal.certification.control.CertificateListExport.writeCsv(java.util.List.of(), csv);
        assertThat(FileSniffer.typeOf(csv.toByteArray())).contains(AttachmentType.CSV);
    }

    @Test
    void aPngNamedPdfIsAPngAndItsNameIsRefused() {
        assertThat(FileSniffer.typeOf(PNG)).contains(AttachmentType.PNG);
        assertThat(FileNames.forType("bao-cao.pdf", AttachmentType.PNG)).isEmpty();
        assertThat(FileNames.forType("anh.PNG", AttachmentType.PNG)).contains("anh.PNG");
        assertThat(FileNames.forType("ảnh sản phẩm", AttachmentType.PNG)).contains("ảnh sản phẩm.png");
    }

    @Test
    void programsArchivesMacrosAndBinaryDataAreRefused() throws IOException {
        byte[] exe = new byte[64];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThat(FileSniffer.typeOf(exe)).isEmpty();
        assertThat(FileSniffer.typeOf("\u007FELF".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileSniffer.typeOf(zip("readme.txt"))).as("a plain ZIP").isEmpty();
        assertThat(FileSniffer.typeOf(zip("[Content_Types].xml", "xl/workbook.xml", "xl/vbaProject.bin"))).as("macros").isEmpty();
        assertThat(FileSniffer.typeOf(new byte[] {'P', 'K', 3, 4, 1, 2})).as("a broken ZIP").isEmpty();
        assertThat(FileSniffer.typeOf(new byte[] {(byte) 0xC3, (byte) 0x28})).as("not UTF-8").isEmpty();
        assertThat(FileSniffer.typeOf(new byte[0])).isEmpty();
    }

    @Test
    void fileNamesLoseFoldersAndControlCharactersAndGetASafeHeader() {
        assertThat(FileNames.forType("..\\..\\C:\\Windows\\danh sách.xlsx", AttachmentType.XLSX)).contains("danh sách.xlsx");
        assertThat(FileNames.forType("../../etc/passwd\r\n.csv", AttachmentType.CSV)).contains("passwd.csv");
        assertThat(FileNames.contentDisposition("Danh sách \"OCOP\" 2026.xlsx"))
            .isEqualTo("attachment; filename=\"Danh-sach-OCOP-2026.xlsx\"; filename*=UTF-8''Danh%20s%C3%A1ch%20%22OCOP%22%202026.xlsx");
        assertThat(FileNames.contentDisposition("Đơn.pdf")).startsWith("attachment; filename=\"Don.pdf\"");
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
