package io.github.juesuan.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in pack ({@link RulePack#standard()}), compiled from the jar's resources once per class loader, when
 * it is first asked for: the identities of the 公开 tables ({@code gongkai.rules}) and of the 项目支出绩效自评表
 * ({@code perf.rules}), then the checks of the words ({@code narrative.rules}).
 */
final class StandardPack {
    static final RulePack PACK = words(load("gongkai.rules").plus(load("perf.rules")), load("narrative.rules"));

    private StandardPack() {
    }

    /** The checks of the words join the tables' pack under its name (gongkai+perf), as part of it. */
    private static RulePack words(RulePack tables, RulePack words) {
        List<Rule> all = new ArrayList<>(tables.rules());
        all.addAll(words.rules());
        return new RulePack(tables.name(), tables.version(), all);
    }

    /** A pack of the jar, which must be there and compile: anything else is a broken build, not a user's error. */
    private static RulePack load(String resource) {
        try (InputStream in = RulePack.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the juesuan jar");
            }
            return RulePack.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuleSyntaxException e) {
            throw new IllegalStateException("built-in rule pack does not compile: " + e.getMessage(), e);
        }
    }
}
