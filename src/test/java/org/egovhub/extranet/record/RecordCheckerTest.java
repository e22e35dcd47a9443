package org.egovhub.extranet.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;
import org.egovhub.platform.checks.CreditCodePolicy;
import org.junit.jupiter.api.Test;

/** Record checks per kind: mandatory fields, value lists, dates, masking of refused values and stable ids. */
class RecordCheckerTest {

    static final ObjectMapper JSON = new ObjectMapper();
    final RecordChecker checker = new RecordChecker(new CreditCodePolicy(Set.of("91350100M0001TGQXM")), "test-key");

    static ObjectNode sample(String name) {
        try (InputStream in = RecordCheckerTest.class.getResourceAsStream("/extranet/" + name + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldAcceptALicenceAndKeyItByAuthorityAndDocumentNumber() {
        CheckedRecord licence = checker.check(RecordKind.LICENCE, sample("licence"));
        assertThat(licence.violations()).isEmpty();
        assertThat(licence.stableId()).isEqualTo("12441500196720244T:雁市监许〔2024〕12号");
        assertThat(licence.decisionDate()).isEqualTo(LocalDate.of(2024, 5, 30));
        assertThat(licence.warnings()).isEmpty();
    }

    @Test
    void shouldFallBackToTheLicenceNumberWhenThereIsNoDocumentNumber() {
        ObjectNode node = sample("licence");
        node.remove("行政许可决定文书号");
        assertThat(checker.check(RecordKind.LICENCE, node).stableId()).isEqualTo("12441500196720244T:JY14304060012345");
        node.remove("许可编号");
        assertThat(checker.check(RecordKind.LICENCE, node).violations())
                .containsExactly(new Violation("行政许可决定文书号", null, "is mandatory (or give 许可编号)"));
    }

    @Test
    void shouldListEveryViolationWithTheChineseFieldNameAndMaskedValue() {
        ObjectNode node = sample("licence");
        node.put("有效期自", "2030/01/01");
        node.put("许可类别", "其他");
        node.put("法定代表人证件号码", "110105194912310021");
        node.remove("许可内容");
        node.put("许可机关统一社会信用代码", "12441500196720244X");
        CheckedRecord refused = checker.check(RecordKind.LICENCE, node);
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.stableId()).isNull();
        assertThat(refused.violations()).containsExactly(
                new Violation("有效期至", "2029/05/29", "有效期自 must not be after 有效期至"),
                new Violation("法定代表人证件号码", "110105********0021", "ID number check character is wrong"),
                new Violation("许可内容", null, "must not be blank"),
                new Violation("许可机关统一社会信用代码", "12441500196720244X", "credit code check character (position 18) is wrong"),
                new Violation("许可类别", "其他", "must be 普通, 特许, 认可, 核准, 登记 or 其他 naming the type"));
    }

    @Test
    void shouldAcceptAPenaltyOfASoleTraderWithThePlaceholderWithWarnings() {
        CheckedRecord penalty = checker.check(RecordKind.PENALTY, sample("penalty"));
        assertThat(penalty.violations()).isEmpty();
        assertThat(penalty.stableId()).isEqualTo("12441500196720244T:雁市监罚〔2024〕7号");
        assertThat(penalty.warnings()).containsExactly("行政相对人代码_1: 个体工商户 placeholder (17 zeros + X)");
    }

    @Test
    void shouldRequireTheSubjectCodeOfACompanyAndOnlyWarnOnAnUnknownPenaltyCategory() {
        ObjectNode node = sample("penalty");
        node.put("处罚类别", "通报批评");
        assertThat(checker.check(RecordKind.PENALTY, node).warnings()).contains("处罚类别 '通报批评' is not in the known list");
        node.put("行政相对人类别", "法人及非法人组织");
        node.remove("行政相对人代码_1");
        node.put("罚款金额(万元)", "五千");
        assertThat(checker.check(RecordKind.PENALTY, node).violations()).extracting(Violation::field)
                .containsExactly("罚款金额(万元)", "行政相对人代码_1");
    }

    @Test
    void shouldGiveAPersonRecordAnHmacIdThatIgnoresDateAndCaseSpelling() {
        CheckedRecord person = checker.check(RecordKind.PERSON, sample("person"));
        ObjectNode same = sample("person");
        same.put("公民身份号码", "11010519491231002X");
        same.put("办理日期", "2024-05-01");
        assertThat(person.stableId()).hasSize(64).doesNotContain("11010519491231002").isEqualTo(checker.check(RecordKind.PERSON, same).stableId());
        RecordChecker otherKey = new RecordChecker(new CreditCodePolicy(Set.of()), "other-key");
        assertThat(otherKey.check(RecordKind.PERSON, same).stableId()).isNotEqualTo(person.stableId());
    }

    @Test
    void shouldRefuseAPersonWithAFutureBirthDateShowingTheNumberMasked() {
        ObjectNode node = sample("person");
        node.put("公民身份号码", "110105209912310028");
        node.put("办理日期", "2024-02-30");
        assertThat(checker.check(RecordKind.PERSON, node).violations()).containsExactly(
                new Violation("公民身份号码", "110105********0028", "ID number birth date is in the future"),
                new Violation("办理日期", "2024-02-30", "not a date (YYYY-MM-DD or YYYY/MM/DD)"));
    }

    @Test
    void shouldRefuseSomethingThatIsNotARecord() {
        assertThat(checker.check(RecordKind.PERSON, JSON.valueToTree(java.util.List.of(1))).violations())
                .containsExactly(new Violation("(record)", null, "must be a JSON object"));
        ObjectNode node = sample("person");
        node.putObject("姓名").put("a", 1);
        assertThat(checker.check(RecordKind.PERSON, node).violations()).extracting(Violation::field).containsExactly("姓名");
    }
}
