package vn.ocop.portal.logouse.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ocop.portal.platform.entity.Refused;

/**
 * A range of printed stamp serials: a prefix (letters, digits and dashes, may be empty) and the first and last
 * number, both inclusive. A serial reads as prefix + number, e.g. "HB26-000123" is prefix "HB26-" and number 123:
 * the number is its trailing digits, leading zeros do not count. Two ranges overlap when they share the prefix and
 * one number.
 */
public record SerialRange(String prefix, long first, long last) {

    public static final int PREFIX_LENGTH = 20;
    /** The longest range a province prints in one batch; more is surely a typing error. */
    public static final long MAX_SIZE = 10_000_000L;
    private static final Pattern PREFIX = Pattern.compile("[A-Z0-9./-]{0," + PREFIX_LENGTH + "}");
    private static final Pattern SERIAL = Pattern.compile("([A-Z0-9./-]*?)(\\d{1,15})");

    public SerialRange {
        prefix = normalPrefix(prefix);
        if (!PREFIX.matcher(prefix).matches() || (!prefix.isEmpty() && Character.isDigit(prefix.charAt(prefix.length() - 1)))) {
            throw new Refused("logouse.error.prefix", prefix);
        }
        if (first < 0 || last < first) {
            throw new Refused("logouse.error.rangeReversed", first, last);
        }
        if (last - first + 1 > MAX_SIZE) {
            throw new Refused("logouse.error.rangeTooLarge", MAX_SIZE);
        }
    }

    public long size() {
        return last - first + 1;
    }

    public boolean overlaps(SerialRange other) {
        return prefix.equals(other.prefix) && first <= other.last && other.first <= last;
    }

    public boolean contains(Serial serial) {
        return prefix.equals(serial.prefix()) && first <= serial.number() && serial.number() <= last;
    }

    static String normalPrefix(String prefix) {
        return prefix == null ? "" : prefix.strip().toUpperCase(Locale.ROOT);
    }

    /** One serial as printed on a stamp. */
    public record Serial(String prefix, long number) {

        /** Reads what a visitor typed; empty when it is no serial at all (so it cannot have been issued). */
        public static Optional<Serial> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            String cleaned = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
            if (cleaned.length() > PREFIX_LENGTH + 15) {
                return Optional.empty();
            }
            Matcher m = SERIAL.matcher(cleaned);
            if (!m.matches() || m.group(1).length() > PREFIX_LENGTH) {
                return Optional.empty();
            }
            return Optional.of(new Serial(m.group(1), Long.parseLong(m.group(2))));
        }

        @Override
        public String toString() {
            return prefix + number;
        }
    }
}
