package io.github.juesuan.cli;

import io.github.juesuan.report.Lang;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The usage help's texts ({@code --help}, {@code help COMMAND}) as picocli reads them: the {@code help.*} keys of
 * this package's {@code Messages_zh}/{@code Messages_en} bundle in one language, without that prefix.
 *
 * <p>picocli looks each text up by its own names, the most specific first: a section by {@code usage.} and the
 * section's name ({@code usage.synopsisHeading}, {@code usage.description}, {@code usage.footer.0} …), prefixed
 * by the command's path for one command only ({@code juesuan.check.usage.description}); an option's description
 * by its longest name without the dashes ({@code lang}, {@code perf-csv}), a positional parameter's by its label
 * and index ({@code FILE[0]}), each also prefixed by the command's path. A text the bundle lacks is the
 * annotation's, which is empty: every option's text is here.
 */
final class UsageBundle extends ResourceBundle {
    private static final String PREFIX = "help.";

    private final ResourceBundle words;
    private final Set<String> keys = new TreeSet<>();

    private UsageBundle(ResourceBundle words) {
        this.words = words;
        for (String key : words.keySet()) {
            if (key.startsWith(PREFIX)) {
                keys.add(key.substring(PREFIX.length()));
            }
        }
    }

    /** The usage help in Chinese or English. */
    static UsageBundle of(Lang lang) {
        // Loaded here, in juesuan's own module, like i18n.Messages: picocli's module could not see the bundle.
        return new UsageBundle(ResourceBundle.getBundle(CliWords.PACKAGE + ".Messages",
                lang == Lang.EN ? Locale.ENGLISH : Locale.CHINESE));
    }

    @Override
    protected Object handleGetObject(String key) {
        return keys.contains(key) ? words.getObject(PREFIX + key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(keys);
    }
}
