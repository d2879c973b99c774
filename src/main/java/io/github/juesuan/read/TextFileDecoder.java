package io.github.juesuan.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the encoding of a text file from its content and decodes it: a byte-order mark (UTF-8, UTF-16LE/BE),
 * else UTF-8 if the bytes are valid UTF-8, else GB18030 (which includes GBK and GB2312, the encodings Chinese
 * Windows saves text in) if they are valid GB18030. Bytes that decode in none, hold a NUL byte outside UTF-16,
 * or decode to control characters other than tab, line breaks and form feed are binary, not text.
 */
final class TextFileDecoder {

    private TextFileDecoder() {
    }

    /** A file's text and the encoding it was found to be in. */
    record Decoded(String text, Charset charset) {
    }

    /**
     * Decodes a text file's bytes.
     *
     * @throws ReadException CORRUPT when the bytes are no text in a known encoding
     */
    static Decoded decode(String file, byte[] b) throws ReadException {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return strict(file, b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return strict(file, b, 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return strict(file, b, 2, StandardCharsets.UTF_16BE);
        }
        for (byte x : b) {
            if (x == 0) {
                throw undecodable(file);
            }
        }
        String utf8 = tryDecode(b, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(file, utf8, StandardCharsets.UTF_8);
        }
        return strict(file, b, 0, Charset.forName("GB18030"));
    }

    private static Decoded strict(String file, byte[] b, int offset, Charset cs) throws ReadException {
        String text = tryDecode(b, offset, cs);
        if (text == null) {
            throw undecodable(file);
        }
        return checked(file, text, cs);
    }

    private static String tryDecode(byte[] b, int offset, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Decoded text with control characters other than tab, line breaks and form feed is binary, not text. */
    private static Decoded checked(String file, String text, Charset cs) throws ReadException {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\f') {
                throw undecodable(file);
            }
        }
        return new Decoded(text, cs);
    }

    private static ReadException undecodable(String file) {
        return ReadException.of(ReadException.Reason.CORRUPT, file, null, null, null, "unreadable.notText");
    }
}
