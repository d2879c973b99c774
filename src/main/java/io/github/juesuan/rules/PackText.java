package io.github.juesuan.rules;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a rule pack, from a file, a resource or a reader: UTF-8 (a file or a resource), or an error naming
 * the line of the first byte that is not.
 */
final class PackText {
    private PackText() {
    }

    /** The name a pack file is known by in messages. */
    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * The file decoded as UTF-8.
     *
     * @throws RuleSyntaxException at the line and column of the first byte that is not UTF-8, saying whether
     *                             the file reads as GBK (what Chinese Windows editors save by default)
     */
    static String read(Path file) throws IOException, RuleSyntaxException {
        return decode(Files.readAllBytes(file), name(file));
    }

    /**
     * A resource decoded as UTF-8, looked up from {@code anchor} ({@link Class#getResourceAsStream(String)});
     * {@code name} names it in errors.
     *
     * @throws java.io.FileNotFoundException when there is no such resource
     * @throws RuleSyntaxException           at the line and column of the first byte that is not UTF-8
     */
    static String read(Class<?> anchor, String name) throws IOException, RuleSyntaxException {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new FileNotFoundException(RulesMessages.both("pack.noResource", name, anchor.getName()));
            }
            return decode(in.readAllBytes(), name);
        }
    }

    /** Everything the reader gives, to its end; the reader is not closed. */
    static String read(Reader text) throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = text.read(buffer)) != -1; ) {
            all.append(buffer, 0, n);
        }
        return all.toString();
    }

    /**
     * Bytes decoded as UTF-8; {@code source} names them in the error.
     *
     * @throws RuleSyntaxException at the line and column of the first byte that is not UTF-8
     */
    static String decode(byte[] bytes, String source) throws RuleSyntaxException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = utf8.decode(in, out, true);
        if (!result.isError()) {
            result = utf8.flush(out);
        }
        if (result.isError()) {
            out.flip();
            int line = 1;
            int column = 1;
            while (out.hasRemaining()) {
                if (out.get() == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new RuleSyntaxException(source, line, column,
                    RulesMessages.both(readsAsGbk(bytes) ? "pack.notUtf8.gbk" : "pack.notUtf8"));
        }
        out.flip();
        return out.toString();
    }

    private static boolean readsAsGbk(byte[] bytes) {
        if (!Charset.isSupported("GBK")) {
            return false;
        }
        try {
            Charset.forName("GBK").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
