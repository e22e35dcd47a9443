package org.egovhub.extranet.record;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.egovhub.platform.checks.CitizenId;
import org.egovhub.platform.checks.CitizenIds;
import org.egovhub.platform.checks.CreditCode;

/**
 * The fields 双公示 licence and penalty records share (current "2.0" field set, DOMAIN.md §3): who
 * the decision concerns and who reports it.
 */
public abstract sealed class CreditRecord permits Licence, Penalty {

    @NotBlank @JsonProperty("行政相对人名称") String subjectName;
    @NotBlank @Pattern(regexp = "法人及非法人组织|自然人|个体工商户", message = "must be 法人及非法人组织, 自然人 or 个体工商户")
    @JsonProperty("行政相对人类别") String subjectKind;
    @CreditCode @JsonProperty("行政相对人代码_1") @JsonAlias({"统一社会信用代码", "行政相对人代码_1(统一社会信用代码)"})
    String subjectCreditCode;
    @JsonProperty("行政相对人代码_2") @JsonAlias("工商注册号") String registrationNumber;
    @JsonProperty("行政相对人代码_3") @JsonAlias("组织机构代码") String organisationCode;
    @JsonProperty("行政相对人代码_4") @JsonAlias("税务登记号") String taxNumber;
    @JsonProperty("行政相对人代码_5") @JsonAlias("事业单位证书号") String institutionNumber;
    @JsonProperty("行政相对人代码_6") @JsonAlias("社会组织登记证号") String socialOrganisationNumber;
    @JsonProperty("法定代表人") String legalRepresentative;
    @JsonProperty("法定代表人证件类型") String legalRepresentativeDocumentType;
    @JsonProperty("法定代表人证件号码") String legalRepresentativeDocumentNumber;
    @JsonProperty("证件类型") String documentType;
    @JsonProperty("证件号码") String documentNumber;
    @NotBlank @JsonProperty("数据来源单位") String sourceUnit;
    @NotBlank @CreditCode @JsonProperty("数据来源单位统一社会信用代码") String sourceUnitCreditCode;
    @JsonProperty("备注") String remark;

    /** 行政相对人代码_1 is mandatory except for 自然人 (个体工商户 without a code give the placeholder). */
    @AssertTrue(message = "is mandatory for 法人及非法人组织 and 个体工商户")
    @ReportedAs("行政相对人代码_1")
    boolean isSubjectCodeGivenUnlessPerson() {
        return "自然人".equals(subjectKind) || (subjectCreditCode != null && !subjectCreditCode.isBlank());
    }

    /** A 自然人's ID card number must be a valid one; other document kinds are not checked. */
    @CitizenId
    @ReportedAs("证件号码")
    String getCheckedDocumentNumber() {
        return documentType != null && documentType.contains("身份证") ? CitizenIds.normalise(documentNumber) : null;
    }

    @CitizenId
    @ReportedAs("法定代表人证件号码")
    String getCheckedLegalRepresentativeNumber() {
        return legalRepresentativeDocumentType != null && legalRepresentativeDocumentType.contains("身份证")
                ? CitizenIds.normalise(legalRepresentativeDocumentNumber) : null;
    }

    /** The credit code of the authority that decided, first half of the stable id. */
    abstract String authorityCreditCode();

    /** Every credit code the record carries, by field name, for warnings. */
    java.util.Map<String, String> creditCodes() {
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        codes.put("行政相对人代码_1", subjectCreditCode);
        codes.put("数据来源单位统一社会信用代码", sourceUnitCreditCode);
        return codes;
    }
}
