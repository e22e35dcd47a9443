package org.egovhub.reconcile.alerting;

import java.util.List;
import org.egovhub.reconcile.Quarter;
import org.egovhub.reconcile.departments.Department;
import org.egovhub.reconcile.matching.DepartmentFigures;
import org.egovhub.reconcile.matching.FiguresStore;
import org.egovhub.reconcile.matching.QuarterFigures;

/** The texts of the alerts, in Chinese. */
final class AlertMails {

    private AlertMails() {
    }

    static String percent(java.math.BigDecimal rate) {
        return rate == null ? "—" : rate.movePointRight(2).setScale(2, java.math.RoundingMode.DOWN).toPlainString() + "%";
    }

    static String departmentSubject(Quarter quarter, DepartmentFigures d, boolean escalated) {
        return (escalated ? "【督办】" : "【网上办件核对】") + quarter.label() + " " + d.name() + "：上网率 " + percent(d.onlineRate())
                + "，同步率 " + percent(d.syncRate());
    }

    static String departmentBody(Quarter quarter, Department department, DepartmentFigures d, List<FiguresStore.Row> trend,
            boolean escalated, String attachment) {
        StringBuilder body = new StringBuilder();
        body.append(department.head()).append("：\n\n");
        body.append(quarter.label()).append("网上办件核对结果（").append(d.name()).append("）：\n");
        body.append("  实际办件 ").append(d.actual()).append(" 件，网上办件 ").append(d.online()).append(" 件，匹配 ").append(d.matched())
                .append(" 件；\n");
        body.append("  未上网 ").append(d.missing()).append(" 件，超期录入 ").append(d.late()).append(" 件，仅网上有记录 ")
                .append(d.onlineOnly()).append(" 件；\n");
        body.append("  上网率 ").append(percent(d.onlineRate())).append("，同步率 ").append(percent(d.syncRate()))
                .append("（要求均为 100%）。\n");
        if (d.flaggedQuarters() > 1) {
            body.append("  已连续 ").append(d.flaggedQuarters()).append(" 个季度未达标").append(escalated ? "，本通知同时抄送区领导" : "")
                    .append("。\n");
        }
        body.append("\n近四个季度：\n");
        for (FiguresStore.Row row : trend) {
            DepartmentFigures t = row.figures();
            body.append("  ").append(row.quarter()).append("  实际 ").append(t.actual()).append("，匹配 ").append(t.matched())
                    .append("，未上网 ").append(t.missing()).append("，超期 ").append(t.late()).append("，上网率 ")
                    .append(percent(t.onlineRate())).append("，同步率 ").append(percent(t.syncRate())).append('\n');
        }
        body.append("\n未上网和超期录入的办件清单").append(attachment).append("。请核实并及时补录，做到 100% 同步上网。\n\n");
        body.append("区政务数据集成平台（egov-hub）\n");
        return body.toString();
    }

    static String summarySubject(QuarterFigures figures) {
        DepartmentFigures total = figures.total();
        return "【全区通报】" + figures.quarter().label() + "网上办件核对：上网率 " + percent(total.onlineRate()) + "，同步率 "
                + percent(total.syncRate()) + "，" + figures.flagged().size() + " 个部门未达标";
    }

    static String summaryBody(QuarterFigures figures, String attachment) {
        DepartmentFigures total = figures.total();
        StringBuilder body = new StringBuilder();
        body.append("各位领导：\n\n").append(figures.quarter().label()).append("全区网上办件核对结果：实际办件 ").append(total.actual())
                .append(" 件，匹配 ").append(total.matched()).append(" 件，未上网 ").append(total.missing()).append(" 件，超期录入 ")
                .append(total.late()).append(" 件；上网率 ").append(percent(total.onlineRate())).append("，同步率 ")
                .append(percent(total.syncRate())).append("。\n\n各部门排名（按同步率从低到高）：\n");
        int rank = 0;
        for (DepartmentFigures d : figures.ranking()) {
            body.append("  ").append(++rank).append(". ").append(d.name()).append("：实际 ").append(d.actual()).append("，匹配 ")
                    .append(d.matched()).append("，未上网 ").append(d.missing()).append("，超期 ").append(d.late()).append("，上网率 ")
                    .append(percent(d.onlineRate())).append("，同步率 ").append(percent(d.syncRate()))
                    .append(d.flagged() ? "，未达标" + (d.flaggedQuarters() > 1 ? "（连续 " + d.flaggedQuarters() + " 个季度）" : "") : "")
                    .append('\n');
        }
        body.append("\n全表").append(attachment).append("。\n\n区政务数据集成平台（egov-hub）\n");
        return body.toString();
    }
}
