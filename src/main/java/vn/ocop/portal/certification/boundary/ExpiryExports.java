package vn.ocop.portal.certification.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ocop.portal.certification.control.CertificateListExport;
import vn.ocop.portal.certification.control.CertificateListRow;
import vn.ocop.portal.certification.control.ExpiryListQuery;
import vn.ocop.portal.platform.entity.BusinessException;

/**
 * Writes an expiry list as a file, for the API and for the download links of the expiry page alike. The list is read
 * page by page (each page its own transaction) while the file streams out, so a long list never sits in memory.
 * Titles are in Vietnamese, as provinces publish them.
 */
@ApplicationScoped
public class ExpiryExports {

    public static final String XLSX = "xlsx";
    public static final String CSV = "csv";
    private static final int BATCH = 500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @Inject
    CertificateLists lists;

    /** The list the parameters name, with the portal's defaults (a bad one is refused with a reason). */
    public ExpiryListQuery query(String list, String days, String year) {
        return ExpiryListQuery.of(list, number("days", days), number("year", year), lists.expiringWindowDays(), lists.today());
    }

    private static Integer number(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new BusinessException(name + " must be a whole number, not " + text.strip());
        }
    }

    public String fileName(ExpiryListQuery list, String format) {
        return list.fileName(lists.today(), format);
    }

    public String contentType(String format) {
        return XLSX.equals(format) ? CertificateListExport.XLSX_TYPE : CertificateListExport.CSV_TYPE;
    }

    public String title(ExpiryListQuery list) {
        LocalDate today = lists.today();
        String from = lists.firstExpiry(list).map(DATE::format).orElse("—");
        String pattern = ResourceBundle.getBundle("vn.ocop.portal.i18n.text", Locale.forLanguageTag("vi"))
            .getString("admin.expiry.export.title." + list.kind().name());
        return new MessageFormat(pattern, Locale.ROOT).format(new Object[] {
            Integer.toString(list.days()), DATE.format(today), Integer.toString(list.year()), from});
    }

    public void write(ExpiryListQuery list, String format, OutputStream out) throws IOException {
        Iterable<CertificateListRow> rows = () -> new Pages(list);
        if (XLSX.equals(format)) {
            CertificateListExport.writeXlsx(title(list), rows, out);
        } else {
            CertificateListExport.writeCsv(rows, out);
        }
    }

    /** The rows of a list, fetched a page at a time as the writer asks for them. */
    private final class Pages implements Iterator<CertificateListRow> {
        private final ExpiryListQuery list;
        private List<CertificateListRow> page = List.of();
        private int index;
        private int first;
        private boolean last;

        Pages(ExpiryListQuery list) {
            this.list = list;
        }

        @Override
        public boolean hasNext() {
            if (index < page.size()) {
                return true;
            }
            if (last) {
                return false;
            }
            page = lists.page(list, first, BATCH);
            first += page.size();
            index = 0;
            last = page.size() < BATCH;
            return !page.isEmpty();
        }

        @Override
        public CertificateListRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.get(index++);
        }
    }
}
