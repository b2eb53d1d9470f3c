package org.vivres.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
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

    /**
     * Messages go through MessageFormat, which takes a lone apostrophe for a quote: the apostrophe, and the arguments
     * after it, would vanish from what the user reads.
     */
    @Test
    void everyApostropheOfAMessageReachesTheUser() throws IOException {
        List<Path> files;
        try (Stream<Path> found = Files.list(BUNDLES)) {
            files = found.map(b -> b.resolve("src/main/resources/i18n"))
                    .filter(Files::isDirectory)
                    .flatMap(MessageBundlesTest::messageFiles).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(18);
        for (Path file : files) {
            Properties p = load(file);
            for (String code : p.stringPropertyNames()) {
                String text = p.getProperty(code);
                assertThat(text).as(file + " " + code).doesNotContainPattern("(?<!')'(?!')");
                String shown = new MessageFormat(text, Locale.ROOT).format(new Object[] {"A0", "A1", "A2", "A3", "A4",
                    "A5", "A6", "A7", "A8", "A9"});
                assertThat(shown).as(file + " " + code).doesNotContainPattern("\\{\\d+\\}");
            }
        }
    }

    private static Stream<Path> messageFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("messages")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        return load(file).stringPropertyNames();
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
