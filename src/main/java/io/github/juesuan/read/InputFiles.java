package io.github.juesuan.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** What every reader of a named file checks before opening it: it exists, it is a file, and its size. */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * The size of a regular file. A device reports size 0 and may never end (/dev/zero); a named pipe blocks the
     * open until someone writes; a pipe read twice loses what the first read took: none is a saved document, so
     * each is refused before it is opened.
     *
     * @throws ReadException NOT_FOUND when there is no such file, NOT_A_WORKBOOK when it is not a regular file
     *                       or a folder, IO when its attributes cannot be read
     */
    static long size(Path path, String name) throws ReadException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw unreadable(name, e, "unreadable.io");
        }
        if (attributes.isOther()) {
            throw ReadException.of(ReadException.Reason.NOT_A_WORKBOOK, name, null, null, null,
                    "unreadable.notRegularFile");
        }
        return attributes.size();
    }

    /**
     * What a failed read of a named file is to the user: a {@link ReadException} as it is, NOT_FOUND when the
     * file has gone, else IO with the message under {@code ioKey} and the cause's message as its argument.
     */
    static ReadException unreadable(String name, IOException e, String ioKey) {
        if (e instanceof ReadException r) {
            return r;
        }
        if (e instanceof NoSuchFileException) {
            return ReadException.of(ReadException.Reason.NOT_FOUND, name, null, null, e, "unreadable.noSuchFile");
        }
        return ReadException.of(ReadException.Reason.IO, name, null, null, e, ioKey, e.getMessage());
    }

    /** The refusal of a file (or stream) of {@code size} bytes over {@link ReaderOptions#maxFileBytes()}. */
    static ReadException tooLarge(String name, long size, ReaderOptions options) {
        return ReadException.of(ReadException.Reason.LIMIT_EXCEEDED, name, null, null, null,
                "unreadable.fileTooLarge", size, options.maxFileBytes());
    }
}
