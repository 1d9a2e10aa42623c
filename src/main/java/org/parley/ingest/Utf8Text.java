package org.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of raw input bytes. Rejects binary data (NUL bytes), UTF-16 and any malformed UTF-8, naming
 * the byte offset of the first problem; drops a leading UTF-8 byte-order mark.
 */
final class Utf8Text {
    private Utf8Text() {
    }

    /**
     * Decodes {@code bytes[0, length)}.
     *
     * @param fileOffset offset of {@code bytes[0]} in its file, so reported offsets are file offsets; a leading
     *                   byte-order mark is only recognized at file offset 0
     */
    static String decode(byte[] bytes, int length, long fileOffset) throws InputProblem {
        int start = 0;
        if (fileOffset == 0 && length >= 2 && isUtf16Bom(bytes[0], bytes[1])) {
            throw new InputProblem("not UTF-8 text (starts with a UTF-16 byte-order mark; convert it to UTF-8)");
        }
        if (fileOffset == 0 && length >= 3
                && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            start = 3;
        }
        for (int i = start; i < length; i++) {
            if (bytes[i] == 0) {
                throw new InputProblem("binary data, not text (NUL byte at offset " + (fileOffset + i) + ")");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
        CharBuffer out = CharBuffer.allocate(length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InputProblem("not UTF-8 text (invalid byte at offset " + (fileOffset + in.position()) + ")");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static boolean isUtf16Bom(byte first, byte second) {
        return (first == (byte) 0xFF && second == (byte) 0xFE) || (first == (byte) 0xFE && second == (byte) 0xFF);
    }
}
