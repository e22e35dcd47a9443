package org.egovhub.extranet.channel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.egovhub.extranet.record.RecordKind;

/**
 * One business system's traffic, as {@code channels.yml} defines it.
 *
 * @param id short id used in queue names and the API (lower case, digits, dashes)
 * @param businessSystem the business system sending the records
 * @param department the owning department
 * @param recordKind person, licence or penalty
 * @param directory optional watched folder for CSV/XLSX drops (blank means none)
 * @param legacy the old line's target
 * @param extranet the extranet target
 * @param initialMode the mode until an administrator switches it
 */
public record Channel(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "use lower-case letters, digits and dashes (at most 40)")
        String id,
        @NotBlank String businessSystem,
        @NotBlank String department,
        @NotNull RecordKind recordKind,
        String directory,
        @NotNull @Valid Target legacy,
        @NotNull @Valid Target extranet,
        @NotNull Mode initialMode) {

    public Channel {
        directory = directory == null || directory.isBlank() ? null : directory.trim();
    }

    /** The queue records enter through. */
    public String inboundQueue() {
        return "extranet." + id + ".in";
    }

    /** Where refused records and records that failed before delivery go: the inbound queue's dead-letter queue. */
    public String deadLetterQueue() {
        return inboundQueue() + ".dlq";
    }

    /** The dead-letter queue of refused records before the hub's one dead-letter convention; emptied into {@link #deadLetterQueue()} at start. */
    public String formerDeadLetterQueue() {
        return "extranet." + id + ".dlq";
    }

    /** The queue of one delivery path. */
    public String pathQueue(Path path) {
        return "extranet." + id + "." + path.id();
    }

    /** The target of one path. */
    public Target target(Path path) {
        return path == Path.LEGACY ? legacy : extranet;
    }
}
