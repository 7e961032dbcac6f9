package cn.dalian.laborbrand.review.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.inspection.Attachment;
import cn.dalian.laborbrand.review.inspection.CheckedItem;
import cn.dalian.laborbrand.review.inspection.ChecklistItem;
import cn.dalian.laborbrand.review.inspection.Conclusion;
import cn.dalian.laborbrand.review.inspection.Finding;
import cn.dalian.laborbrand.review.inspection.InspectionRecord;

/**
 * The on-site inspection record (实地查验记录) of one case, as the city receives it: when and by whom the unit was
 * inspected, each item of the checklist as concluded with what was to be verified and what was found, the photos and
 * documents by name, and the conclusion with who drew it and when. Only a concluded record goes on paper.
 *
 * @param inspectors the inspectors as named, 王立新、刘佳
 * @param sections   the checklist: the criteria of the pre-check, then the materials seen on site; a section without
 *                   items left out
 * @param attachments the photos' and documents' names, in the order attached
 */
record InspectionSheet(String brandName, String unitName, String orgCode, String district, String requestedLevels, String inspectedOn,
        String inspectors, List<Section> sections, List<String> attachments, boolean confirmed, String conclusion, String conclusionText,
        String concludedBy, String concludedAt) {

    /** @param title 认定标准核查 / 现场查看材料 */
    record Section(String title, List<Item> items) {

        Section {
            items = List.copyOf(items);
        }
    }

    /**
     * @param number     numbered through the sections
     * @param finding    核实属实 / 存在出入 / 不适用
     * @param discrepancy whether the finding is 存在出入, for the page to mark it
     * @param note       what differs, the inspectors' remark, or —
     */
    record Item(int number, String label, String toVerify, String finding, boolean discrepancy, String note) {
    }

    InspectionSheet {
        sections = List.copyOf(sections);
        attachments = List.copyOf(attachments);
    }

    /** The sheet of a case's concluded record. */
    static InspectionSheet of(ReviewCase reviewCase, InspectionRecord record, DistrictNames names) {
        Conclusion conclusion = Objects.requireNonNull(record.conclusion(), "only a concluded inspection is put on paper");
        return new InspectionSheet(reviewCase.brandName(), reviewCase.unitName(), reviewCase.orgId(), names.nameOf(reviewCase.district()),
                Wording.levels(reviewCase.requestedLevels()),
                record.inspectedOn() == null ? Wording.NONE : ChineseDates.format(record.inspectedOn()),
                record.inspectors().isEmpty() ? Wording.NONE : String.join("、", record.inspectors()), sections(record.items()),
                record.attachments().stream().map(Attachment::name).toList(), conclusion.confirmed(), conclusion.label(),
                Wording.orNone(conclusion.text()), conclusion.concludedBy(), Wording.moment(conclusion.concludedAt()));
    }

    /** The items by where they come from, in the record's order within each, numbered through. */
    private static List<Section> sections(List<CheckedItem> checked) {
        List<Section> sections = new ArrayList<>();
        int number = 0;
        for (ChecklistItem.Source source : ChecklistItem.Source.values()) {
            List<Item> items = new ArrayList<>();
            for (CheckedItem item : checked) {
                if (item.item().source() == source) {
                    items.add(line(++number, item));
                }
            }
            if (!items.isEmpty()) {
                sections.add(new Section(switch (source) {
                    case CRITERION -> "认定标准核查";
                    case SITE -> "现场查看材料";
                }, items));
            }
        }
        return sections;
    }

    private static Item line(int number, CheckedItem checked) {
        Finding finding = checked.finding();
        return new Item(number, checked.item().label(), Wording.orNone(checked.item().toVerify()),
                finding == null ? Wording.NONE : finding.label(), finding == Finding.DISCREPANCY, Wording.orNone(checked.note()));
    }
}
