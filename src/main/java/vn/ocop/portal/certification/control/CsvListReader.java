package vn.ocop.portal.certification.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV per RFC 4180, UTF-8 with or without a byte-order mark; a record's line is its number among the records. */
final class CsvListReader implements ListReader {

    private final ResourceBundle messages;

    CsvListReader(ResourceBundle messages) {
        this.messages = messages;
    }

    @Override
    public List<SheetRow> rows(byte[] content) {
        String text = decode(content);
        List<CSVRecord> records;
        try (CSVParser csv = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            records = csv.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ListRefused(MessageFormat.format(messages.getString("file.notCsv"), e.getMessage()));
        }
        List<SheetRow> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            rows.add(new SheetRow(i + 1, records.get(i).toList()));
        }
        return rows;
    }

    private String decode(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                throw new ListRefused(messages.getString("file.binary"));
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ListRefused(messages.getString("file.notUtf8"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
