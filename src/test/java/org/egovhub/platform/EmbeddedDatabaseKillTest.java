package org.egovhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * What the embedded database said it committed survives a SIGKILL of the hub: a child JVM commits
 * rows one transaction each on the hub's own database URL (application.yml), says so, and is killed;
 * every row is there when the database is opened again. H2's default writes commits up to a second
 * later, and the hub forgot that second when it was killed.
 */
class EmbeddedDatabaseKillTest {

    private static final int ROWS = 200;

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepEveryCommitOfAKilledProcess() throws Exception {
        String url = hubDatabaseUrl();
        Path errors = dataDir.resolve("child.err");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitAndWait.class.getName(), url, String.valueOf(ROWS))
                .redirectError(errors.toFile())
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String said = out.readLine();
            assertThat(said).as("the child's answer; its errors: %s", Files.exists(errors) ? Files.readString(errors) : "")
                    .isEqualTo("committed " + ROWS);
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).isEqualTo(137);

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*), max(n) from committed")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(ROWS);
            assertThat(rows.getInt(2)).isEqualTo(ROWS);
        }
    }

    private String hubDatabaseUrl() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("hub.data-dir", dataDir.toString())));
        for (PropertySource<?> source : new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))) {
            environment.getPropertySources().addLast(source);
        }
        String url = environment.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:" + dataDir + "/db/hub;");
        return url;
    }

    /** The child: commits the rows one by one, says so, then waits to be killed. */
    public static final class CommitAndWait {

        public static void main(String[] args) throws SQLException, IOException {
            int rows = Integer.parseInt(args[1]);
            Connection connection = DriverManager.getConnection(args[0], "sa", "");
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table committed (n int primary key)");
                for (int n = 1; n <= rows; n++) {
                    statement.executeUpdate("insert into committed values (" + n + ")");
                }
            }
            System.out.println("committed " + rows);
            System.out.flush();
            System.in.read();
        }
    }
}
