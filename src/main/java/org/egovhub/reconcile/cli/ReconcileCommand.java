package org.egovhub.reconcile.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.egovhub.platform.time.HubTime;
import org.egovhub.reconcile.ReconcileCore;
import org.egovhub.reconcile.Side;
import org.egovhub.reconcile.departments.Departments;
import org.egovhub.reconcile.departments.DepartmentsSource;
import org.egovhub.reconcile.matching.QuarterRuns;
import org.egovhub.reconcile.report.ReportData;
import org.egovhub.reconcile.report.Reports;
import org.egovhub.reconcile.store.ImportSummary;
import org.egovhub.reconcile.store.LedgerImports;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * {@code reconcile}: imports the two files into an in-memory database, runs the quarter, writes
 * {@code report.xlsx}, {@code report.html} and {@code report.json} to the out folder and prints the
 * table. Exit 0, also when rows were rejected (the reports list them); exit 1 with a one-line reason
 * for a bad argument or a file that cannot be used at all. No web server, broker or mail.
 */
public final class ReconcileCommand {

    private ReconcileCommand() {
    }

    /** Runs the command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CliArguments arguments;
        Departments departments;
        try {
            arguments = CliArguments.parse(args);
            departments = DepartmentsSource.load(arguments.departments());
        } catch (IllegalArgumentException | org.egovhub.platform.deploy.DeploymentFileException e) {
            err.println("reconcile: " + e.getMessage());
            return 1;
        }
        try (ConfigurableApplicationContext context = context(departments, arguments.settings())) {
            return reconcile(context, arguments, out, err);
        } catch (IOException e) {
            err.println("reconcile: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("reconcile: " + oneLine(e));
            return 1;
        }
    }

    private static int reconcile(ConfigurableApplicationContext context, CliArguments arguments, PrintStream out, PrintStream err)
            throws IOException {
        LedgerImports imports = context.getBean(LedgerImports.class);
        List<Long> ids = new ArrayList<>();
        for (Side side : Side.values()) {
            Path file = side == Side.ONLINE ? arguments.online() : arguments.actual();
            ImportSummary summary = imports.importFile(side, file, "cli", file.getFileName().toString());
            if (summary.failed()) {
                err.println("reconcile: --" + side.key() + ": " + file + ": " + summary.failure());
                return 1;
            }
            ids.add(summary.id());
        }
        context.getBean(QuarterRuns.class).run(arguments.quarter());
        Reports reports = context.getBean(Reports.class);
        ReportData data = reports.data(arguments.quarter(), ids).orElseThrow();
        Files.createDirectories(arguments.out());
        try (OutputStream xlsx = Files.newOutputStream(arguments.out().resolve("report.xlsx"))) {
            reports.xlsx(data, xlsx);
        }
        Files.writeString(arguments.out().resolve("report.html"), reports.html(data), StandardCharsets.UTF_8);
        Files.writeString(arguments.out().resolve("report.json"), reports.json(data, context.getBean(ObjectMapper.class)),
                StandardCharsets.UTF_8);
        out.print(reports.table(data));
        out.flush();
        return 0;
    }

    private static ConfigurableApplicationContext context(Departments departments, List<String> settings) {
        List<String> properties = new ArrayList<>(List.of(
                "spring.config.name=reconcile-cli",
                "spring.datasource.url=jdbc:h2:mem:reconcile-" + UUID.randomUUID()
                        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000",
                "spring.datasource.username=sa",
                "spring.flyway.locations=classpath:db/migration",
                "spring.jackson.time-zone=" + org.egovhub.platform.time.HubTime.zone().getId(),
                "spring.main.banner-mode=off",
                "spring.main.log-startup-info=false",
                "logging.level.root=OFF"));
        return new SpringApplicationBuilder(Context.class)
                .web(WebApplicationType.NONE)
                .properties(properties.toArray(String[]::new))
                .initializers(context -> context.getBeanFactory().registerSingleton("departments", departments))
                .run(settings.toArray(String[]::new));
    }

    /** The terminal's charset if it can write Chinese, else UTF-8. */
    public static PrintStream console(PrintStream stream) {
        Charset charset;
        try {
            charset = Charset.forName(System.getProperty("native.encoding", "UTF-8"));
        } catch (IllegalArgumentException | org.egovhub.platform.deploy.DeploymentFileException e) {
            charset = StandardCharsets.UTF_8;
        }
        return charset.newEncoder().canEncode("网上办件") ? stream : new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** The command's context: the reconciliation core on a data source, nothing else of the hub. */
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
        ValidationAutoConfiguration.class, DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, FlywayAutoConfiguration.class,
        JacksonAutoConfiguration.class})
    @Import({HubTime.class, ReconcileCore.class})
    static class Context {
    }
}
