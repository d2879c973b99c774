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
        } catch (NoSuchFileException e) {
            throw new ReadException(ReadException.Reason.NOT_FOUND, name, "文件不存在", "no such file", e);
        } catch (IOException e) {
            throw new ReadException(ReadException.Reason.IO, name, "读取文件时出错：" + e.getMessage(),
                    "I/O error: " + e.getMessage(), e);
        }
        if (attributes.isOther()) {
            throw new ReadException(ReadException.Reason.NOT_A_WORKBOOK, name,
                    "不是普通文件（设备、命名管道或套接字），无法作为工作簿读取；请给出工作簿文件的路径，"
                            + "从标准输入读取请用 -",
                    "not a regular file (a device, a named pipe or a socket), so it is not read as a "
                            + "workbook; name the workbook's file, or use - for standard input", null);
        }
        return attributes.size();
    }

    /** The refusal of a file (or stream) of {@code size} bytes over {@link ReaderOptions#maxFileBytes()}. */
    static ReadException tooLarge(String name, long size, ReaderOptions options) {
        return new ReadException(ReadException.Reason.LIMIT_EXCEEDED, name,
                "文件大小 " + size + " 字节超过上限 " + options.maxFileBytes() + " 字节",
                "the file has " + size + " bytes, more than maxFileBytes " + options.maxFileBytes(), null);
    }
}
