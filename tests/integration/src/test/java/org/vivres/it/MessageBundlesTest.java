package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle's error messages exist in the three files a request may read: French (asked), English (asked) and the
 * default (any other language, French). A code missing from one of them reaches that user as the bare code.
 */
class MessageBundlesTest {
    private static final Path BUNDLES = Path.of("../../bundles");

    @Test
    void everyBundleSaysEachOfItsMessagesInFrenchEnglishAndByDefault() throws IOException {
        List<Path> folders;
        try (Stream<Path> found = Files.list(BUNDLES)) {
            folders = found.map(b -> b.resolve("src/main/resources/i18n"))
                    .filter(f -> Files.exists(f.resolve("messages_fr.properties"))).sorted().toList();
        }
        assertThat(folders).as("bundles with messages").hasSizeGreaterThanOrEqualTo(6);
        for (Path folder : folders) {
            Set<String> french = keys(folder.resolve("messages_fr.properties"));
            assertThat(keys(folder.resolve("messages_en.properties"))).as("English of " + folder).isEqualTo(french);
            assertThat(keys(folder.resolve("messages.properties"))).as("default of " + folder).isEqualTo(french);
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p.stringPropertyNames();
    }
}
