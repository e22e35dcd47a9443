package org.egovhub.platform.deploy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A deployment file that cannot be used. The message is one line naming the file as configured,
 * where in it and what is expected, e.g.
 * {@code config/channels.yml: channels[2].extranet.url: must be an http(s) URL}; a file that cannot
 * be read at all has no {@code where}: {@code config/departments.yml: not found (named by hub.reconcile.departments-file)}.
 */
public class DeploymentFileException extends IllegalStateException {

    /** Most problems one message lists; the rest are counted. */
    static final int SHOWN = 3;

    /**
     * One problem of a file.
     *
     * @param where the entry and field ({@code channels[2].extranet.url}) or the place of a YAML
     *     syntax error ({@code line 3, column 7}); {@code null} for the file as a whole
     * @param expected what is wrong or expected there
     */
    public record Problem(String where, String expected) {

        @Override
        public String toString() {
            return where == null ? expected : where + ": " + expected;
        }
    }

    private final String file;
    private final List<Problem> problems;

    public DeploymentFileException(String file, List<Problem> problems) {
        super(line(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public DeploymentFileException(String file, String where, String expected) {
        this(file, List.of(new Problem(where, expected)));
    }

    /** The file as configured (or as shown for a built-in default). */
    public String file() {
        return file;
    }

    /** Every problem found: entries by index, fields in the order the record declares them; the message shows the first {@value #SHOWN}. */
    public List<Problem> problems() {
        return problems;
    }

    private static String line(String file, List<Problem> problems) {
        String shown = problems.stream().limit(SHOWN).map(Problem::toString).collect(Collectors.joining("; "));
        int more = problems.size() - SHOWN;
        return file + ": " + shown + (more > 0 ? "; and " + more + " more" : "");
    }
}
