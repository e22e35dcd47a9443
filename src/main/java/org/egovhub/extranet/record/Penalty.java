package org.egovhub.extranet.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.egovhub.platform.checks.CreditCode;
import org.egovhub.extranet.validation.RecordDate;
import org.egovhub.extranet.validation.RecordDates;

/** A 双公示 行政处罚 (administrative penalty) record; stable id = 处罚机关统一社会信用代码 + 行政处罚决定书文号. */
public final class Penalty extends CreditRecord {

    /** The value list of 处罚类别 is UNVERIFIED: other values only warn. */
    static final Set<String> CATEGORIES = Set.of("警告", "罚款", "没收违法所得、没收非法财物", "责令停产停业",
            "暂扣或者吊销许可证、暂扣或者吊销执照", "行政拘留", "其他");

    private static final String AMOUNT = "|\\d+(\\.\\d+)?";

    @NotBlank @JsonProperty("行政处罚决定书文号") String decisionNumber;
    @NotBlank @JsonProperty("违法行为类型") String offenceType;
    @NotBlank @JsonProperty("违法事实") String facts;
    @NotBlank @JsonProperty("处罚依据") String legalBasis;
    @NotBlank @JsonProperty("处罚类别") String category;
    @NotBlank @JsonProperty("处罚内容") String content;
    @Pattern(regexp = AMOUNT, message = "must be an amount in 万元") @JsonProperty("罚款金额(万元)") String fine;
    @Pattern(regexp = AMOUNT, message = "must be an amount in 万元") @JsonProperty("没收违法所得、没收非法财物的金额(万元)")
    String confiscated;
    @JsonProperty("暂扣或吊销证照名称及编号") String revokedLicence;
    @NotBlank @RecordDate @JsonProperty("处罚决定日期") String decisionDate;
    @NotBlank @RecordDate @JsonProperty("处罚有效期") String validTo;
    @RecordDate @JsonProperty("公示截止期") String publicUntil;
    @NotBlank @JsonProperty("处罚机关") String authority;
    @NotBlank @CreditCode @JsonProperty("处罚机关统一社会信用代码") String authorityCreditCode;

    @Override
    String authorityCreditCode() {
        return authorityCreditCode;
    }

    String decisionNumber() {
        return decisionNumber.trim();
    }

    /** The decision date, from which the 7-working-day publication limit runs. */
    public LocalDate decisionDate() {
        return RecordDates.parse(decisionDate).orElse(null);
    }

    /** Categories outside the UNVERIFIED list (several may be given, separated by ; or ，). */
    String categoryWarning() {
        if (category == null) {
            return null;
        }
        for (String one : category.split("[;；,，]")) {
            if (!one.isBlank() && !CATEGORIES.contains(one.trim())) {
                return "处罚类别 '" + one.trim() + "' is not in the known list";
            }
        }
        return null;
    }

    @Override
    Map<String, String> creditCodes() {
        Map<String, String> codes = super.creditCodes();
        codes.put("处罚机关统一社会信用代码", authorityCreditCode);
        return codes;
    }
}
