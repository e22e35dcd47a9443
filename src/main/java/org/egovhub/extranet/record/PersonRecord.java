package org.egovhub.extranet.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.egovhub.platform.checks.CitizenId;
import org.egovhub.platform.checks.CitizenIds;
import org.egovhub.extranet.validation.RecordDate;
import org.egovhub.extranet.validation.RecordDates;

/**
 * A civil-affairs (民政) person record; its stable id is an HMAC of 公民身份号码 + 业务类型 + 办理日期,
 * so the id never reveals the person.
 */
public final class PersonRecord {

    @NotBlank @JsonProperty("姓名") String name;
    @NotBlank @JsonProperty("公民身份号码") String idNumber;
    @NotBlank @JsonProperty("业务类型") String businessType;
    @NotBlank @RecordDate @JsonProperty("办理日期") String handledOn;
    @NotBlank @JsonProperty("办理机构") String office;
    @JsonProperty("联系电话") String phone;

    @CitizenId
    @ReportedAs("公民身份号码")
    String getNormalisedIdNumber() {
        return CitizenIds.normalise(idNumber);
    }

    /** What the stable id is computed from: normalised so that 2024/5/1 and 2024-05-01 give one id. */
    String identity() {
        LocalDate date = RecordDates.parse(handledOn).orElseThrow();
        return CitizenIds.normalise(idNumber) + "|" + businessType.trim() + "|" + date;
    }
}
