package io.github.juesuan.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Counts the entries of a zip archive's central directory without opening the archive: a zip with a
 * million tiny entries costs a zip library hundreds of megabytes before any limit could be applied.
 * The count walks the directory's headers (as zip readers do), not the number the end record claims.
 */
final class ZipDirectory {
    private static final int END = 0x06054b50;
    private static final int END64 = 0x06064b50;
    private static final int END64_LOCATOR = 0x07064b50;
    private static final int HEADER = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int SHORT_TAIL = 1024;

    private ZipDirectory() {
    }

    /**
     * How many entries the central directory holds, counting no further than {@code atMost + 1}; 0 when no
     * central directory is found (the zip reader then reports the damage).
     */
    static long entries(Path path, long atMost) {
        return find(path, atMost, null);
    }

    /**
     * Whether the central directory names {@code entry} (ASCII, compared ignoring case) among its first
     * {@code atMost} entries; false when no central directory is found.
     */
    static boolean contains(Path path, String entry, long atMost) {
        return find(path, atMost, entry) < 0;
    }

    /** The count of entries as {@link #entries}, or −1 as soon as an entry named {@code wanted} is met. */
    private static long find(Path path, long atMost, String wanted) {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < END_SIZE) {
                return 0;
            }
            // The end record sits in the last 22 bytes plus the archive comment (at most 64 KiB, nearly always
            // none): the last 1 KiB is looked at first, the whole possible tail only when the record is not there.
            ByteBuffer b = null;
            int end = -1;
            for (int window : new int[]{SHORT_TAIL, END_SIZE + 0xFFFF}) {
                int tail = (int) Math.min(size, window);
                b = read(ch, size - tail, tail);
                end = lastEnd(b, tail);
                // (a record found near the window's start is looked at again in the whole tail, which also
                // holds the zip64 locator 20 bytes before it)
                if (end >= 20 || tail == size || window != SHORT_TAIL) {
                    break;
                }
            }
            if (end < 0) {
                return 0;
            }
            long offset = Integer.toUnsignedLong(b.getInt(end + 16));
            if (offset == 0xFFFFFFFFL && end >= 20 && b.getInt(end - 20) == END64_LOCATOR) {
                long end64 = b.getLong(end - 20 + 8);
                if (end64 < 0 || end64 > size - 56) {
                    return 0;
                }
                ByteBuffer r = read(ch, end64, 56);
                if (r.getInt(0) != END64) {
                    return 0;
                }
                offset = r.getLong(48);
            }
            return walk(ch, offset, size, atMost, wanted);
        } catch (IOException | RuntimeException e) {
            return 0; // unreadable here: let the zip reader say what is wrong
        }
    }

    /** The offset in {@code b} of the last end-of-central-directory signature, −1 for none. */
    private static int lastEnd(ByteBuffer b, int tail) {
        for (int i = tail - END_SIZE; i >= 0; i--) {
            if (b.getInt(i) == END) {
                return i;
            }
        }
        return -1;
    }

    private static long walk(FileChannel ch, long offset, long size, long atMost, String wanted)
            throws IOException {
        long count = 0;
        long at = offset;
        ByteBuffer h = ByteBuffer.allocate(46).order(ByteOrder.LITTLE_ENDIAN);
        while (at >= 0 && at + 46 <= size && count <= atMost) {
            h.clear();
            while (h.hasRemaining()) {
                if (ch.read(h, at + h.position()) < 0) {
                    return count;
                }
            }
            if (h.getInt(0) != HEADER) {
                break;
            }
            count++;
            int nameLength = Short.toUnsignedInt(h.getShort(28));
            if (wanted != null && nameLength == wanted.length()) {
                ByteBuffer name = read(ch, at + 46, nameLength);
                if (new String(name.array(), java.nio.charset.StandardCharsets.ISO_8859_1).equalsIgnoreCase(wanted)) {
                    return -1;
                }
            }
            at += 46 + Short.toUnsignedInt(h.getShort(28)) + Short.toUnsignedInt(h.getShort(30))
                    + Short.toUnsignedInt(h.getShort(32));
        }
        return count;
    }

    private static ByteBuffer read(FileChannel ch, long at, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, at + b.position()) < 0) {
                break;
            }
        }
        return b;
    }
}
