package vn.ocop.portal.account.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The tokens of set-password links: 32 random bytes, URL-safe Base64 in the link, and only their SHA-256 (hex) in the
 * database. A fast hash is enough here, unlike for passwords: 256 random bits cannot be guessed, only stolen.
 */
public final class OneTimeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private OneTimeTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of {@code token}; also what a presented token is looked up by. */
    public static String hash(String token) {
        return sha256(token);
    }

    /** The SHA-256 of the UTF-8 text, in hex. */
    public static String sha256(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Whether {@code token} has the shape {@link #newToken()} gives, so that junk is refused before any query. */
    public static boolean looksValid(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(c ->
            c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_');
    }
}
