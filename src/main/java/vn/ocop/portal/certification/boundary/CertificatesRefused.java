package vn.ocop.portal.certification.boundary;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.ocop.portal.platform.entity.BusinessException;
import vn.ocop.portal.platform.entity.Refused;

/** Rows of a decision's list were refused, each for its reason; nothing of the decision was written. */
public class CertificatesRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** By row index, counting from 0. */
    private final TreeMap<Integer, Refused> rows;

    public CertificatesRefused(Map<Integer, Refused> rows) {
        super(rows.entrySet().stream().map(e -> "certificate " + (e.getKey() + 1) + ": " + e.getValue().getMessage())
            .collect(Collectors.joining("; ")));
        this.rows = new TreeMap<>(rows);
    }

    public Map<Integer, String> reasons(Locale locale) {
        Map<Integer, String> reasons = new TreeMap<>();
        rows.forEach((row, refusal) -> reasons.put(row, refusal.message(locale)));
        return Collections.unmodifiableMap(reasons);
    }
}
