package id.ekinerja.application.organisation;

import java.io.Serializable;
import java.util.List;

/**
 * Why a file or one of its rows cannot be imported: a message key under {@code org.import.error.} with its
 * arguments, translated by the page. {@code line} 0 means the whole file.
 */
public record ImportProblem(int line, String key, List<String> args) implements Serializable {
    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem of(int line, String key, Object... args) {
        return new ImportProblem(line, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** One line of text for storage in the job row: {@code line<TAB>key<TAB>arg<TAB>arg…}. */
    String encode() {
        StringBuilder sb = new StringBuilder().append(line).append('\t').append(key);
        args.forEach(a -> sb.append('\t').append(a.replace('\t', ' ').replace('\n', ' ')));
        return sb.toString();
    }

    static ImportProblem decode(String text) {
        String[] parts = text.split("\t", -1);
        return new ImportProblem(Integer.parseInt(parts[0]), parts[1],
                List.of(parts).subList(2, parts.length));
    }
}
