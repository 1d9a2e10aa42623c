package org.parley.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Content-derived article identifiers, used when the input does not name its articles.
 *
 * <p>The id is the lowercase hex SHA-256 of the UTF-8 bytes of the normalized text, where the text is
 * {@code title + "\n\n" + body} in Unicode NFC, with every run of whitespace replaced by one space and the ends
 * trimmed. Line endings, trailing spaces and re-wrapped paragraphs therefore do not change the id.
 */
public final class ArticleIds {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final HexFormat HEX = HexFormat.of();

    private ArticleIds() {
    }

    /** The id of the article with this title (possibly empty) and body. */
    public static String of(String title, String body) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        return HEX.formatHex(sha256(normalize(title, body).getBytes(StandardCharsets.UTF_8)));
    }

    /** The text that is hashed: NFC, whitespace runs collapsed to one space, trimmed. */
    static String normalize(String title, String body) {
        String nfc = Normalizer.normalize(title + "\n\n" + body, Normalizer.Form.NFC);
        return WHITESPACE.matcher(nfc).replaceAll(" ").strip();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
