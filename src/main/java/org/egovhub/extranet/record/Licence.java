package org.egovhub.extranet.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Map;
import org.egovhub.platform.checks.CreditCode;
import org.egovhub.extranet.validation.RecordDate;
import org.egovhub.extranet.validation.RecordDates;

/** A 双公示 行政许可 (administrative licence) record; stable id = 许可机关统一社会信用代码 + 行政许可决定文书号. */
public final class Licence extends CreditRecord {

    @NotBlank @JsonProperty("行政许可决定文书名称") String decisionTitle;
    @JsonProperty("行政许可决定文书号") String decisionNumber;
    @NotBlank @Pattern(regexp = "普通|特许|认可|核准|登记|其他.+", message = "must be 普通, 特许, 认可, 核准, 登记 or 其他 naming the type")
    @JsonProperty("许可类别") String category;
    @JsonProperty("许可证书名称") String certificateName;
    @JsonProperty("许可编号") String licenceNumber;
    @NotBlank @JsonProperty("许可内容") String content;
    @NotBlank @RecordDate @JsonProperty("许可决定日期") String decisionDate;
    @NotBlank @RecordDate @JsonProperty("有效期自") String validFrom;
    @NotBlank @RecordDate @JsonProperty("有效期至") String validTo;
    @NotBlank @JsonProperty("许可机关") String authority;
    @NotBlank @CreditCode @JsonProperty("许可机关统一社会信用代码") String authorityCreditCode;
    @JsonProperty("当前状态") String status;

    /** Without a document number the 许可编号 stands in for it (DOMAIN.md §3). */
    @AssertTrue(message = "is mandatory (or give 许可编号)")
    @ReportedAs("行政许可决定文书号")
    boolean isDecisionNumberGiven() {
        return !documentNumberOrLicenceNumber().isBlank();
    }

    @AssertTrue(message = "有效期自 must not be after 有效期至")
    @ReportedAs("有效期至")
    boolean isValidityInOrder() {
        var from = RecordDates.parse(validFrom);
        var to = RecordDates.parse(validTo);
        return from.isEmpty() || to.isEmpty() || !from.get().isAfter(to.get());
    }

    String documentNumberOrLicenceNumber() {
        if (decisionNumber != null && !decisionNumber.isBlank()) {
            return decisionNumber.trim();
        }
        return licenceNumber == null ? "" : licenceNumber.trim();
    }

    @Override
    String authorityCreditCode() {
        return authorityCreditCode;
    }

    /** The decision date, from which the 7-working-day publication limit runs. */
    public LocalDate decisionDate() {
        return RecordDates.parse(decisionDate).orElse(null);
    }

    /** 当前状态 codes are UNVERIFIED: other values pass with a warning. */
    String statusWarning() {
        return status == null || status.isBlank() || status.matches("[12]|有效|无效") ? null
                : "当前状态 '" + status + "' is not 1 (有效) or 2 (无效)";
    }

    @Override
    Map<String, String> creditCodes() {
        Map<String, String> codes = super.creditCodes();
        codes.put("许可机关统一社会信用代码", authorityCreditCode);
        return codes;
    }
}
