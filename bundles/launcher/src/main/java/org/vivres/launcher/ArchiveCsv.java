package org.vivres.launcher;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vivres.fiscal.seal.Csv;

/** The rows of an archive's CSV file, each by its header's column names. */
final class ArchiveCsv {
    private ArchiveCsv() {
    }

    static List<Map<String, String>> rows(byte[] file) {
        List<List<String>> lines = Csv.parse(new String(file, StandardCharsets.UTF_8));
        List<Map<String, String>> rows = new ArrayList<>();
        if (lines.isEmpty()) {
            return rows;
        }
        List<String> header = lines.get(0);
        for (List<String> line : lines.subList(1, lines.size())) {
            if (line.size() != header.size()) {
                throw new IllegalArgumentException("une ligne n'a pas autant de valeurs que l'en-tête");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), line.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
