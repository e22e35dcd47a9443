package org.egovhub.sitehealth.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.egovhub.platform.deploy.DeploymentFileException;
import org.egovhub.platform.time.HubTime;
import org.egovhub.sitehealth.SiteFile;
import org.egovhub.sitehealth.SiteFiles;
import org.egovhub.sitehealth.SiteHealthProperties;
import org.egovhub.sitehealth.check.ConfusionSet;
import org.egovhub.sitehealth.check.SiteCheck;
import org.egovhub.sitehealth.check.SiteReport;
import org.egovhub.sitehealth.crawl.HostPacer;
import org.egovhub.sitehealth.crawl.PageCache;
import org.egovhub.sitehealth.report.SiteReports;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * {@code site-check}: crawls the site the site file names, runs every check with one probe of the
 * homepage, writes {@code report.json}, {@code report.xlsx} and {@code report.html} to the out
 * folder and prints the verdict. Exit 0 whatever the verdict; exit 1 with a one-line reason for a
 * bad argument or site file. Sends no mail. Options {@code --hub.site.*=...} are settings.
 */
public final class SiteCheckCommand {

    static final String USAGE = "usage: site-check --site=FILE --out=DIR [--hub.site.<setting>=VALUE ...]";

    private SiteCheckCommand() {
    }

    /** Runs the command with the system clock; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        // what goes wrong is in the reports and the lines printed; the libraries' logging is not for this console
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.OFF);
        return run(args, out, err, Clock.system(HubTime.zone()));
    }

    /** Runs the command on {@code clock}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        SiteFile site;
        SiteHealthProperties properties;
        try {
            parse(args, options, settings);
            Path out0 = Path.of(options.get("out"));
            if (Files.exists(out0) && !Files.isDirectory(out0)) {
                throw new IllegalArgumentException("--out: " + out0 + " is not a directory");
            }
            properties = settings(settings);
            site = SiteFiles.read(Path.of(options.get("site")));
        } catch (IllegalArgumentException | DeploymentFileException e) {
            err.println("site-check: " + e.getMessage());
            return 1;
        }
        try {
            SiteReport report = new SiteCheck(site, properties, clock, HostPacer.system(), new PageCache(), ConfusionSet.shipped()).run();
            ObjectMapper json = Jackson2ObjectMapperBuilder.json().timeZone(java.util.TimeZone.getTimeZone(HubTime.zone()))
                    .featuresToDisable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
            SiteReports.write(report, Path.of(options.get("out")), json);
            out.print(SiteReports.summary(report));
            out.flush();
            return 0;
        } catch (IOException e) {
            err.println("site-check: cannot write the reports: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("site-check: interrupted");
            return 1;
        } catch (RuntimeException e) {
            err.println("site-check: " + e);
            return 1;
        }
    }

    private static void parse(String[] args, Map<String, String> options, Map<String, String> settings) {
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'; " + USAGE);
            }
            String name = arg.substring(2, equals);
            if (name.startsWith("hub.site.")) {
                settings.put(name, arg.substring(equals + 1));
            } else if (!name.equals("site") && !name.equals("out")) {
                throw new IllegalArgumentException("unknown option --" + name + "; " + USAGE);
            } else if (options.put(name, arg.substring(equals + 1)) != null) {
                throw new IllegalArgumentException("--" + name + " given twice");
            }
        }
        for (String required : new String[] {"site", "out"}) {
            if (options.get(required) == null || options.get(required).isBlank()) {
                throw new IllegalArgumentException("missing --" + required + "; " + USAGE);
            }
        }
        if (!Files.isRegularFile(Path.of(options.get("site")))) {
            throw new IllegalArgumentException("--site: " + options.get("site") + " is not a readable file");
        }
    }

    private static SiteHealthProperties settings(Map<String, String> settings) {
        SiteHealthProperties bound;
        try {
            bound = new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("hub.site", SiteHealthProperties.class);
        } catch (BindException e) {
            String name = e.getProperty() == null ? e.getName().toString() : e.getProperty().getName().toString();
            throw new IllegalArgumentException("--" + name + ": " + rootMessage(e));
        }
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        Set<ConstraintViolation<SiteHealthProperties>> problems = validator.validate(bound);
        if (!problems.isEmpty()) {
            ConstraintViolation<SiteHealthProperties> first = problems.iterator().next();
            throw new IllegalArgumentException("--hub.site." + first.getPropertyPath() + ": " + first.getMessage());
        }
        return bound;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
