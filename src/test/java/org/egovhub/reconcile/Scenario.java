package org.egovhub.reconcile;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated ledgers of 2018Q1 with known truth (see {@link ReconcileScenarioContract} for the expected
 * table). Actual ledger: a title row above the header, columns in their own order, departments named
 * by code, name, alias or credit code. Online ledger: the platform's export with 录入时间.
 *
 * <ul>
 * <li>D1: 4 cases with case numbers, all online on time (one named by credit code); a duplicate row on each side.</li>
 * <li>D2: 5 cases, 3 online; missing D2-0004 and D2-0005.</li>
 * <li>D3: 4 cases, all online, D3-0004 entered 10 days late; D3-9001 online only.</li>
 * <li>D4: 3 cases without case numbers; one online with a case number the same day, one online without
 *     a case number a day later (inside the window), 王五's never online.</li>
 * <li>D5: nothing.</li>
 * <li>D1 also has one case of 2018Q2 on both sides.</li>
 * <li>Actual: rows with 2018-02-30, without 受理时间 (a short row) and with an unknown department are
 *     rejected; online: a row with 录入时间 2018-13-01 is rejected.</li>
 * </ul>
 */
final class Scenario {

    static final List<String> ACTUAL_HEADER = List.of("序号", "办件编号", "实施机构", "事项编码", "事项名称", "申请人", "受理时间", "办结时间");
    static final List<String> ONLINE_HEADER = List.of("办件编号", "事项编码", "事项名称", "实施机构", "申请人", "受理时间", "办结时间", "录入时间");

    static final String ITEM_LICENCE = "11430406MB1234567B3442199806003";
    static final String ITEM_AID = "11430406MB76543218265011601300";

    static final List<String> D2_APPLICANTS = List.of("刘一鸣", "陈二妹", "杨三", "黄思源", "吴小五");

    private Scenario() {
    }

    /** The actual ledger's rows, title and header included; {@code dates} wraps each time (text or a date cell). */
    static List<List<Object>> actual(java.util.function.Function<LocalDateTime, Object> dates) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("雁峰区2018年第一季度实际办件台账"));
        rows.add(List.of());
        rows.add(new ArrayList<>(ACTUAL_HEADER));
        int[] n = {0};
        java.util.function.Consumer<Object[]> row = cells -> {
            List<Object> r = new ArrayList<>();
            r.add(++n[0]);
            for (Object c : cells) {
                r.add(c instanceof LocalDateTime t ? dates.apply(t) : c);
            }
            rows.add(r);
        };
        // D1: by code, name, alias and credit code.
        row.accept(new Object[] {"D1-0001", "D1", ITEM_LICENCE, "食品经营许可", "衡阳市雁峰区某某商贸有限公司", t(1, 8, 9, 30), t(1, 12, 10, 0)});
        row.accept(new Object[] {"D1-0002", "区市场监督管理局", ITEM_LICENCE, "食品经营许可", "张伟", t(1, 15, 14, 0), null});
        row.accept(new Object[] {"D1-0003", "雁峰区市场监督管理局", ITEM_LICENCE, "食品经营许可", "李娜", t(2, 6, 10, 15), null});
        row.accept(new Object[] {"D1-0004", "11430406MB1234567B", ITEM_LICENCE, "食品经营许可", "王芳", t(3, 30, 16, 45), null});
        row.accept(new Object[] {"D1-0002", "区市场监督管理局", ITEM_LICENCE, "食品经营许可", "张伟", t(1, 15, 14, 0), null});
        // D2: five cases, two never online.
        for (int i = 1; i <= 5; i++) {
            row.accept(new Object[] {"D2-000" + i, i % 2 == 0 ? "雁峰区民政局" : "区民政局", ITEM_AID, "最低生活保障", D2_APPLICANTS.get(i - 1),
                t(2, 10 + i, 9, 0), null});
        }
        // D3: four cases.
        for (int i = 1; i <= 4; i++) {
            row.accept(new Object[] {"D3-000" + i, "区人社局", "D3ITEM", "就业失业登记", "赵" + "敏静强磊".charAt(i - 1), t(3, i, 11, 0), null});
        }
        // D4: no case numbers.
        row.accept(new Object[] {null, "区住房和城乡建设局", "D4ITEM-X", "建筑工程施工许可", "张三", t(1, 10, 9, 0), null});
        row.accept(new Object[] {null, "区住房和城乡建设局", "D4ITEM-Y", "商品房预售许可", "李四", t(2, 1, 15, 0), null});
        row.accept(new Object[] {null, "区住房和城乡建设局", "D4ITEM-X", "建筑工程施工许可", "王五", t(3, 3, 10, 0), null});
        // Another quarter.
        row.accept(new Object[] {"D1-0101", "D1", ITEM_LICENCE, "食品经营许可", "刘洋", LocalDateTime.of(2018, 4, 2, 9, 0), null});
        // Rejected: a date that does not exist, a short row without 受理时间, an unknown department.
        row.accept(new Object[] {"D2-0099", "区民政局", ITEM_AID, "最低生活保障", "陈静", "2018-02-30 10:00", null});
        rows.add(List.of(++n[0], "D2-0098", "区民政局", ITEM_AID, "最低生活保障"));
        row.accept(new Object[] {"X-0001", "区不存在局", "X", "某事项", "杨帆", t(1, 5, 9, 0), null});
        return rows;
    }

    static List<List<Object>> online(java.util.function.Function<LocalDateTime, Object> dates) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(ONLINE_HEADER));
        java.util.function.Consumer<Object[]> row = cells -> {
            List<Object> r = new ArrayList<>();
            for (Object c : cells) {
                r.add(c instanceof LocalDateTime t ? dates.apply(t) : c);
            }
            rows.add(r);
        };
        row.accept(new Object[] {"D1-0001", ITEM_LICENCE, "食品经营许可", "区市场监督管理局", "衡阳市雁峰区某某商贸有限公司", t(1, 8, 9, 30), t(1, 12, 10, 0), t(1, 8, 9, 40)});
        row.accept(new Object[] {"D1-0002", ITEM_LICENCE, "食品经营许可", "区市场监督管理局", "张伟", t(1, 15, 14, 0), null, t(1, 16, 8, 0)});
        row.accept(new Object[] {"D1-0003", ITEM_LICENCE, "食品经营许可", "区市场监督管理局", "李娜", t(2, 6, 10, 15), null, t(2, 9, 17, 0)});
        row.accept(new Object[] {"D1-0004", ITEM_LICENCE, "食品经营许可", "D1", "王芳", t(3, 30, 16, 45), null, t(3, 30, 17, 0)});
        row.accept(new Object[] {"D1-0004", ITEM_LICENCE, "食品经营许可", "D1", "王芳", t(3, 30, 16, 45), null, t(3, 30, 17, 0)});
        for (int i = 1; i <= 3; i++) {
            row.accept(new Object[] {"D2-000" + i, ITEM_AID, "最低生活保障", "区民政局", D2_APPLICANTS.get(i - 1), t(2, 10 + i, 9, 0), null, t(2, 10 + i, 9, 5)});
        }
        for (int i = 1; i <= 4; i++) {
            LocalDateTime accepted = t(3, i, 11, 0);
            row.accept(new Object[] {"D3-000" + i, "D3ITEM", "就业失业登记", "区人力资源和社会保障局", "赵" + "敏静强磊".charAt(i - 1), accepted, null,
                i == 4 ? accepted.plusDays(10) : accepted.plusHours(1)});
        }
        row.accept(new Object[] {"D3-9001", "D3ITEM", "就业失业登记", "区人力资源和社会保障局", "孙丽", t(3, 20, 11, 0), null, t(3, 20, 11, 0)});
        row.accept(new Object[] {"WS-D4-0001", "D4ITEM-X", "建筑工程施工许可", "区住房和城乡建设局", "张三", t(1, 10, 9, 30), null, t(1, 10, 9, 30)});
        row.accept(new Object[] {null, "D4ITEM-Y", "商品房预售许可", "区住房和城乡建设局", " 李四 ", t(2, 2, 9, 0), null, t(2, 2, 9, 0)});
        row.accept(new Object[] {"D1-0101", ITEM_LICENCE, "食品经营许可", "区市场监督管理局", "刘洋", LocalDateTime.of(2018, 4, 2, 9, 0), null,
            LocalDateTime.of(2018, 4, 2, 9, 0)});
        row.accept(new Object[] {"D2-0097", ITEM_AID, "最低生活保障", "区民政局", "周杰", t(2, 20, 9, 0), null, "2018-13-01 10:00"});
        return rows;
    }

    /** The two cases of D2 that the first online export lacked, entered late. */
    static List<List<Object>> lateOnline() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(ONLINE_HEADER));
        for (int i = 4; i <= 5; i++) {
            LocalDateTime accepted = t(2, 10 + i, 9, 0);
            rows.add(new ArrayList<>(List.of("D2-000" + i, ITEM_AID, "最低生活保障", "区民政局", D2_APPLICANTS.get(i - 1), text(accepted), "",
                    text(accepted.plusDays(30)))));
        }
        return rows;
    }

    static LocalDateTime t(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2018, month, day, hour, minute);
    }

    /** {@code 2018-01-08 09:30:00}. */
    static Object text(LocalDateTime time) {
        return time.toString().replace('T', ' ') + (time.getSecond() == 0 ? ":00" : "");
    }

    /** {@code 2018/1/8 9:30}, the way Excel writes it. */
    static Object slashed(LocalDateTime time) {
        return time.getYear() + "/" + time.getMonthValue() + "/" + time.getDayOfMonth() + " " + time.getHour() + ":"
                + String.format("%02d", time.getMinute());
    }
}
