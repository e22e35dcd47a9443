package org.egovhub.extranet;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.egovhub.extranet.channel.ChannelsFile;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Extranet traffic, under {@code hub.extranet.}.
 *
 * @param channelsFile the channel definitions, relative to the working directory; read at start by
 *     the platform ({@link ChannelsFile}): when it is not set and nothing is at the default path,
 *     the built-in default is used
 * @param hmacKey key of the HMAC that makes a person record's stable id; from the environment, never logged
 * @param consumers concurrent consumers per channel queue: each commit waits for the broker's disk
 *     sync, so parallel consumers share syncs; records of a channel may then overtake each other
 * @param batchSize most records per message between the stages of a channel: the API and the inbound
 *     route forward up to this many records in one message, and a path commits one transaction per
 *     message, so the per-record cost of broker transactions and journal writes shrinks with it
 * @param maxRedeliveries delivery attempts after the first, per path, before a record is dead-lettered
 * @param redeliveryDelay wait before the first retry; it doubles on each further retry
 * @param maxRedeliveryDelay the longest wait between two attempts
 * @param httpTimeout connect and answer timeout towards HTTP targets
 * @param readinessThreshold how long dual mode must run with no mismatch before a channel is ready for cutover
 * @param disclosureWorkingDays 双公示 records must be delivered within this many working days of the decision
 * @param holidays public holidays that fall on weekdays
 * @param adjustedWorkdays weekends that are working days (调休)
 * @param knownCreditCodeExceptions real credit codes that fail the check and are accepted with a warning
 */
@Validated
@ConfigurationProperties(prefix = "hub.extranet", ignoreUnknownFields = false)
public record ExtranetProperties(
        @NotNull @DefaultValue(ChannelsFile.DEFAULT_PATH) Path channelsFile,
        @NotBlank String hmacKey,
        @Min(1) @DefaultValue("16") int consumers,
        @Min(1) @DefaultValue("100") int batchSize,
        @Min(0) @DefaultValue("5") int maxRedeliveries,
        @NotNull @DefaultValue("1s") Duration redeliveryDelay,
        @NotNull @DefaultValue("60s") Duration maxRedeliveryDelay,
        @NotNull @DefaultValue("10s") Duration httpTimeout,
        @NotNull @DefaultValue("7d") Duration readinessThreshold,
        @Min(1) @DefaultValue("7") int disclosureWorkingDays,
        @DefaultValue List<@Pattern(regexp = ISO_DATE, message = "must be a date YYYY-MM-DD") String> holidays,
        @DefaultValue List<@Pattern(regexp = ISO_DATE, message = "must be a date YYYY-MM-DD") String> adjustedWorkdays,
        @DefaultValue Set<String> knownCreditCodeExceptions) {

    static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";

    /** The holidays as dates. */
    public List<LocalDate> holidayDates() {
        return holidays.stream().map(LocalDate::parse).toList();
    }

    /** The adjusted working weekends as dates. */
    public List<LocalDate> adjustedWorkdayDates() {
        return adjustedWorkdays.stream().map(LocalDate::parse).toList();
    }

    /** Keeps the HMAC key out of logs and error pages. */
    @Override
    public String toString() {
        return "ExtranetProperties[channelsFile=" + channelsFile + ", maxRedeliveries=" + maxRedeliveries + ", hmacKey=****]";
    }
}
